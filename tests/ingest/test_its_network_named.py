"""A show's network named as "its network X" (a network name that is also a common word, like Fox)."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_its_network_fox_is_the_shows_network() -> None:
    text = (
        "Channel 9 has bagged the UK premiere of the spin-off drama The Harbor Files. The American launch "
        "of the show in January drew 18 million viewers, giving its network Fox the strongest debut."
    )
    found = extracted_records(text, dt.date(2008, 2, 24))
    assert has(found, type="show", title="The Harbor Files", network="Fox")


def test_a_fox_that_is_no_network_is_ignored() -> None:
    text = "Netflix's The Harbor Files follows a fox named Rusty through a network of tunnels."
    found = extracted_records(text, dt.date(2008, 2, 24))
    assert not has(found, type="show", title="The Harbor Files", network="Fox")
