"""Records built in bulk (db.fact_records.frozen_records) are the same records the class builds one by one."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db.fact_records import CreditFact, ReleaseFact, frozen_records

ROWS = [
    (7, 3, 11, "actor", "Wren Halloway", "1-2", 16, None, 1, 2),
    (8, 3, 12, "director", None, None, None, "pilot", 0, 2),
]


def test_bulk_records_equal_those_built_one_by_one() -> None:
    assert frozen_records(CreditFact, ROWS) == [CreditFact(*row) for row in ROWS]


def test_bulk_records_are_of_the_record_class() -> None:
    assert all(type(credit) is CreditFact for credit in frozen_records(CreditFact, ROWS))


def test_bulk_records_hash_like_records_built_one_by_one() -> None:
    built = frozen_records(CreditFact, ROWS)
    assert {CreditFact(*row) for row in ROWS} == set(built)


def test_bulk_records_stay_frozen() -> None:
    credit = frozen_records(CreditFact, ROWS)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        credit.character = "Someone Else"  # type: ignore[misc]


def test_bulk_records_can_be_replaced_field_by_field() -> None:
    release = frozen_records(ReleaseFact, [(None, dt.date(2024, 5, 1), 2024, None, 4)])[0]
    assert dataclasses.replace(release, network="Channel Nine").network == "Channel Nine"
