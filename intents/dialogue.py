"""Dialogue state: what a conversation remembers between questions, and a bounded store of conversations.

A conversation keeps its last few answered questions (their words, and where each named a show, a person, a
character or a season), the shows and people mentioned (most recent first), the subject nobody knows if the
latest one was unknown, and the dates answers gave. Follow-ups read it (intents/understand/followup.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Literal, TypeVar

from intents.answer import AnswerKind
from intents.recent import Recent

SlotKind = Literal["show", "person", "character", "season", "network", "award", "site", "unknown"]
RECENT = 4  # names of each kind remembered
TURNS = 4  # answered questions remembered (and questions about the dates given)
DEFAULT_IDLE_SECONDS = 600.0
DEFAULT_MAX_CONVERSATIONS = 10_000
_Item = TypeVar("_Item")
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Turn:
    """One answered question: its words, where it named each kind of thing, and the answer's kind and date."""

    tokens: tuple[str, ...]
    slots: tuple[tuple[SlotKind, int, int], ...]  # (kind, start, end) spans in tokens
    intent: str | None
    kind: AnswerKind
    date: dt.date | None = None
    show_id: int | None = None  # the show and season it was about, for "which of those is higher?"
    season: int | None = None
    person_id: int | None = None  # the person it was about or answered with, for "back to the first guy"
    answered: tuple[int, ...] = ()  # the people its answer named, for "they" after "who created it?"
    listed: tuple[int, ...] = ()  # the shows its answer named, for "which of those is the newest?"
    # The values its answer listed when it listed several (names, titles), for "how many is that".
    items: tuple[str, ...] = ()
    # A question about the dates already given ("is that before or after hs3?"): counted among the subjects
    # talked about, but never the question an ellipsis repeats nor the date "then" means.
    aside: bool = False


@dataclass(frozen=True, slots=True)
class Offer:
    """The question a "did you mean" answered and the names it offered, best first, for the fan's pick
    ("the andor one") next (intents/understand/offered_choices.py)."""

    question: str
    names: tuple[str, ...]


@dataclass(slots=True)
class Conversation:
    """What a conversation remembers between questions."""

    last_show_id: int | None = None
    turns: Recent[Turn] = field(default_factory=lambda: Recent(TURNS))
    shows: Recent[int] = field(default_factory=lambda: Recent(RECENT))
    people: Recent[int] = field(default_factory=lambda: Recent(RECENT))
    # The characters named or answered (their credit ids), most recent first: "who plays him?" after "and
    # charlie?" asks for Charlie's actor.
    characters: Recent[int] = field(default_factory=lambda: Recent(RECENT))
    # The latest subject when it was a name Marquee has no facts about ("the bear"); None once a known one
    # is named again.
    unknown: tuple[str, ...] | None = None
    # Every subject in the order talked about, known shows (ids) and names nobody knows (their words), most
    # recent first: "the other one" after "back to hs" may be the unknown show talked about before.
    subjects: Recent[int | tuple[str, ...]] = field(default_factory=lambda: Recent(RECENT))
    person_after_unknown: bool = True  # a person was named since the unknown subject ("he" means them)
    # Someone nobody knows asked of while a known show stayed the subject ("and pedro pascal?" after "who
    # plays charlie"): whom a fitting "she"/"he" means next, until a known person or subject is named.
    unknown_person: tuple[str, ...] | None = None
    # The conversation opened with a question not understood ("anyone seen the penguin?"): until a subject is
    # named, "it" means that, never the default show.
    unclear: bool = False
    # The pronoun the fan used for each person ("what else has she been in?"): "he" later skips her.
    pronouns: dict[int, str] = field(default_factory=dict)
    # The show whose posted picture the fan named last, and how many questions ago (0: the one just asked):
    # "which season is it from?" after "who's in the bts pic" asks of the picture (intents/picture).
    pictured: tuple[int, int] | None = None
    offered: Offer | None = None  # what the last reply, a "did you mean", offered to pick from
    # Words the fan wrote with a possessive 's, latest first ("the handmaid's tale"): an unknown title that
    # follow-ups say back keeps its 's (intents/possessive_titles.py).
    possessives_typed: tuple[str, ...] = ()
    touched: float = 0.0
    # While one message is read (`reading_message`), what the turns say (`last`, `last_date`, ...) is worked
    # out once rather than by each reader that asks; None between messages, so an idle one keeps nothing.
    _derived: dict[Callable[[Recent[Turn]], object], object] | None = field(
        default=None, repr=False, compare=False
    )

    def saved(self) -> Conversation:
        """A copy of what the conversation remembers now, to go back to with `restore`."""
        return copy.deepcopy(self)

    def restore(self, saved: Conversation) -> None:
        """Remember again what `saved` remembered: a reading of the message that was given up (its parts
        answered one by one, none understood) leaves nothing behind."""
        for f in fields(self):
            setattr(self, f.name, getattr(saved, f.name))
        self._derived = None  # the turns are others now

    def add_turn(self, turn: Turn) -> None:
        """Remember one more question (what was worked out of the turns before it no longer holds)."""
        self.turns.append(turn)
        self._derived = None

    def reading_message(self) -> _ReadingMessage:
        """While one message is read: `last`, `last_understood`, `last_date` and `dated` are each worked out
        once (every follow-up reader asks for them). A turn added meanwhile (`add_turn`) starts afresh."""
        return _ReadingMessage(self)

    def _once(self, work: Callable[[Recent[Turn]], _T]) -> _T:
        """`work` over the turns: once per message while one is read, else each time asked."""
        read = self._derived
        if read is None:
            return work(self.turns)
        if work in read:
            return read[work]  # type: ignore[return-value]  # (what `work` made: no call to cast)
        found = read[work] = work(self.turns)
        return found

    @property
    def last(self) -> Turn | None:
        """The last answered question, if any (a question about the dates given is no such question)."""
        return self._once(_last)

    @property
    def last_understood(self) -> Turn | None:
        """The last question that was understood (answered, or said what it lacks): the one an ellipsis
        repeats, never a message not understood in between ("and the uk time?" ... "same for agatha")."""
        return self._once(_last_understood)

    @property
    def last_date(self) -> dt.date | None:
        """The date the latest answer that gave one gave ("when is it out?" ... "who's in it?" ... "how long
        till then?")."""
        return self._once(_last_date)

    @property
    def dated(self) -> bool:
        """Whether any turn remembered gave a date (a question about the dates given included): questions
        about the dates given have nothing to read otherwise."""
        return self._once(_dated)

    @property
    def show_in_talk(self) -> int | None:
        """The show talked about: the subject, else, while no show nobody knows is, the show the last answer
        was about ("who does kit connor play?" -> Heartstopper, whose "other lead" is then Joe Locke)."""
        if self.last_show_id is not None or self.unknown:
            return self.last_show_id
        last = self.last
        return last.show_id if last is not None else None

    @property
    def named_anything(self) -> bool:
        """Whether the conversation has named any subject (the default show applies only before that)."""
        return bool(self.shows or self.people or self.unknown)

    def mention_show(self, show_id: int) -> None:
        """A known show became the subject."""
        _to_front(self.shows, show_id)
        _to_front(self.subjects, show_id)
        self.last_show_id = show_id
        self.unknown = None
        self.unclear = False

    def mention_person(self, person_id: int) -> None:
        """A known person was named or answered."""
        _to_front(self.people, person_id)
        self.person_after_unknown = True
        self.unknown_person = None
        self.unclear = False

    def mention_character(self, credit_id: int) -> None:
        """A known character (its credit) was named or answered."""
        _to_front(self.characters, credit_id)

    def mention_unknown(self, words: tuple[str, ...]) -> None:
        """A name with no facts became the subject: 'it' now means it, never another show."""
        # The same subject said again (a follow-up about it) keeps the person named since it.
        self.person_after_unknown = self.person_after_unknown and words == self.unknown
        self.unknown_person = None
        self.unknown = words
        _to_front(self.subjects, words)
        self.last_show_id = None
        self.unclear = False


