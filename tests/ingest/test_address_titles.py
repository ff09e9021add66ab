"""The page's address names the show when the text writes its title only in passing: a slug is written
from the headline. Every text and address here is made up."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts, to_fact_records
from ingest.url_slug import slug_titles

_DAY = dt.date(2025, 3, 3)
_TEXT = (
    "Good news for fans of the small-town mystery. The streamer confirmed on Monday that the series has been "
    "renewed for a second season, with Willa Crane again leading the cast. Fans of Tallow Creek had "
    "campaigned for months."
)


def test_a_slug_naming_the_title_the_text_mentions_once_makes_it_the_main_show() -> None:
    url = "https://example.com/2025/03/tallow-creek-renewed-season-2-netflix-1234567/"
    extraction = extract_facts(_TEXT, _DAY, url)
    assert extraction.main_show == "Tallow Creek"
    records = to_fact_records(extraction)[1:]
    assert any(r["type"] == "season" and r.get("show") == "Tallow Creek" for r in records)


def test_a_slug_naming_a_person_names_no_show() -> None:
    assert slug_titles("https://example.com/willa-crane-joins-cast/", _TEXT) == []


def test_slug_words_in_a_title_case_headline_are_no_title() -> None:
    text = "Five Big Shows Return This Week\nThe fall schedule is crowded with returning dramas."
    assert slug_titles("https://example.com/five-big-shows-return-this-week/", text) == []


def test_a_text_that_only_says_the_series_takes_the_title_its_address_opens_with() -> None:
    text = "The streamer has renewed the series for a third season, its busiest order of the spring."
    url = "https://example.com/2025/04/marsh-hollow-season-3-renewed/"
    extraction = extract_facts(text, _DAY, url)
    assert extraction.main_show == "Marsh Hollow"


def test_an_address_opening_with_a_person_names_no_show() -> None:
    text = (
        "Ada Brisk has joined the series for its third season, playing a rival detective. Brisk starts soon."
    )
    extraction = extract_facts(text, _DAY, "https://example.com/ada-brisk-season-3-cast/")
    assert extraction.main_show is None
