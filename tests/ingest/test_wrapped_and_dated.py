"""Hard-wrapped double-spaced pages, and a month with its year used as the premiere's modifier."""

from __future__ import annotations

import datetime as dt

from ingest.dates import find_dates
from ingest.sentences import unwrap
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 7, 26)
_DOUBLE_SPACED = (
    "Hulu Gives Early Renewal to 'Tin Lakes'\n\n"
    "Los Angeles - Hulu has renewed its upcoming family drama Tin\n\n"
    "Lakes for a second season ahead of the series' January 2025 premiere,\n\n"
    "the streamer announced Friday at the press tour of the summer season.\n\n"
    "The eight-episode drama from executive producer Rosa Vane centers on\n\n"
    "a lighthouse keeper and her three daughters on a remote island off\n\n"
    "the coast of Maine in the years after the Second World War ended.\n"
)


def test_a_double_spaced_wrapped_page_joins_its_lines_into_sentences() -> None:
    assert "drama Tin Lakes for a second season" in unwrap(_DOUBLE_SPACED)


def test_a_double_spaced_page_keeps_its_headline_apart() -> None:
    assert unwrap(_DOUBLE_SPACED).startswith("Hulu Gives Early Renewal to 'Tin Lakes'\n")


def test_a_title_split_over_double_spaced_lines_is_renewed() -> None:
    found = extracted_records(_DOUBLE_SPACED, PUBLISHED)
    assert has(found, type="descriptor", show="Tin Lakes", value="renewed for season 2")


def test_a_month_and_year_without_a_preposition_is_a_date() -> None:
    (mention,) = find_dates("the show's March 2025 launch", PUBLISHED)
    assert (mention.year, mention.month, mention.day) == (2025, 3, None)


def test_the_series_premiere_after_a_renewal_is_dated_without_the_renewed_season() -> None:
    found = extracted_records(_DOUBLE_SPACED, PUBLISHED)
    assert has(found, type="release", show="Tin Lakes", year=2025)
    assert not has(found, type="release", show="Tin Lakes", season=2)


def test_a_month_and_year_release_of_an_unnamed_work_is_given_to_no_show() -> None:
    text = "Tin Lakes wrapped its run in May. Its creator is now writing a film for a July 2027 release."
    assert not has(extracted_records(text, PUBLISHED), type="release", year=2027)
