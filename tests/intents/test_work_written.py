"""What someone wrote (or co-wrote, directed, created) asks for their work."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_what_did_someone_write_asks_for_their_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did alice oseman write")
    assert answer.intent == "other_work" and answer.text.startswith("Alice Osman")


async def test_what_did_someone_co_write_asks_for_their_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did alice oseman co-write")
    assert answer.intent == "other_work"


async def test_someone_named_then_what_did_she_co_write_asks_for_their_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("Alice Oseman, what did she co-write?")
    assert answer.intent == "other_work"
