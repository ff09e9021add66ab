"""Commands fans invent for what they want: the words after "!" ask the question (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_an_invented_command_naming_a_relation_asks_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("!credits andy newberry")
    assert answer.kind == "answer" and "Shetland" in answer.text


async def test_an_invented_command_naming_where_to_watch_asks_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("!platform agatha all along")
    assert answer.kind == "answer" and "Disney+" in answer.text


async def test_an_invented_command_alone_is_still_refused(engine: QuestionEngine) -> None:
    answer = await engine.answer("!credits")
    assert answer.kind == "invalid" and "credits" in answer.text


async def test_an_invented_command_whose_words_are_not_understood_is_refused(engine: QuestionEngine) -> None:
    answer = await engine.answer("!credits the weather today")
    assert answer.kind == "invalid" and "credits" in answer.text


async def test_is_out_typed_as_one_command_word_asks_whether_it_is_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("!isout hs3")
    assert answer.kind == "answer" and "October 3" in answer.text
