"""One show's two Rotten Tomatoes scores named together ("which rt score is the higher one", "the lower of
the two rt scores") or as a pick ("is the critics' score or the audience's the lower one") are compared
with each other (intents/understand/score_sides.py, compare.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("which rt score is the higher one", "Heartstopper's critics score is higher"),
        ("which rt score is higher for heartstopper", "Heartstopper's critics score is higher"),
        ("which of the heartstopper ratings is better", "Heartstopper's critics score is higher"),
        ("which of heartstopper's scores is lowest", "Heartstopper's audience score is lower"),
        ("the lower of the two rt scores?", "Heartstopper's audience score is lower"),
        ("is the critics' score or the audience's the lower one", "Heartstopper's audience score is lower"),
    ],
)
async def test_one_shows_scores_taken_together_are_compared(
    engine: QuestionEngine, question: str, lead: str
) -> None:
    answer = await engine.answer(question, now=NOW, default_show="Heartstopper")
    assert answer.text.startswith(lead)


async def test_a_pick_of_shows_by_score_is_no_pick_of_one_shows_scores(engine: QuestionEngine) -> None:
    answer = await engine.answer("which show has the higher rt score", now=NOW, default_show="Heartstopper")
    assert "critics score is higher" not in answer.text
