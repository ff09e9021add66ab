"""A title between a bare "when" and a verb said of it ("anyone know when call my agent returns?", "when the
bear comes back") is a title nobody knows in a seed-only database: "I don't have facts about X", never the
seed show's dates; "it" and the held show there are still the show talked about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_after_a_bare_when_is_no_fact(engine: QuestionEngine) -> None:
    answer = await chat(engine, "anyone know when the last of us returns")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about The Last of Us")


async def test_everyday_words_after_a_bare_when_are_a_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "anyone know when Call My Agent! returns?")
    assert answer.text.startswith("I don't have facts about Call My Agent") and "2024" not in answer.text


async def test_it_after_a_bare_when_is_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "anyone know when it returns?")
    assert answer.kind == "answer" and "October 3, 2024" in answer.text


async def test_the_held_show_after_a_bare_when_is_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when heartstopper returns")
    assert "October 3, 2024" in answer.text


async def test_a_plain_verb_after_a_bare_when_ends_the_title(engine: QuestionEngine) -> None:
    # "friends come out wen": a plural title (or a dropped "-s") takes the plain verb.
    answer = await chat(engine, "friends come out wen")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about Friends")


async def test_a_season_after_a_bare_when_ends_the_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "wen the x factor s2")
    assert answer.text.startswith("I don't have facts about The X Factor")
    assert "Heartstopper" not in answer.text


async def test_a_bare_season_after_when_is_still_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when heartstopper s3")
    assert "October 3, 2024" in answer.text
