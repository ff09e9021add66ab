"""Number titles with "the" ("The 100") and after every fact or crew noun ("the rt score for 11.22.63", "the
music for 1923") are titles nobody knows in a seed-only database, never the seed show's facts; counts of
episodes and years there stay what they are."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_and_a_long_number_is_a_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who created the 100")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about The 100")


async def test_a_number_after_a_score_is_a_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the rt score for 11.22.63")
    assert answer.kind == "unknown" and "98%" not in answer.text


async def test_a_count_of_episodes_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the 16 episodes")
    assert answer.kind == "answer" and "Euros Lyn" in answer.text


async def test_a_year_after_a_score_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the score for 2024")
    assert answer.kind == "answer" and "98%" in answer.text
