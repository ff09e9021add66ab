"""The relation model as the reader of last resort: where the matcher, frames and catalog chains leave a
question undecided ("Sorry, I don't know how to answer that", or "Did you mean" between intents), the trained
model (intents/relation_model.py) reads its relation words, and a clear reading is answered as if the fan had
named that intent's command. Decided answers never reach it, so they stay as they were.

The subject still comes from the question or the conversation, never from the model: a reading is used only
when the question names a known subject of the intent's kind or the conversation holds one ("what's his
background?" after an answer about a person). Everything after is the ordinary answer path, so a show or
person nobody knows still gets "I don't have facts about X" and a fact not held is still said missing.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from intents import replies
from intents.answer import Answer
from intents.dispatch import dispatch
from intents.query import Conversation, Query
from intents.ranking import ANSWER_THRESHOLD
from intents.registry import Intent, Subject
from intents.relation_model import Reading, shipped_model
from intents.resolve import Resolution

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

# The score gap the model's best intent needs over its runner-up (features scaled to unit length). Tuned on
# the parser_choice training/evaluation templates and the tune/dev sets: below it the old reply stays.
MARGIN = 0.1
# Intents about a subject the question or the conversation must supply; the catalog's own intents (films,
# their tags) and talk about nothing are left to the rules.
_READ_SUBJECTS = frozenset({Subject.SHOW, Subject.PERSON, Subject.CHARACTER})
_CLARIFY_LEAD = "Did you mean: "  # replies.clarify, a choice between intents (not between names)
# Words of a comparison or a choice: no intent the model knows answers one ("is X longer than Y").
_COMPARING = frozenset({"than", "vs", "versus", "or", "as"})  # "as": "is it as good as heartstopper"
# Words after which unknown words stand as a second subject ("heartstopper and one day, who made them").
_BESIDE = frozenset({"and", "with", "as", "like"})
# Words after "the ..." that make it the relation asked of a subject ("the faces of", "the lowdown on").
_OF = frozenset({"of", "on", "for", "about", "behind"})


def out_of_reach(res: Resolution, names: Container[str]) -> bool:
    """Whether the question is not the model's to read: it names a title nobody knows ("is the bear on
    netflix"), a number no slot took ("and in 1923"), unknown words that read as a title ("the crown") or
    stand beside the subject as a second one, or hold a known name linking did not take ("which heartstopper
    episode did newberry helm": the relation read without its subject), or it compares or offers a choice."""
    if res.unknown_title or not _COMPARING.isdisjoint(res.tokens) or any(t.isdigit() for t in res.tokens):
        return True
    for run in res.named_runs:
        if any(word in names for word in run):
            return True
        at = _position(res.tokens, run)
        after = res.tokens[at + len(run)] if 0 <= at < len(res.tokens) - len(run) else None
        # "the setup of heartstopper" names a relation; "did critics like the bear" a title
        if (run[0] == "the" and after not in _OF) or (at > 0 and res.tokens[at - 1] in _BESIDE):
            return True
    return False


def _position(tokens: list[str], run: list[str]) -> int:
    """Where the run of words starts in the question (-1: not found)."""
    return next((i for i in range(len(tokens)) if tokens[i : i + len(run)] == run), -1)


def undecided(answer: Answer) -> bool:
    """Whether the reply is the engine's own indecision about the relation asked."""
    if answer.kind == "clarify":
        return answer.text.startswith(_CLARIFY_LEAD)
    return answer.kind == "unknown" and answer.text == replies.NOT_UNDERSTOOD


def has_subject(intent: Intent, res: Resolution, conversation: Conversation) -> bool:
    """Whether the question or the conversation holds a known subject of the kind the intent is about. The
    conversation counts once it has turns: on a first message, a show taken from the words around the
    question may not be what "it" means ("... her other book solitaire, is there a tv show of it?")."""
    talked = bool(conversation.turns)
    if intent.subject is Subject.SHOW:
        return bool(res.shows) or (talked and bool(conversation.shows) and conversation.unknown is None)
    if intent.subject is Subject.PERSON:
        return bool(res.people) or (talked and bool(conversation.people))
    return bool(res.characters) or (talked and bool(conversation.characters))


def clear_reading(res: Resolution) -> Reading | None:
    """The model's reading of the question's relation words, if its margin is clear."""
    reading = shipped_model().read(res.slotted)
    return reading if reading.margin >= MARGIN and reading.worded > 0 else None


async def read_undecided(
    engine: QuestionEngine,
    answer: Answer,
    res: Resolution,
    query: Query,
    conversation: Conversation,
    default_show: str | None,
    depth: int,
) -> Answer:
    """The answer under the model's clear reading of an undecided question; else the old reply. Only the
    message's own question is read (`depth` 0): a composed question's parts keep their replies, by which
    the composition tells a part it can't answer."""
    if depth > 0 or not undecided(answer) or res.ambiguous or out_of_reach(res, engine.index.names):
        return answer
    if conversation.unknown is not None:  # the talk is about a show nobody knows: no reading may leave it
        return answer
    reading = clear_reading(res)
    intent = engine.by_name.get(reading.intent) if reading else None
    if intent is None or intent.subject not in _READ_SUBJECTS or not has_subject(intent, res, conversation):
        return answer
    read = await dispatch(
        engine.ranker, engine.intents, engine.by_name, engine.index, engine.kb, engine.subjects, res, query,
        intent, conversation, default_show,
    )  # fmt: skip
    if read.kind != "answer":
        return read if read.kind == "unknown" and not undecided(read) else answer
    return replies.with_confidence(read, ANSWER_THRESHOLD / 100)  # a reading, not a match of the rules
