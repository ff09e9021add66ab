"""A network announcing its own decision on a show ("Hulu announced that it had canceled Copper Mill") is
that show's network, with the day before or after the verb. Every text here is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)


@pytest.mark.parametrize(
    "said",
    [
        "Hulu announced on Friday that it had canceled Copper Mill after two seasons.",
        "Streaming service Hulu on Friday announced that it had canceled Copper Mill after two seasons.",
        "Hulu announced that it has renewed Copper Mill for a third season.",
    ],
)
def test_the_network_deciding_on_the_show_is_its_network(said: str) -> None:
    found = extracted_records(said + " The drama stars Ann Bell.", _DAY)
    assert has(found, type="show", title="Copper Mill", network="Hulu")


def test_a_decision_on_another_show_gives_no_network() -> None:
    text = "Hulu announced that it had canceled Tin Road. Copper Mill, a drama, stars Ann Bell."
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Copper Mill", network="Hulu")
