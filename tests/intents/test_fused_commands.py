"""Unknown commands that are a question's opening words run together (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_fused_who_is_command_asks_who_the_person_is(engine: QuestionEngine) -> None:
    answer = await engine.answer("/whois joe locke")
    assert answer.kind == "answer" and "Charlie Spring" in answer.text


async def test_a_fused_opener_alone_is_still_an_unknown_command(engine: QuestionEngine) -> None:
    answer = await engine.answer("!whois")
    assert answer.kind == "invalid"


async def test_an_unknown_command_that_is_no_opener_is_refused(engine: QuestionEngine) -> None:
    answer = await engine.answer("/frobnicate joe locke")
    assert answer.kind == "invalid"


async def test_whois_typed_as_a_word_asks_who_someone_is(engine: QuestionEngine) -> None:
    answer = await engine.answer("whois alice osman")
    assert answer.kind == "answer" and "creator of Heartstopper" in answer.text


async def test_a_fused_who_is_command_about_nobody_known_says_so(engine: QuestionEngine) -> None:
    answer = await engine.answer("/whois bob smithers")
    assert answer.kind == "unknown" and "Bob Smithers" in answer.text


async def test_a_fused_who_is_command_with_only_a_mention_is_refused_without_echoing_it(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("/whois @everyone")
    assert answer.kind == "invalid" and "@" not in answer.text
