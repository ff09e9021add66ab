"""A fact box's "TV-channel" and "Pilot episode" lines give the show's network and first season's day.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

BOX = (
    "“Copper Reach” returns for season 2\n\n"
    "Fans of “Copper Reach” have good news: the drama comes back next year.\n\n"
    "TV-channel: FOX\nPilot episode: March 3, 2019\nCreator: Nadia Perel\n"
)


def test_a_channel_line_names_the_network_even_in_capitals() -> None:
    found = extracted_records(BOX, dt.date(2020, 5, 1))
    assert has(found, type="show", title="Copper Reach", network="Fox")


def test_a_pilot_episode_line_is_the_first_season_release() -> None:
    found = extracted_records(BOX, dt.date(2020, 5, 1))
    assert has(found, type="release", show="Copper Reach", season=1, date="2019-03-03")
