"""What a turn remembers of a long answer: the first date it gave, and each thing its values name once, in
order (a catalog answer may list hundreds of films)."""

from __future__ import annotations

import datetime as dt

from intents.answer import Answer
from intents.names import EntityRef
from intents.understand.memory import _firsts, answer_date


def test_the_first_date_an_answer_gave_is_found_among_titles() -> None:
    titles = tuple(f"Film {n}" for n in range(200))
    answer = Answer("...", answers=("1917", *titles, "2024-10-03", "2025-01-17"))
    assert answer_date(answer) == dt.date(2024, 10, 3)
    assert answer_date(Answer("...", answers=("1917", "2046"))) is None


def test_each_thing_named_is_listed_once_in_order() -> None:
    person, show = EntityRef("person", 7, "Kit Connor"), EntityRef("show", 3, "Heartstopper")
    other = EntityRef("person", 9, "Joe Locke")
    values = [[show, person], [other], [person], [], [show]]
    assert _firsts(values, "person") == (7, 9)
    assert _firsts(values, "show") == (3,)
