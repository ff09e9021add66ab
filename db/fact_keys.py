"""What makes two fact rows the same fact: the unique keys behind ON CONFLICT DO NOTHING.

Nullable columns are wrapped in COALESCE because SQL treats NULLs as distinct in a unique index; the same SQL
text works on SQLite and PostgreSQL (an untyped literal takes the column's type there). The models build their
indexes from this table; migration 0004 holds a frozen copy, and a test checks a migrated database has them.
"""

from __future__ import annotations

from typing import Final

# table -> (index name, key expressions); the article is part of every key: two articles reporting one fact
# are two sources, the same article stored twice is a duplicate.
FACT_KEYS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "credits": (
        "uq_credit_fact",
        ("show_id", "person_id", "role", "coalesce(character, '')", "coalesce(seasons, '')", "article_id"),
    ),
    "releases": (
        "uq_release_fact",
        (
            "show_id",
            "coalesce(season, -1)",
            "coalesce(released_on, '0001-01-01')",
            "coalesce(year, -1)",
            "coalesce(network_id, -1)",
            "article_id",
        ),
    ),
    "ratings": ("uq_rating_fact", ("show_id", "source", "audience", "value", "scale", "article_id")),
    "awards": (
        "uq_award_fact",
        ("show_id", "body", "coalesce(category, '')", "outcome", "coalesce(year, -1)", "article_id"),
    ),
    "other_work": (
        "uq_other_work_fact",
        ("person_id", "title", "coalesce(role, '')", "coalesce(released_on, '0001-01-01')", "article_id"),
    ),
}
