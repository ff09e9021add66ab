"""The headline as the strongest sign of what an article is about, and the general status shapes under it."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.headline_titles import headline_titles
from ingest.titles import clean_title
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 3, 1)


def test_a_quoted_headline_title_before_season_is_the_main_show() -> None:
    text = (
        "'Paper Kingdoms' Season 4 Will Be Its Last\n\n"
        "Paper Kingdoms will end with its fourth season, the streamer announced on Tuesday. "
        "The series, which stars Dev Rao and Kit Lowell, premiered in 2021."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Paper Kingdoms"


def test_will_end_with_its_fourth_season_makes_it_the_final_season() -> None:
    text = (
        "'Paper Kingdoms' Season 4 Will Be Its Last\n\n"
        "Paper Kingdoms will end with its fourth season, the streamer announced on Tuesday."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Paper Kingdoms", value="final season: 4")


def test_handed_a_third_season_is_a_renewal() -> None:
    text = (
        "Copper Valley Renewed for Season 3 at Hulu\n\n"
        "Hulu has handed a third season to Copper Valley, the mystery drama from creator Dana Whitlock."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Copper Valley", value="renewed for season 3")


def test_has_died_after_two_seasons_cancels_a_person_shaped_title() -> None:
    text = (
        "Harvest Moon Is Dead at CBS\n\n"
        "Harvest Moon has died after two seasons. CBS confirmed on Monday that the drama would not be back."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Harvest Moon", value="canceled")


def test_one_renewal_verb_with_plural_seasons_renews_each_title() -> None:
    found = extracted_records("Fox has renewed Backyard Kings and Late Shift for second seasons.", PUBLISHED)
    assert has(found, type="descriptor", show="Backyard Kings", value="renewed for season 2")
    assert has(found, type="descriptor", show="Late Shift", value="renewed for season 2")


def test_a_currency_sign_inside_a_title_keeps_the_title_whole() -> None:
    text = "Dark Mon£y, a four-part drama on BBC Two, stars Ada Pell and Rory Vance."
    assert has(extracted_records(text, PUBLISHED), type="show", title="Dark Mon£y")


def test_a_network_verb_in_a_headline_points_at_the_title_after_it() -> None:
    assert headline_titles("Fox Renews Backyard Kings for Season 2", clean_title) == ["Backyard Kings"]


def test_a_person_who_returns_in_a_headline_is_no_title() -> None:
    assert headline_titles("Jessa Morrow Returns to Broadway This Fall", clean_title) == []


def test_a_short_excerpt_opening_twice_with_a_labelled_name_is_about_that_show() -> None:
    text = (
        "Harbour Street spoiler - secret sister revealed. Is trouble ahead for Dan?\n"
        "Harbour Street at last let viewers learn who Jo really is. In this week's instalment, Jo, played by "
        "Ada Brisk, told Dan she is his sister."
    )
    assert extract_facts(text, dt.date(2025, 2, 2)).main_show == "Harbour Street"


def test_a_recap_line_of_show_then_quoted_episode_names_the_show_not_the_episode() -> None:
    text = (
        "Here are the highlights of premiere week.\n\nHarbor Lane – “After the Flood”\n\nAs the fifth "
        "season begins we find Nell and Sam back together. Harbor Lane airs Mondays on ABC."
    )
    extraction = extract_facts(text, dt.date(2025, 3, 3))
    assert extraction.main_show == "Harbor Lane"
    assert "Flood" not in {f.get("show") for f in extraction.facts}


def test_headline_words_around_a_headline_only_title_are_no_part_of_it() -> None:
    body = "\nThe drama has been renewed for a second season by Netflix, the streamer said on Monday."
    for line in (
        "Iron Bay: Netflix Confirms Second Season",
        "Netflix Confirms Iron Bay Season 2",
        "Everything We Know About Iron Bay Season 2",
        "Iron Bay Star Ada Brisk Teases New Season",
    ):
        assert extract_facts(line + body, dt.date(2025, 2, 2)).main_show == "Iron Bay", line


def test_a_count_of_seasons_after_a_headlines_status_verb_is_no_title() -> None:
    text = (
        "Iron Bay Canceled After One Season\nThe drama will premiere on Hulu on March 3, the streamer said."
    )
    extraction = extract_facts(text, dt.date(2025, 2, 2))
    assert extraction.main_show == "Iron Bay"
    assert "One Season" not in {f.get("show") for f in extraction.facts}


def test_a_person_shaped_title_one_stars_in_is_a_show() -> None:
    text = "Ada Brisk to Star in Iron Bay\nThe drama will premiere on Hulu on March 3, the streamer said."
    assert extract_facts(text, dt.date(2025, 2, 2)).main_show == "Iron Bay"


def test_a_network_setting_a_titles_premiere_names_the_show() -> None:
    text = "Hulu Sets Iron Bay Premiere\nThe drama will premiere on March 3, the streamer said."
    assert extract_facts(text, dt.date(2025, 2, 2)).main_show == "Iron Bay"
