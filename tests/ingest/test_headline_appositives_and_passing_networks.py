"""A headline cast with words after a name ("to star A, the Dark Pines actor, and B") or after the news
(", Netflix Confirms"), and a network named only in passing as the one speaking for the show (invented
names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2021, 9, 9)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_headline_name_with_an_appositive_is_still_cast() -> None:
    text = (
        "Moth Lane to star Ari Kell, the Dust Roads actor, and Bea Tamm\n\nThe new drama Moth Lane has its "
        "leads."
    )
    records = found(text)
    assert has(records, type="credit", show="Moth Lane", person="Ari Kell", role="actor")
    assert has(records, type="credit", show="Moth Lane", person="Bea Tamm", role="actor")
    assert not has(records, type="credit", show="Dust Roads")


def test_a_headline_naming_only_its_show_before_to_star_names_the_show() -> None:
    text = (
        "Moth Lane to star Ari Kell and Bea Tamm\n\nThe new drama has found its leads. Filming starts in May."
    )
    assert has(found(text), type="credit", show="Moth Lane", person="Ari Kell", role="actor")


def test_a_network_confirming_in_the_headline_is_the_shows_network() -> None:
    text = "'Moth Lane' Season 2 to Star Ari Kell, Netflix Confirms\n\nThe drama Moth Lane returns next year."
    assert has(found(text), type="show", title="Moth Lane", network="Netflix")


def test_a_network_spokesperson_speaking_for_the_show_names_its_network() -> None:
    text = (
        "Moth Lane ends\n\nMoth Lane has been canceled after two seasons. A Starz spokesperson confirmed it."
    )
    assert has(found(text), type="show", title="Moth Lane", network="Starz")


def test_talks_with_a_network_name_it_when_no_other_network_is_in_play() -> None:
    text = (
        "Moth Lane casting\n\nAri Kell has joined the cast of Moth Lane, the family drama. Talks between her "
        "representatives and NBC began in May."
    )
    assert has(found(text), type="show", title="Moth Lane", network="NBC")


def test_a_passing_network_is_not_read_when_another_network_is_in_play() -> None:
    text = (
        "Moth Lane casting\n\nAri Kell has joined the cast of Moth Lane, the family drama. A Hulu rep "
        "confirmed the news. The drama was first developed at FX."
    )
    assert not has(found(text), type="show", title="Moth Lane", network="Hulu")


def test_talks_to_rescue_a_show_do_not_name_its_network() -> None:
    text = (
        "Moth Lane canceled\n\nMoth Lane has been canceled after two seasons. Its producers are in talks "
        "with Netflix to rescue the family drama."
    )
    assert not has(found(text), type="show", title="Moth Lane", network="Netflix")
