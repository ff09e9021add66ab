"""Fans' ways of asking who made a show, and questions wrapped in other talk (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_dreamed_up_asks_who_created_the_characters_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("honestly who dreamed up charlie and nick, they're perfect")
    assert "Alice Osman" in answer.text


async def test_a_like_sentence_after_a_question_says_it_again(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "random thought but who even came up with nick and charlie?? like whose brain do i have to thank"
    )
    assert "Alice Osman" in answer.text


async def test_talk_before_but_back_to_is_set_aside(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "agatha all along looks fun too but back to heartstopper, what's the audience score on rt?"
    )
    assert answer.text.startswith("Heartstopper scores 96%")


async def test_a_like_question_after_a_question_narrows_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "sorry i was offline all week so i missed stuff, is there any news on heartstopper season 3? like "
        "when it's out?"
    )
    assert "October 3, 2024" in answer.text
