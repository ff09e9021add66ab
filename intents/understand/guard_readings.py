"""What the last check on every answer (intents/understand/unknown_subject_guard.py) reads of a message's own
words, kept per wording and snapshot.

These readings take the message's text, its words and what they link to, and the snapshot's facts: never the
conversation or the answer. A follow-up's wording ("who's in it?", "and season 2?") is asked in channel after
channel and is never plain, so the check read it whole each time (a tenth of the follow-up's answer); each
reading is now made the first time its wording reaches it, and only then, as the check's order asks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from intents.name_evidence import marked_now
from intents.resolve import Resolution
from intents.snapshot_memo import SnapshotMemo
from intents.understand.guard_reading import names_known
from intents.understand.own_subjects import own_subject
from intents.understand.someone_beside_known import someone_beside_known
from intents.understand.stated_subjects import credit_checked_of, stated_subject
from intents.understand.topic_titles import topic_set_off
from intents.understand.unknown_subject_places import checked_someone, clause_title, placed_title
from intents.understand.yardstick_shows import likened_to_known, without_yardsticks

if TYPE_CHECKING:
    from intents.engine import QuestionEngine

_Key = tuple[str, frozenset[str], str]  # the message, the words it marks as names, which reading
_WORDINGS = 1024
_SUBJECTS: SnapshotMemo[_Key, tuple[str, ...]] = SnapshotMemo(_WORDINGS)
_SAID: SnapshotMemo[tuple[str, frozenset[str]], tuple[tuple[str, ...], bool]] = SnapshotMemo(_WORDINGS)


def _kept(engine: QuestionEngine, question: str, which: str, read: Callable[[], list[str]]) -> list[str]:
    return list(_SUBJECTS.get(engine.kb, (question, marked_now(), which), lambda: tuple(read())))


def someone_checked(
    engine: QuestionEngine, question: str, text: str, tokens: list[str], res: Resolution
) -> list[str]:
    """Whom or what the message checks or states something of, by its own words: someone checked of a known
    show, a title a claim is stated of, a title a credit is checked of, someone nobody knows beside a known
    person (empty: none)."""

    def read() -> list[str]:
        return (
            checked_someone(tokens, res, text)
            or stated_subject(tokens, res)  # "fleabag was written by alice osman right"
            or credit_checked_of(tokens, res)  # "was fleabag written by alice osman"
            or someone_beside_known(res, engine.kb)  # "who's older, aaron paul or kit connor"
        )

    return _kept(engine, question, "checked", read)


def said_and_named(engine: QuestionEngine, question: str, res: Resolution) -> tuple[list[str], bool]:
    """The message's words without the shows named only as yardsticks, and whether it names a known person,
    character or show other than as one."""
    said, named = _SAID.get(
        engine.kb,
        (question, marked_now()),
        lambda: (tuple(without_yardsticks(res.mentions, res.tokens)), names_known(res)),
    )
    return list(said), named


def own_words_subject(
    engine: QuestionEngine, question: str, text: str, tokens: list[str], res: Resolution, of_show: bool
) -> list[str]:
    """The subject the message's own words give a name nobody knows (empty: none); `of_show`: the answer is
    about a show, so a title the answer read past counts too."""

    def read() -> list[str]:
        return (
            own_subject(text, tokens, res)
            or topic_set_off(text)  # "I have a question regarding the circle: when was it released?"
            or likened_to_known(tokens, res)  # "heartbreak high is like heartstopper - where can i watch it"
            # A title the answer read past holds only against a show's facts ("who made docter who" -> Euros
            # Lyn's other work is answered of the title itself, misspelt).
            or (placed_title(text, res, engine.kb) if of_show else [])
            or (clause_title(engine, text) if of_show else [])
        )

    return _kept(engine, question, "own, of a show" if of_show else "own", read)
