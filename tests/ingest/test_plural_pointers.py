"""A sentence pointing back at two shows at once ("Both comedies will return ...") says its fact of each;
a headline's count of shows ("Renews Two Dramas") is no title.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 6, 20)


def test_both_comedies_gives_each_named_show_the_return_date() -> None:
    text = (
        "NBC is bringing back “Lucky Penny” and “Desk Duty”. Both comedies will return for a second season "
        "on January 6."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Lucky Penny", season=2, date="2026-01-06")
    assert has(found, type="release", show="Desk Duty", season=2, date="2026-01-06")


def test_two_described_shows_that_will_both_return_are_each_renewed() -> None:
    text = (
        "Paramount+ has renewed the western “Red Mesa” and the crime drama “Blue Hour Patrol”. The western "
        "and the crime drama will both return for a third season."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="season", show="Red Mesa", number=3)
    assert has(found, type="season", show="Blue Hour Patrol", number=3)


def test_a_pointer_after_a_sentence_naming_one_show_points_at_nothing_new() -> None:
    text = (
        "“Lucky Penny” is back. Its lead Ana Ruiz says she is thrilled. Both comedies will return for a "
        "second season on January 6."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="release", show="Desk Duty")


def test_a_headline_count_of_shows_is_no_title() -> None:
    text = (
        "Paramount+ Renews Two Dramas\nParamount+ has renewed the western “Red Mesa” and the crime drama "
        "“Blue Hour Patrol”."
    )
    found = extracted_records(text, _DAY)
    assert not any(r.get("title") == "Two Dramas" or r.get("show") == "Two Dramas" for r in found)
