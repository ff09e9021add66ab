"""Renewal, cancellation and score wording (invented shows and people): one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_network_giving_the_pointed_show_a_season_renews_it() -> None:
    text = "Glass Orchard is a family drama. Hulu has given the family drama a third season."
    assert has(found(text), type="descriptor", show="Glass Orchard", value="renewed for season 3")


def test_a_show_that_will_not_return_for_a_season_is_cancelled() -> None:
    text = (
        "Lamplight Lane, the CBS legal drama, will not return for a third season, the network confirmed "
        "on Friday."
    )
    records = found(text)
    assert has(records, type="descriptor", show="Lamplight Lane", value="canceled")
    assert has(records, type="season", show="Lamplight Lane", number=2)


def test_a_person_who_will_not_return_cancels_nothing() -> None:
    text = "Lamplight Lane is a CBS drama. Jane Doe will not return for a third season of Lamplight Lane."
    assert not has(found(text), type="descriptor", value="canceled")


def test_a_plain_rotten_tomatoes_score_is_the_critics_score() -> None:
    text = "Copper Gulls is a coastal thriller on Netflix. The show holds a 94% score on Rotten Tomatoes."
    assert has(found(text), type="rating", show="Copper Gulls", audience="critics", value=94.0)


def test_a_score_beside_audience_words_is_not_taken_for_the_critics() -> None:
    text = "Copper Gulls is a thriller on Netflix. Fans gave the show a 94% score on Rotten Tomatoes."
    assert not has(found(text), type="rating", audience="critics")
