"""Fixes from the first fresh batch, second round: subjects, networks and info boxes, one per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_headings_question_words_are_not_part_of_the_title() -> None:
    text = (
        "Is There a Release Date for Paradise Season 2?\n\n"
        "When Dan Fogelman's Paradise premiered on Hulu on January 26, 2025, it became a hit. "
        "Fogelman created the series and serves as showrunner."
    )
    found = records(text)
    assert extract_facts(text, PUBLISHED).main_show == "Paradise"
    assert has(found, type="credit", show="Paradise", person="Dan Fogelman", role="showrunner")


def test_created_by_opening_a_sentence() -> None:
    text = (
        "Wednesday Season 2 is on Netflix. Created by Alfred Gough and Miles Millar, it stars Jenna Ortega."
    )
    assert has(records(text), show="Wednesday", person="Miles Millar", role="creator")


def test_creator_and_showrunner_before_a_name() -> None:
    text = "The Diplomat Season 3 is on Netflix. We spoke with creator and showrunner Debora Cahn."
    found = records(text)
    assert has(found, person="Debora Cahn", role="creator")
    assert has(found, person="Debora Cahn", role="showrunner")


def test_serves_as_a_list_of_roles() -> None:
    text = "HBO renewed “Task” for a second season. Brad Ingelsby serves as creator, writer and showrunner."
    found = records(text)
    assert {r["role"] for r in credits(found, "Brad Ingelsby")} == {"creator", "writer", "showrunner"}


def test_he_at_the_start_of_a_sentence_is_the_person_before() -> None:
    text = (
        "Pluribus premiered on Apple TV on Nov. 7. Vince Gilligan created the series and serves as "
        "showrunner. He executive produces with Alison Tatlock and Jeff Frost."
    )
    found = records(text)
    assert has(found, person="Vince Gilligan", role="executive_producer")
    assert has(found, person="Alison Tatlock", role="executive_producer")


def test_a_networks_possessive_before_a_quoted_title() -> None:
    text = (
        "“Wednesday” led the chart again. In second place was Prime Video’s “The Summer I Turned Pretty,” "
        "whose third season premiered July 16."
    )
    assert has(records(text), type="show", title="The Summer I Turned Pretty", network="Prime Video")


def test_a_bracketed_channel_on_a_streamer_is_the_channel() -> None:
    text = (
        "Wednesday led the chart.\n\n"
        "Alien: Earth (FX on Hulu) — 842 million minutes. The series premiered Aug. 12."
    )
    assert has(records(text), type="show", title="Alien: Earth", network="FX")


def test_where_it_streams_places_a_show_nothing_else_places() -> None:
    text = (
        "Invincible Season 4 premieres on Wednesday, March 18, 2026, with three episodes. "
        "Invincible seasons 1-3 are streaming on Prime Video."
    )
    assert has(records(text), type="show", title="Invincible", network="Prime Video")


def test_a_title_in_an_aside_of_the_subject_does_not_take_the_date() -> None:
    text = (
        "Apple TV's Pluribus is a hit.\n\n"
        "The sci-fi drama, Gilligan's first series since “Better Call Saul” ended in 2022, premiered "
        "with two episodes on Friday, Nov. 7."
    )
    found = records(text, dt.date(2025, 11, 12))
    assert has(found, type="release", show="Pluribus", date="2025-11-07")
    assert not has(found, type="release", show="Better Call Saul")


def test_a_renewal_belongs_to_the_title_next_to_it() -> None:
    text = (
        "HBO renewed “Task” for a second season.\n\n"
        "Elsewhere, “Task” lead-in “The Gilded Age” was renewed for a fourth season in July."
    )
    found = records(text)
    assert has(found, type="descriptor", show="Task", value="renewed for season 2")
    assert not has(found, type="descriptor", show="Task", value="renewed for season 4")


def test_someone_is_a_named_character_in_a_cast_sentence() -> None:
    text = (
        "The Pitt Season 2 returns in January. Choi is Dr. Joy Kwon, a second-year resident, and Baker plays "
        "a security chief. Irene Choi and Charles Baker have joined the series."
    )
    assert has(records(text), person="Irene Choi", character="Dr. Joy Kwon")


def test_a_surname_role_takes_the_full_name_the_article_gives() -> None:
    text = (
        "The Night Manager series 2 begins on BBC One on 1 January 2026, years after Jonathan Pine walked "
        "away. Tom Hiddleston reprises his role as Pine."
    )
    assert has(records(text), person="Tom Hiddleston", character="Jonathan Pine")


def test_a_quoted_title_keeps_its_possessive() -> None:
    text = "The Pitt Season 2 is on HBO Max. The chart was led by “Grey's Anatomy” and “Bluey.”"
    assert not has(records(text), type="show", title="Anatomy")


def test_an_info_box_with_one_key_per_line() -> None:
    text = (
        "Paradise Season 2 is coming to Hulu next year, the streamer said.\n\n"
        "Paradise\n\nRelease Date: January 26, 2025\nNetwork: Hulu\nCreator: Dan Fogelman\nSeasons: 2\n"
    )
    found = records(text)
    assert has(found, type="release", show="Paradise", date="2025-01-26")
    assert has(found, type="credit", show="Paradise", person="Dan Fogelman", role="creator")
