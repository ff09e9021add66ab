"""A role then its actor in brackets, the actor named through other work: "her son Tom (Lost Harbor's Ian
Vale)" credits Ian Vale as Tom, as "Tom (Ian Vale)" does. Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)
_LEAD = 'The NBC drama "Copper Mill" returns tonight at 10. '


def test_a_possessive_work_before_the_bracketed_actor_still_credits_the_role() -> None:
    text = _LEAD + "The story follows Rose and her teenage son Tom (Lost Harbor's Ian Vale) on the run."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Ian Vale", character="Tom")


def test_a_plural_possessive_work_is_read_the_same_way() -> None:
    text = _LEAD + "It follows the nurse Rose (Heroes' Ann Bell) through one long winter."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Ann Bell", character="Rose")
