"""Premiere dates and networks: which date in a sentence is which season's premiere.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)
# Some sentences here are dated by a winter article: their weekday dates fall in early 2024.
WINTER_2024 = dt.date(2024, 1, 10)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_longer_title_mid_sentence_keeps_its_own_dates() -> None:
    text = (
        "Squid Game season 3 was released on Netflix on June 27, 2025. Netflix also turned the show into "
        "the reality competition Squid Game: The Challenge, whose second season premiered in November 2024."
    )
    assert not has(records(text), type="release", show="Squid Game", season=2)


def test_the_season_may_follow_the_verb() -> None:
    text = (
        "“The Walking Dead: Daryl Dixon” will return for its third season on Sunday, Sept. 7, 2025, on AMC."
    )
    assert has(records(text), type="release", season=3, date="2025-09-07")


def test_the_season_may_follow_the_date() -> None:
    text = "When “Hacks” returned in April for its fourth season, Deborah had finally landed her show."
    assert has(records(text, dt.date(2025, 6, 3)), type="release", show="Hacks", season=4, year=2025)


def test_the_streaming_date_beats_the_theatrical_one() -> None:
    text = (
        "Guillermo del Toro’s “Frankenstein” is coming. The film will open in select theaters on Oct. 17 "
        "before streaming globally on Netflix on Nov. 7."
    )
    releases = [r for r in records(text) if r["type"] == "release" and r["show"] == "Frankenstein"]
    assert [(r["date"], r.get("network")) for r in releases] == [("2025-11-07", "Netflix")]


def test_an_episode_date_is_not_the_season_premiere() -> None:
    text = (
        "Peacemaker season 2, episode 8 will be released on Thursday, October 9, 2025, at 9 p.m. ET on "
        "HBO Max. It is the last of the season's eight episodes."
    )
    assert not has(records(text), type="release", date="2025-10-09")


def test_a_premiere_date_for_a_season_of_a_described_show() -> None:
    text = (
        "Netflix has set an Oct. 23 premiere date for the second season of its romantic comedy "
        "“Nobody Wants This,” with all 10 episodes dropping at once."
    )
    assert has(records(text), type="release", show="Nobody Wants This", season=2, date="2025-10-23")


def test_another_shows_season_is_not_the_main_shows_focus_season() -> None:
    text = (
        "“Harbor Lights” had been set to debut on Sunday, January 28 for a nine-episode season, and “Dry "
        "Creek” follows it after the fourth season premiere of “Low Tide.” “Harbor Lights” is a drama."
    )
    found = records(text, WINTER_2024)
    assert has(found, type="release", show="Harbor Lights", date="2024-01-28")
    assert not has(found, show="Harbor Lights", season=4)
    assert not has(found, show="Harbor Lights", number=4)


def test_a_season_in_a_sentence_following_another_show_is_not_the_main_shows() -> None:
    text = (
        "The official account for Night Garden revealed it will premiere on October 20. Night Garden is "
        "an HBO drama.\n"
        "Earlier this year, Hulu surprised us with an odd comedy series called Pine Lake, a show nobody "
        "expected. Season 2 "
        "is already being written. Night Garden, on the other hand, was always on our radar."
    )
    found = records(text, dt.date(2019, 9, 4))
    assert has(found, type="release", show="Night Garden", date="2019-10-20")
    assert not has(found, type="release", show="Night Garden", season=2)


def test_a_date_in_capitals_after_a_describing_clause_is_the_premiere() -> None:
    text = (
        'NBC announces the series premiere of new drama "Night Court Files," which follows three young '
        "clerks at a busy city court, TUESDAY, MARCH 5 (9:00-10:00 p.m., ET), on NBC."
    )
    assert has(records(text, WINTER_2024), type="release", show="Night Court Files", date="2024-03-05")


def test_cbs_all_access_is_not_cbs() -> None:
    text = "CBS released a teaser for “Door Nine.” It arrives on CBS All Access this May."
    found = records(text)
    assert has(found, type="show", title="Door Nine", network="CBS All Access")
    assert not has(found, network="CBS")
