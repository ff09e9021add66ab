"""Films with a part in their title, composers, dates set for a part, roles told in other words, and a
review's box of questions: one behaviour per test, invented names only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from ingest.title_aliases import title_aliases
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 3, 12)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_spelt_out_part_after_a_colon_is_part_of_a_films_title() -> None:
    text = (
        "Ada Brisk's Salt Kingdom: Part Two is here with its first trailer. Kit Mercer will reprise his "
        "role. Salt Kingdom: Part Two rides into theaters on a dragon beginning November 3rd, 2025."
    )
    found = records(text)
    assert extract_facts(text, PUBLISHED).main_show == "Salt Kingdom: Part Two"
    assert has(found, type="release", show="Salt Kingdom: Part Two", date="2025-11-03")


def test_a_title_going_into_theaters_is_a_film_though_a_prequel_series_is_mentioned() -> None:
    text = (
        "Salt Kingdom: Part Two rides into theaters on November 3rd, 2025. A prequel series is also in the "
        "works, and the first film won a Grammy for its score."
    )
    assert has(records(text), type="show", title="Salt Kingdom: Part Two", kind="film")


def test_a_part_title_has_numbered_aliases() -> None:
    assert title_aliases("Salt Kingdom: Part Two") == (
        "Salt Kingdom 2",
        "Salt Kingdom Part 2",
        "Salt Kingdom Part Two",
    )


def test_a_subtitle_of_two_words_or_more_is_an_alias_but_a_season_label_is_not() -> None:
    assert title_aliases("Iron Road: Salt Crossing") == ("Salt Crossing",)
    assert title_aliases("Iron Road: Season Two") == ()


def test_a_composer_named_before_scoring_the_film() -> None:
    text = "Kestrel Hill opens in theaters on May 2. Composer Ada Brisk has also returned to score the film."
    assert has(records(text), type="credit", show="Kestrel Hill", person="Ada Brisk", role="composer")


def test_a_persons_score_in_a_review_credits_the_composer() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2. There is plenty in Kestrel Hill to admire, from its cast "
        "to Ada Brisk's haunting and restless score."
    )
    assert has(records(text), type="credit", show="Kestrel Hill", person="Ada Brisk", role="composer")


def test_a_score_for_another_work_credits_no_composer() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, and the early reviews are glowing. The film reunites the "
        "director with a composer it trusts: Ada Brisk's score for Glass Tide won an Oscar in 2019."
    )
    assert not has(records(text), role="composer")


def test_a_date_set_for_a_part_of_a_show_dates_that_season() -> None:
    text = "Netflix has set the launch date for Part 4 of “Copperline,” its hit heist series, for Oct. 3."
    found = records(text)
    assert has(found, type="release", show="Copperline", season=4, date="2025-10-03", network="Netflix")


def test_an_actor_reprising_a_role_by_surname() -> None:
    text = (
        "“Copperline” returns to Netflix in October, starring Omar Vance. Vance is reprising his role as "
        "Remy Duval, a gentleman thief."
    )
    assert has(records(text), type="credit", show="Copperline", person="Omar Vance", character="Remy Duval")


def test_a_quick_cameo_as_a_role() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, and the first trailer is out now. Lena Stroud leads the "
        "film, while model Ada Brisk also makes a quick cameo as Wren."
    )
    assert has(records(text), type="credit", show="Kestrel Hill", person="Ada Brisk", character="Wren")


def test_an_actors_bracket_describing_the_role() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, starring Kit Mercer and Lena Stroud. The trailer shows "
        "Mercer racing a storm, while Stroud (commander Imperator Wren) is seen crossing the dunes."
    )
    found = records(text)
    assert has(found, type="credit", show="Kestrel Hill", person="Lena Stroud", character="Imperator Wren")


def test_a_bracket_naming_a_relative_is_no_role() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, starring Lena Stroud. Stroud (wife of Tom Vale) is happy."
    )
    assert not has(records(text), person="Lena Stroud", character="Tom Vale")


def test_ratings_written_per_cent() -> None:
    text = (
        "Copperline holds a 91 per cent critics rating and an 80 percent audience score on Rotten Tomatoes."
    )
    found = records(text)
    assert has(found, type="rating", show="Copperline", audience="critics", value=91.0)
    assert has(found, type="rating", show="Copperline", audience="audience", value=80.0)


def test_a_review_box_of_questions_gives_the_network() -> None:
    text = (
        "Created by Ada Brisk, Copperline tells the story of a thief.\n\nWhat's it rated? TV-MA\n\nWhen? 2025"
        "\n\nWhere's it showing? Hulu\n\nIt is stunning."
    )
    assert has(records(text), type="show", title="Copperline", network="Hulu")


def test_a_grading_score_credits_no_composer() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, and the early reviews are glowing. Critics single out "
        "Kit Mercer's performance score, which tops every poll this spring."
    )
    assert not has(records(text), role="composer")


def test_a_captions_bracket_is_no_role() -> None:
    text = (
        "Kestrel Hill opens in theaters on May 2, starring Lena Stroud and Tom Vale. The trailer is out, and "
        "Stroud (seen here with Tom Vale) is the film's lead."
    )
    assert not has(records(text), person="Lena Stroud", character="Tom Vale")
