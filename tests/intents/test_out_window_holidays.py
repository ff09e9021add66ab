"""The holiday an "out by ..." question names is read by its longest name: "new years eve" is the 31st, never
New Year's Day; "christmas eve" is the 24th."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import cast

from intents.understand.context import Composing
from intents.understand.out_windows import _holiday


@dataclass
class _Asked:
    """The parts of a composed question the holiday reader reads."""

    tokens: list[str]
    today: dt.date

    def has(self, *words: str) -> bool:
        joined = f" {' '.join(self.tokens)} "
        return any(f" {w} " in joined for w in words)


def _day(question: str) -> dt.date | None:
    return _holiday(cast(Composing, _Asked(question.split(), dt.date(2024, 9, 3))))


def test_the_longest_holiday_name_is_read() -> None:
    assert _day("will it be out by new years eve") == dt.date(2024, 12, 31)
    assert _day("will it be out by christmas eve") == dt.date(2024, 12, 24)
    assert _day("will it be out by christmas") == dt.date(2024, 12, 25)
