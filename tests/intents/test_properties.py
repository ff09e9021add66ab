"""Property-based: any text through the question path to the terminal and JSON surfaces never raises and
never carries a mention."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from bot.render_text import render_text
from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import BEFORE_PREMIERE
from tests.hostile_text import hostile_text, mention_leaks

# The session-scoped knowledge is shared by every example; the engine is cheap to build per example.
PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY
@given(question=hostile_text)
async def test_terminal_text_never_carries_a_mention(seed_knowledge: Knowledge, question: str) -> None:
    engine = QuestionEngine(seed_knowledge, clock=lambda: BEFORE_PREMIERE)
    answer = await engine.answer(question, Conversation())
    assert mention_leaks(render_text(answer)) == []


@PROPERTY
@given(question=hostile_text)
async def test_json_reply_fields_never_carry_a_mention(seed_knowledge: Knowledge, question: str) -> None:
    engine = QuestionEngine(seed_knowledge, clock=lambda: BEFORE_PREMIERE)
    record = json.loads(json.dumps((await engine.answer(question, Conversation())).to_json(question)))
    shown = [record["text"], *record["answers"], *record["suggestions"]]
    assert mention_leaks("\n".join(shown)) == []


@PROPERTY
@given(questions=hostile_text.map(lambda t: t.split("\n")[:5]))
async def test_a_conversation_of_hostile_lines_never_raises(
    seed_knowledge: Knowledge, questions: list[str]
) -> None:
    engine = QuestionEngine(seed_knowledge, clock=lambda: BEFORE_PREMIERE)
    conversation = Conversation()
    kinds = [(await engine.answer(q, conversation)).kind for q in questions]
    assert all(isinstance(kind, str) and kind for kind in kinds)
