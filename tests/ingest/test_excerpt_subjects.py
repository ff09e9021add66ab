"""Finding the show of a page excerpt: no headline, page furniture first, hard-wrapped lines, or one sentence
that names the show only beside an actor's role."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2021, 1, 10)


def test_a_title_opening_a_sentence_before_an_actor_who_plays_a_role() -> None:
    text = "In Copper Row, Dana Mistry plays the town's doctor, Ellen Vasquez."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="Copper Row", person="Dana Mistry", character="Ellen Vasquez")


def test_a_title_ending_the_clause_after_an_actor_and_role() -> None:
    text = "Dana Mistry plays the town's doctor, Ellen Vasquez, in Copper Row."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="credit", show="Copper Row", person="Dana Mistry", character="Ellen Vasquez")


def test_a_place_after_a_role_without_a_name_is_no_title() -> None:
    text = "Dana Mistry plays a doctor in rural Ohio."
    assert extract_facts(text, PUBLISHED).main_show is None


def test_created_by_aside_keeps_the_premiere_date_of_the_article_year() -> None:
    text = "Tin Harbor, created by Lena Farr, premieres March 3 on Peacock."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="release", show="Tin Harbor", date="2021-03-03")
    assert has(found, type="credit", show="Tin Harbor", person="Lena Farr", role="creator")


def test_canceled_after_two_seasons_keeps_the_season_count() -> None:
    found = extracted_records("Hulu has canceled Tin Harbor after two seasons.", PUBLISHED)
    assert has(found, type="season", show="Tin Harbor", number=2)


def test_without_a_headline_the_lead_sentence_names_the_main_show() -> None:
    text = (
        "Starz has renewed its upcoming drama Salt Ledger for a second season, the network said Friday.\n\n"
        "Starz also announced it will air the miniseries Glass Orchard, which will have its premiere in "
        "October. The period drama stars Ana Petrov."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Salt Ledger"


def test_a_title_set_somewhere_is_a_subject() -> None:
    text = "Based on a novel, Ash Meadow is set in 1930s Ohio and follows two rival families."
    assert extract_facts(text, PUBLISHED).main_show == "Ash Meadow"


def test_a_drama_called_names_its_title() -> None:
    text = "Netflix is set to release a new Spanish drama called Moon Salt in October."
    assert extract_facts(text, PUBLISHED).main_show == "Moon Salt"


def test_a_series_called_after_an_episode_names_no_show() -> None:
    text = "It riffs on an episode from the original series called Night Crossing, with a new cast."
    assert extract_facts(text, PUBLISHED).main_show is None


def test_a_breadcrumb_line_is_no_headline() -> None:
    text = "Home > TV > News\n\nFenwick Lane will be returning for a third season, the network said."
    assert extract_facts(text, PUBLISHED).headline is None


def test_a_name_repeated_from_an_opening_sentence_after_a_site_name() -> None:
    text = (
        "The Evening Reel\n\n"
        "Brightwater has finally revealed the secret behind newcomer Tess. Fans of Brightwater were stunned "
        "on Tuesday. The actress said she loved Brightwater as a child."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Brightwater"


def test_a_hard_wrapped_first_line_of_prose_is_no_headline() -> None:
    text = (
        "A lot of mystery surrounds the upcoming streaming series Copper Row,\n"
        "but it is getting less mysterious as its stars stopped by a studio to\n"
        "tease the highly anticipated show that premieres on March 3 on Hulu\n"
        "and runs for eight episodes, the streamer said on Monday morning.\n"
    )
    extraction = extract_facts(text, PUBLISHED)
    assert extraction.headline is None
