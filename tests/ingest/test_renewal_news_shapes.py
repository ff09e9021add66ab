"""Shapes of renewal, cancellation and cast news, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2020, 8, 5)  # a Wednesday


def found(text: str, published: dt.date = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, published)


def test_a_list_opened_by_a_described_person_goes_on_through_bare_names() -> None:
    text = (
        "Hulu has ordered a second season of Paper Lanterns. Season one starred Emmy winner Dev Kessler "
        "(Harbor Lights), Lana Quist (The Orchard) and Tobias Renn (Quiet Hours)."
    )
    records = found(text)
    for person in ("Dev Kessler", "Lana Quist", "Tobias Renn"):
        assert has(records, show="Paper Lanterns", person=person, role="actor")
    assert not has(records, person="Quiet Hours")


def test_a_bracket_before_a_crew_post_holds_other_work_not_an_actor() -> None:
    records = found(
        "Tidewater Season 3 will again have eight episodes, "
        "with Ira Beck (Pale Harbor) returning as showrunner."
    )
    assert has(records, show="Tidewater", person="Ira Beck", role="showrunner")
    assert not has(records, person="Pale Harbor")


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        ("Ava Strand also executive produces along with Ray Molina.", "Ray Molina", "executive_producer"),
        (
            "Nico Hart executive produces along with Lumen Studios' Dara Fitch.",
            "Dara Fitch",
            "executive_producer",
        ),
        (
            "Ada Kerr directed the pilot and served as an executive producer alongside Redline's Jon Price, "
            "as well as Kerr's co-showrunner Lana Ibsen.",
            "Lana Ibsen",
            "showrunner",
        ),
        (
            "Nadia Velez also serves as executive producer and co-showrunner along with Colm Rafferty.",
            "Colm Rafferty",
            "showrunner",
        ),
    ],
)
def test_people_brought_in_along_with_a_producer_share_the_post(
    sentence: str, person: str, role: str
) -> None:
    records = found(f'"Saltmarsh" has been renewed for a third season at HBO. {sentence}')
    assert has(records, show="Saltmarsh", person=person, role=role)
    assert not has(records, type="show", title=person)


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        ("Rob Lessing directed the pilot and is an EP.", "Rob Lessing", "executive_producer"),
        ("Tom Ferro and Ana Quill write and executive produce the series.", "Ana Quill", "writer"),
    ],
)
def test_short_crew_wordings_name_the_post(sentence: str, person: str, role: str) -> None:
    records = found(f"Netflix has ordered a second season of Neon Girls. {sentence}")
    assert has(records, show="Neon Girls", person=person, role=role)


def test_a_show_named_as_the_source_of_a_spinoff_is_not_the_one_cancelled() -> None:
    text = (
        '"Neon Girls" will not be back, at least not at the CW.\n\n'
        'The network has canceled the "Harbor High" spinoff after a single season.'
    )
    records = found(text)
    assert has(records, type="descriptor", show="Neon Girls", value="canceled")
    assert has(records, type="season", show="Neon Girls", number=1)
    assert not has(records, type="descriptor", show="Harbor High")


def test_seasons_at_a_network_place_the_cancelled_show_there() -> None:
    records = found('"Velvet Hour" has been canceled after three seasons at Fox.')
    assert has(records, type="show", title="Velvet Hour", network="Fox")
    assert has(records, type="season", show="Velvet Hour", number=3)


def test_a_show_cancelled_after_just_one_season_made_one() -> None:
    records = found("Glass Garden has been canceled after just one season.")
    assert has(records, type="season", show="Glass Garden", number=1)


def test_returning_to_a_network_for_a_numbered_season_is_a_renewal() -> None:
    records = found("Night Shift Diaries will be returning to Starz for Season 3.")
    assert has(records, type="descriptor", show="Night Shift Diaries", value="renewed for season 3")


def test_people_who_starred_alongside_others_are_all_the_cast() -> None:
    text = (
        "Netflix has ordered a second season of the heist series Vault Nine. Leo Marsh and Oscar winner Ruth "
        "Calder starred alongside Ian Pell and Zoe Gant in the first season."
    )
    records = found(text)
    for person in ("Leo Marsh", "Ruth Calder", "Ian Pell", "Zoe Gant"):
        assert has(records, show="Vault Nine", person=person, role="actor")


def test_starring_alongside_someone_in_another_title_is_that_titles_cast() -> None:
    records = found(
        "Netflix has ordered a second season of Vault Nine. Leo Marsh starred alongside Ian Pell in Red Sky."
    )
    assert not has(records, show="Vault Nine", person="Ian Pell")


@pytest.mark.parametrize(
    "sentence",
    [
        "The drama premiered on October 2 with Gwen Adair and Tilly Kwan starring.",
        "Gwen Adair will guest star in a two-episode arc.",
    ],
)
def test_cast_told_after_with_or_as_guests_is_the_shows_cast(sentence: str) -> None:
    records = found(f"Netflix has ordered a second season of Vault Nine. {sentence}")
    assert has(records, show="Vault Nine", person="Gwen Adair", role="actor")


def test_a_bare_weekday_said_on_that_weekday_gives_no_day() -> None:
    records = found("Vault Nine returns to Netflix for its second season on Wednesday night.")
    assert not any(r["type"] == "release" and r.get("date") for r in records)


def test_a_show_whose_run_ended_and_whose_story_is_told_is_the_article_s_show() -> None:
    text = (
        "Bitter Almond just got some sour news: it has reached the end of its run at Starz.\n\n"
        "The kitchen drama will not return for Season 3. Bitter Almond centered on Ivy Marsh's Nell."
    )
    records = found(text, dt.date(2019, 12, 20))
    assert has(records, type="show", title="Bitter Almond", network="Starz")
    assert has(records, type="descriptor", show="Bitter Almond", value="canceled")


def test_a_show_which_released_back_on_a_day_came_out_before_the_article() -> None:
    records = found("Salt Flats, which released on Netflix back on February 21, stars Harold Finch.")
    assert has(records, type="release", show="Salt Flats", date="2020-02-21")
