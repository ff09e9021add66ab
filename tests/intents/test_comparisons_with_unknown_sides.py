"""A comparison one of whose sides is a show nobody knows says so, never answering with a held show's facts
(the seed database: Heartstopper's critics and audience scores are the only pair held)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_scores_of_an_unknown_show_are_not_the_held_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the critics score for young royals higher than the audience score")
    assert answer.kind == "unknown"
    assert "Young Royals" in answer.text and "Heartstopper" not in answer.text


async def test_an_unknown_shows_audience_score_is_not_the_held_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("is the audience score for euphoria lower than the critics")
    assert answer.kind == "unknown"
    assert "Euphoria" in answer.text and "98%" not in answer.text


async def test_the_words_of_the_comparison_are_no_unknown_side(engine: QuestionEngine) -> None:
    answer = await engine.answer("whats the difference between the tomatometer and popcorn score")
    assert answer.kind == "answer"


async def test_two_held_shows_are_still_compared(engine: QuestionEngine) -> None:
    answer = await engine.answer("which premiered first, wandavision or agatha all along")
    assert answer.kind == "answer" and "WandaVision" in answer.text


async def test_a_claim_asked_back_with_true_or_false_compares_nothing(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper has 98% from critics on rotten tomatoes, true or false")
    assert answer.kind == "answer" and answer.text.startswith("Yes")


async def test_a_comparison_with_an_unknown_show_asked_true_or_false_is_still_declined(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("is heartstopper better than ghosts, true or false")
    assert answer.kind == "unknown" and "Ghosts" in answer.text
