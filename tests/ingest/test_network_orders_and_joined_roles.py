"""A network's order or cancellation told in other words, and two crew roles joined before one name."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 3, 12)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_network_giving_fans_a_season_renews_the_show() -> None:
    text = "Good news: NBC has decided to give fans a third season of “Copperline.” It was on the bubble."
    found = records(text)
    assert has(found, type="descriptor", show="Copperline", kind="status", value="renewed for season 3")


def test_a_network_ordering_the_next_season_renews_the_show_at_hand() -> None:
    text = (
        "HBO is adding Lena Stroud to the cast of The Salt Years for Season 3. Stroud will play Wren. "
        "Max ordered the third season last year."
    )
    found = records(text)
    assert has(found, type="descriptor", show="The Salt Years", kind="status", value="renewed for season 3")


def test_max_is_no_network_as_someones_first_name() -> None:
    text = "The Salt Years returns to HBO in May. Max Adler plays Wren's brother."
    assert has(records(text), type="show", title="The Salt Years", network="HBO")


def test_a_network_announcing_a_cancellation_cancels_and_places_the_show() -> None:
    text = "ABC announced on Monday the cancellation of Copperline, the little-watched legal drama."
    found = records(text)
    assert has(found, type="descriptor", show="Copperline", kind="status", value="canceled")
    assert has(found, type="show", title="Copperline", network="ABC")


def test_a_titles_creator_and_showrunner_holds_both_roles() -> None:
    text = "Copperline returns to ABC in May. Copperline creator and showrunner Ada Brisk thanked the fans."
    found = records(text)
    assert has(found, type="credit", show="Copperline", person="Ada Brisk", role="creator")
    assert has(found, type="credit", show="Copperline", person="Ada Brisk", role="showrunner")


def test_a_creator_and_producer_named_by_surname_is_the_creator() -> None:
    text = (
        "NBC has decided to give fans a second season of Ada Brisk’s “Copperline”. “We are thrilled that "
        "‘Copperline’ will go on,” added creator and producer Brisk."
    )
    found = records(text)
    assert has(found, type="credit", show="Copperline", person="Ada Brisk", role="creator")
    assert not has(found, type="show", title="Ada Brisk")


def test_back_in_the_directors_chair_directs() -> None:
    text = (
        "Netflix has dated Part 3 of “Copperline.” Ada Brisk, who was just hired for a big film, is back in "
        "the director’s chair for the third part of “Copperline.”"
    )
    assert has(records(text), type="credit", show="Copperline", person="Ada Brisk", role="director")
