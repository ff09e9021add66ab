"""A subject described by a season alone ("the s2 director") in a question naming one show elsewhere
("... besides copper fields") is that show's season's (intents/understand/chains.py), never a season of a
show guessed from the number."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


async def test_a_season_described_alone_is_the_named_shows(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("which shows did the s2 director work on besides copper fields")
    assert "Lantern Bay" in answer.text
    assert "Euros Lyn" not in answer.text
