"""A headline presenting a person as a covered show's star ("10 Questions with COPPER MILL star Ann Bell")
credits that person in the show's cast; a former star is other work. Every text here is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)
_BODY = (
    "NBC renewed the comedy Copper Mill. Yesterday, Ann Bell talked to reporters about its return in April."
)


@pytest.mark.parametrize(
    "line",
    [
        "10 Questions with COPPER MILL star Ann Bell",
        "Copper Mill star Ann Bell",
        "Meet Copper Mill star Ann Bell",
    ],
)
def test_the_headlines_star_of_the_show_is_in_its_cast(line: str) -> None:
    found = extracted_records(f"{line}\n{_BODY}", _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Ann Bell", role="actor")


def test_a_former_star_named_in_the_headline_is_not_credited() -> None:
    found = extracted_records(f"Former Copper Mill star Ann Bell\n{_BODY}", _DAY)
    assert not has(found, type="credit", show="Copper Mill", person="Ann Bell")
