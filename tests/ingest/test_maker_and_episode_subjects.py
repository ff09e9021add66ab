"""Who makes a show and when its episodes arrive, in wordings that name them indirectly: a title before its
maker's role is no maker ("hails from Yellow Creek co-creator Dan Holt"), "with A returning as showrunner",
and "All eight episodes arrive on May 7" for the show the paragraph is about.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 5)


def test_a_title_before_its_makers_role_is_no_creator() -> None:
    text = (
        "Quillon is set to premiere on Paramount+ on Sunday, Nov. 16. The Western drama hails from Copper "
        "Ridge co-creator Dana Holt."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="Copper Ridge")


def test_a_person_returning_as_showrunner_after_with_runs_the_show() -> None:
    text = "AMC has renewed its drama Quillon for a third season, with Tom Ward returning as showrunner."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quillon", person="Tom Ward", role="showrunner")


def test_all_of_a_shows_episodes_arriving_dates_its_release() -> None:
    text = (
        "Quillon first look\n\nHulu has unveiled the first images from Quillon, a new thriller starring Ana "
        "Fey. All eight episodes arrive on Hulu on May 7."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Quillon", date="2025-05-07")


def test_an_actor_cast_as_a_series_regular_in_a_show_is_in_its_cast() -> None:
    text = (
        "Quillon casting\n\nNina Park has been cast as a series regular in Quillon, Apple TV+'s upcoming "
        "sci-fi drama. She will play Captain Mara Voss."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quillon", person="Nina Park", role="actor")


def test_an_actor_who_remains_praised_as_a_role_plays_it() -> None:
    text = "Quillon is a drama on Netflix. Ben Marsh remains magnetic as patriarch Carl Doyle."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quillon", person="Ben Marsh", character="Carl Doyle")


def test_a_title_described_as_a_studios_film_is_the_subject() -> None:
    text = (
        "Box office report\n\nStorm Lane, Warner Bros.' big-budget disaster movie, opened to $40 million. "
        "Directed by Kyle Baines, the film stars Tara Ng."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Storm Lane", person="Kyle Baines", role="director")


def test_a_person_described_as_someones_co_star_in_the_series_is_no_title() -> None:
    text = "Quillon is a drama on HBO. Tom Vale, Ana Ruiz's co-star in the series, said he loved it."
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Tom Vale")
