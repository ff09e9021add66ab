"""unique keys on every fact table, so concurrent imports cannot store a fact twice

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 05:30:00

Seasons, descriptors, aliases, shows, people, networks and articles already had unique keys; credits,
releases, ratings, awards and other work get one here (see db/fact_keys.py). Duplicates already stored are
removed first, keeping the oldest row; character aliases of a removed credit go with it (a duplicate credit
came from the same fact line, so the kept credit has the same aliases).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of db/fact_keys.py as of this revision (a later change to the keys needs a new migration).
FACT_KEYS: dict[str, tuple[str, tuple[str, ...]]] = {
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


def _duplicates(table: str, keys: tuple[str, ...]) -> str:
    return f"SELECT id FROM {table} WHERE id NOT IN (SELECT MIN(id) FROM {table} GROUP BY {', '.join(keys)})"


def upgrade() -> None:
    credit_keys = FACT_KEYS["credits"][1]
    op.execute(
        f"DELETE FROM aliases WHERE entity_kind = 'character' AND entity_id IN ({_duplicates('credits', credit_keys)})"
    )
    for table, (name, keys) in FACT_KEYS.items():
        op.execute(f"DELETE FROM {table} WHERE id IN ({_duplicates(table, keys)})")
        op.create_index(name, table, [sa.text(key) for key in keys], unique=True)


def downgrade() -> None:
    for table, (name, _keys) in FACT_KEYS.items():
        op.drop_index(name, table_name=table)
