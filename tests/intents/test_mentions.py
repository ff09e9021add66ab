"""User text quoted in a reply never forms or shows a mention, whatever its case or what it is glued to."""

from __future__ import annotations

import pytest

from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.text import neutralize_mentions, safe_fragment

MASS_MENTIONS = ("@everyone", "@here")
GLUED_QUESTIONS = [
    "!x@everyone_",
    "!premiere@HERE",
    "!x@Everyone",
    "!zz@here!",
    "!q<@123>",
    "!q<@&1>",
    "!q<#1>",
]


def _leaks(text: str) -> list[str]:
    lowered = text.lower()
    found = [m for m in MASS_MENTIONS if m in lowered]
    return found + [s for s in ("<@", "<#") if s in text]


@pytest.mark.parametrize("question", GLUED_QUESTIONS)
async def test_unknown_command_reply_never_echoes_a_mention(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert _leaks(answer.text) == []


async def test_mention_glued_to_a_known_command_still_runs_the_command(engine: QuestionEngine) -> None:
    answer = await engine.answer("!premiere@HERE", Conversation())
    assert answer.intent == "premiere"


def test_safe_fragment_breaks_mass_mentions_in_any_case() -> None:
    assert _leaks(safe_fragment("a@EVERYONE b@Here")) == []


def test_safe_fragment_keeps_the_words_readable() -> None:
    assert safe_fragment("x@everyone").replace("\u200b", "") == "x@everyone"


def test_neutralize_drops_user_role_and_channel_mentions() -> None:
    assert neutralize_mentions("a <@1> b <@!2> c <@&3> d <#4>").split() == ["a", "b", "c", "d"]


def test_neutralize_leaves_no_mention_formed_by_the_removal() -> None:
    assert _leaks(neutralize_mentions("<<@1>@2> @<@3>here")) == []


def test_answer_text_built_with_a_raw_mention_is_neutralised() -> None:
    answer = Answer(text="I don't know “@everyone” or <@&5>.", suggestions=("@here",))
    assert _leaks(answer.text + " ".join(answer.suggestions)) == []
