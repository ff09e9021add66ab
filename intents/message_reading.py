"""From a fan's message to the question it asks: a claim or shorthand said again as a question, a picture
asked about, several questions answered each, else the asking words cut from the talk around them.

A plain question (intents.plain_messages: one known name among question and relation words) is none of
those, and goes straight on as it was typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from intents.answer import Answer
from intents.name_evidence import marked_now
from intents.picture.intent import read_whole_message
from intents.plain_messages import plain_question
from intents.query import Conversation
from intents.replies import no_facts_about
from intents.snapshot_memo import SnapshotMemo
from intents.text import title_case
from intents.understand.asking import question_part
from intents.understand.message_questions import answer_each, split_message
from intents.understand.message_rewrites import rewritten

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

# The readers below read the message's text alone (with the snapshot's names, and the words the fan marked as
# names), never the conversation: each wording's reading is kept per snapshot. Follow-ups repeat a few
# wordings in channel after channel ("who's in it?", "and season 2?"), and none of them is plain, so each
# paid for the whole reading again (a sixth of its answer).
_Said = tuple[str, frozenset[str]]  # the text and the words it marks as names
_REWRITTEN: SnapshotMemo[_Said, str] = SnapshotMemo(512)
_SPLIT: SnapshotMemo[_Said, tuple[str, ...]] = SnapshotMemo(512)
_ASKED: SnapshotMemo[_Said, tuple[str, str]] = SnapshotMemo(512)


async def asked_in_message(
    engine: QuestionEngine,
    text: str,
    command: str | None,
    conversation: Conversation,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str | None,
    depth: int,
    whole: bool,
    composed: bool,
) -> tuple[str, str] | Answer:
    """The question `text` asks and the talk around it, or the Answer when the message is answered whole
    (a picture asked about, several questions answered each)."""
    own_message = depth == 0 and command is None  # the fan's own words, not a command's or a sub-question
    # What the readers below would leave as it is, read at a fraction of their cost: all but the picture
    # reader, which also reads the conversation (a plain question right after a picture's answer).
    plain = own_message and plain_question(text, engine.is_name)
    if own_message:
        engine.plain.get(engine.kb, text, lambda: plain)  # kept for the last check (unknown_subject_guard)
    # A flat claim is checked, a shorthand choice asked ("joe locke: charlie or nick?"), a plan's wait ...
    if own_message and not plain:
        said = text
        text = _REWRITTEN.get(
            engine.kb,
            (said, marked_now()),
            lambda: rewritten(said, engine.kb, engine.is_name, engine.is_character),
        )
    if whole and composed and own_message:
        if (pictured := read_whole_message(engine, text, conversation)) is not None:
            return pictured  # "which account posted the bts pic": the picture the news reported
        parts = [text] if plain else list(_split(engine, text))
        if len(parts) > 1:
            before, subject_before = conversation.saved(), conversation.unknown
            several = await _answer_each(engine, parts, conversation, now, default_show, tz)
            if several is not None:
                return several
            if conversation.unknown is not None and conversation.unknown != subject_before:
                # "do you know anything about pose? who's in the cast": no part answered, yet one named a
                # show nobody knows; read whole, the everyday word ("pose") would fall to the default show.
                return no_facts_about(title_case(conversation.unknown), engine.index)
            # No part was understood alone: the message is read whole, as if they were never asked.
            conversation.restore(before)
    if plain:
        return text, ""
    asked = text
    return _ASKED.get(engine.kb, (asked, marked_now()), lambda: question_part(asked, engine.names_of))


def _split(engine: QuestionEngine, text: str) -> tuple[str, ...]:
    """The questions the message asks, each (kept per wording)."""
    return _SPLIT.get(
        engine.kb, (text, marked_now()), lambda: tuple(split_message(text, lambda key: _names(engine, key)))
    )


def _names(engine: QuestionEngine, key: str) -> bool:
    """Whether the folded words are a known name or a title shorthand ("hs")."""
    return engine.is_name(key) or bool(engine.shorthands.expand(key))


async def _answer_each(
    engine: QuestionEngine,
    parts: list[str],
    conv: Conversation,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str | None,
) -> Answer | None:
    async def ask(part: str, in_conversation: bool) -> Answer:
        return await engine.answer(
            part, conv if in_conversation else Conversation(), now, default_show, tz, whole=False
        )

    def names_a_subject(part: str) -> bool:
        res = engine.link(engine.words(part))
        return bool(res.shows or res.people or res.characters or res.unknown_title or res.leftovers)

    return await answer_each(
        parts, ask, names_a_subject, lambda: engine.subjects.settled(conv, default_show), engine.kb
    )
