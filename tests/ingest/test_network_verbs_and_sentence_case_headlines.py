"""What only a network does to a show names that network, even one whose name is an ordinary word ("Fox
has given X a second season"); a headline in sentence case ("NBC cancels X after five seasons") says what a
title-case one says; a headline's count of seasons is no part of the title.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 5)


def test_fox_giving_a_show_a_numbered_season_places_and_renews_it() -> None:
    found = extracted_records("Quillon renewed\n\nFox has given Quillon a second season.", _DAY)
    assert has(found, type="show", title="Quillon", network="Fox")
    assert has(found, type="descriptor", show="Quillon", value="renewed for season 2")


def test_a_sentence_case_headline_network_renewing_the_show_places_it() -> None:
    text = "Fox renews Quillon\n\nThe drama is getting a second season, the network said."
    assert has(extracted_records(text, _DAY), type="show", title="Quillon", network="Fox")


def test_an_initial_before_fox_makes_it_a_persons_surname() -> None:
    text = "Quillon renewed\n\nMichael J. Fox renewed his vows. Quillon is a drama on NBC."
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Quillon", network="Fox")


def test_a_sentence_case_headline_cancelling_after_seasons_cancels_the_show() -> None:
    text = "ABC cancels Quillon after four seasons\n\nThe comedy had struggled for years, the network said."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Quillon", value="canceled")
    assert has(found, type="season", show="Quillon", number=4)


def test_a_title_case_headline_count_of_seasons_is_no_part_of_the_title() -> None:
    text = "ABC Cancels Quillon After Four Seasons\n\nThe comedy had struggled in the ratings for years."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Quillon")
    assert not has(found, type="show", title="Quillon After Four Seasons")


def test_max_cancelling_a_show_places_it_at_max() -> None:
    text = "Quillon canceled at Max after two seasons\n\nMax has canceled Quillon, the fantasy drama."
    assert has(extracted_records(text, _DAY), type="show", title="Quillon", network="Max")
