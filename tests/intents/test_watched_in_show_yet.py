""" "can i watch joe locke in agatha yet" asks whether the show is out, the person in it taken as said: the
out-yet verdict leads, with the premiere and their part after; someone not in it is told so."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)
AFTER = dt.datetime(2024, 9, 25, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(("now", "verdict"), [(BEFORE, "No, not yet"), (AFTER, "Yes")])
async def test_watching_someone_in_a_show_yet_asks_whether_it_is_out(
    engine: QuestionEngine, now: dt.datetime, verdict: str
) -> None:
    answer = await engine.answer("can i watch joe locke in agatha yet", now=now)
    assert answer.text.startswith(verdict), answer.text
    assert "September 18" in answer.text and "Mystery Teen" in answer.text, answer.text


async def test_watching_someone_not_in_the_show_says_they_are_not(engine: QuestionEngine) -> None:
    answer = await engine.answer("can i watch kit connor in agatha yet", now=AFTER)
    assert answer.text.startswith("No"), answer.text