class _ReadingMessage:
    """`Conversation.reading_message`: a class, not a generator's context manager (every message enters one,
    and a generator's costs a few calls more)."""

    __slots__ = ("_conversation", "_outer")

    def __init__(self, conversation: Conversation) -> None:
        self._conversation = conversation
        self._outer = False

    def __enter__(self) -> None:
        # A message read inside another's reading keeps the outer's.
        self._outer = self._conversation._derived is not None
        if not self._outer:
            self._conversation._derived = {}

    def __exit__(self, *exc: object) -> None:
        if not self._outer:
            self._conversation._derived = None


def _last(turns: Recent[Turn]) -> Turn | None:
    return next((t for t in reversed(turns) if not t.aside), None)


def _last_understood(turns: Recent[Turn]) -> Turn | None:
    return next(
        (t for t in reversed(turns) if not t.aside and (t.intent or t.slots or t.kind == "answer")), None
    )


def _last_date(turns: Recent[Turn]) -> dt.date | None:
    return next((t.date for t in reversed(turns) if t.date is not None and not t.aside), None)


def _dated(turns: Recent[Turn]) -> bool:
    return any(t.date is not None for t in turns)


def _to_front(recent: Recent[_Item], item: _Item) -> None:
    if item in recent:
        recent.remove(item)
    recent.appendleft(item)


class ConversationStore:
    """Conversations by key (a channel, a DM, a batch conversation id), least recently used dropped first, and
    forgotten after `idle_seconds` without a question, so a bot in thousands of channels stays small."""

    def __init__(
        self,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        max_conversations: int = DEFAULT_MAX_CONVERSATIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_seconds = idle_seconds
        self.max_conversations = max_conversations
        self._clock = clock
        self._items: OrderedDict[object, Conversation] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: object) -> Conversation:
        """The conversation for `key`: a fresh one if it never spoke or sat idle too long."""
        now = self._clock()
        conversation = self._items.pop(key, None)
        if conversation is None or (self.idle_seconds > 0 and now - conversation.touched > self.idle_seconds):
            conversation = Conversation()
        conversation.touched = now
        self._items[key] = conversation
        while len(self._items) > self.max_conversations:
            self._items.popitem(last=False)
        self._drop_idle(now)
        return conversation

    def _drop_idle(self, now: float) -> None:
        # The oldest come first: stop at the first that is still fresh.
        while self._items and self.idle_seconds > 0:
            key, oldest = next(iter(self._items.items()))
            if now - oldest.touched <= self.idle_seconds:
                break
            del self._items[key]
