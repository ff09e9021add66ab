"""How the last check on every answer (intents/understand/unknown_subject_guard.py) reads a message and its
answer: the whole message once more, whether it names something known, whether the answer tells a known show's
or person's facts, and how a name nobody knows becomes the conversation's subject."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from intents.answer import Answer
from intents.message_text import command_and_text
from intents.plain_messages import plain_question
from intents.query import Conversation
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.unknown_subjects import UNKNOWN_LEAD
from intents.understand.yardstick_shows import subject_mentions

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SUGGESTION = "Did you mean"


def tells_facts(engine: QuestionEngine, answer: Answer) -> bool:
    """Whether the answer tells a known show's or person's facts: it is about a show, or its values name
    one."""
    if answer.show_id is not None:
        return True
    if answer.kind != "answer":
        # "I don't have an acting role for Andy Newberry: he is credited as director of Heartstopper": a gap
        # in a known person's facts told with what is held of them, citing it.
        return answer.kind == "unknown" and bool(answer.sources) and not answer.text.startswith(UNKNOWN_LEAD)
    names = engine.index.names
    return any(
        ref.kind in ("show", "person") for value in answer.answers for ref in names.get(fold(value), ())
    )


def said_more(text: str) -> bool:
    """Whether a reply opening "I don't have facts about X." goes on with more than a "did you mean"."""
    parts = SENTENCE_END.split(text, maxsplit=1)
    return len(parts) > 1 and not parts[1].startswith(_SUGGESTION)


def read_message(engine: QuestionEngine, question: str) -> tuple[str, list[str], Resolution] | None:
    """The whole message's text, its words and what they name, asides included (None for no message)."""
    read = command_and_text(question)
    if isinstance(read, Answer):
        return None
    text = engine.typed_words.spell(read[1])
    tokens = engine.understand(text)
    return text, tokens, engine.link(tokens)


def plain_message(engine: QuestionEngine, question: str) -> bool:
    """Whether the message is a plain question (intents.plain_messages): one known name among question and
    relation words, no talk. Its answer is that name's, so the whole message need not be read again; most
    catalog questions are plain, and reading them again cost a quarter of their answer."""
    read = command_and_text(question)
    if isinstance(read, Answer):
        return False
    text = engine.typed_words.spell(read[1])
    return engine.plain.get(engine.kb, text, lambda: plain_question(text, engine.is_name))


def names_known(res: Resolution) -> bool:
    """Whether the message names a known person, character, or show other than as a yardstick."""
    if res.people or res.characters:
        return True
    shown = [m for m in res.mentions if m.refs and m.refs[0].kind == "show"]
    return bool(subject_mentions(shown, res.tokens)) or (bool(res.shows) and not shown)


def make_subject(conversation: Conversation, subject: list[str]) -> None:
    """The name nobody knows is the subject now; the turn just remembered told no show's facts."""
    conversation.mention_unknown(tuple(subject))
    turns = conversation.turns
    if turns:
        last = turns[-1]
        turns[-1] = replace(last, kind="unknown", show_id=None, answered=(), listed=(), items=())
