"""The question-answering engine: one entry point from any platform to an Answer."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from db.knowledge import Knowledge
from db.snapshot_store import SnapshotStore
from intents import replies
from intents.answer import Answer
from intents.catalog.owned_films import without_film_owner
from intents.collect import collector_paused, default_intents
from intents.derived import Derived, derive
from intents.linking import EntityIndex
from intents.message_pipeline import answer_message
from intents.name_evidence import forget, marked_now, note_message
from intents.networks import NETWORK_WORDS
from intents.number_spelling import numbers_as_typed
from intents.possessive_titles import possessives_as_typed, typed_possessives
from intents.possessives import drop_possessives
from intents.query import Conversation
from intents.ranking import IntentRanker
from intents.registry import Intent, IntentMatcher
from intents.remembered_links import RememberedLinks
from intents.resolve import Resolution
from intents.snapshot_memo import SnapshotMemo
from intents.stored_snapshot import (
    ReadSnapshot,
    StoredSnapshot,
    read_snapshot,
    store_snapshot,
    unchanged_store,
)
from intents.text import MAX_QUESTION_CHARS, fold
from intents.typed_words import TypedWords
from intents.understand.emoji_words import emoji_read
from intents.understand.fanwords import COMMON_WORDS
from intents.understand.never_names import HONORIFICS
from intents.understand.normalize import normalize
from intents.understand.rephrase import rephrase
from intents.understand.sentences import we_are_spelt_out
from intents.understand.token_readings import KeptReadings
from intents.understand.unknown_subject_guard import SubjectBefore, guarded
from intents.warm import warm_tables

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)


Clock = Callable[[], dt.datetime]

# Modules no conversation's first question and no one-hop answer needs (a third of the engine's modules, a
# quarter of the CPU `marquee ask QUESTION` spends before its answer): imported where first used
# (intents.answer_finding, intents.conversation_linking), and by the warm-up of a process that goes on.
DEFERRED_MODULES = (
    "intents.understand.compose",
    "intents.understand.date_order",
    "intents.understand.ellipsis",
    "intents.understand.followup",
)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QuestionEngine:
    """Answers questions from a knowledge snapshot; reload() picks up new facts without a restart."""

    def __init__(
        self,
        knowledge: Knowledge,
        intents: list[Intent] | None = None,
        clock: Clock = _utc_now,
        derived: Derived | None = None,
        store: SnapshotStore | None = None,
    ) -> None:
        self.intents = intents or default_intents()
        self.matcher = IntentMatcher(self.intents)
        self.commands = {c: i for i in self.intents for c in i.commands}
        self.command_intents = {c: i.name for c, i in self.commands.items()}
        self.by_name = {i.name: i for i in self.intents}
        self.ranker = IntentRanker(self.matcher, self.by_name)
        # Words resolve never takes for an unknown name: the intents' own, and fans' ordinary words.
        self.vocabulary = self.matcher.vocabulary | COMMON_WORDS | NETWORK_WORDS | HONORIFICS
        self.clock = clock
        self.store = store  # where reloads store their snapshot for the next start (None: nowhere)
        self.links = RememberedLinks(self.vocabulary)  # a follow-up's filled-in words are often read already
        # Readings by wording: the last check (unknown_subject_guard) reads what the pipeline just read.
        self._understood: SnapshotMemo[tuple[str, frozenset[str]], tuple[str, ...]] = SnapshotMemo(256)
        # The talk around questions, and a follow-up's own words, by wording ("and season 2?", each channel).
        self._talk_words: SnapshotMemo[tuple[str, frozenset[str]], tuple[str, ...]] = SnapshotMemo(256)
        # Whether a spelt message is plain (intents.plain_messages), as found: the last check asks again.
        self.plain: SnapshotMemo[str, bool] = SnapshotMemo(64)
        self._install(knowledge, derived if derived is not None else self._derive(knowledge))

    def _derive(self, knowledge: Knowledge, previous: EntityIndex | None = None) -> Derived:
        return derive(knowledge, self.matcher.vocabulary, previous)

    def _install(self, knowledge: Knowledge, derived: Derived) -> None:
        # One synchronous swap: no question ever sees the new facts with the old index.
        self.kb, self.derived = knowledge, derived
        self.index, self.shorthands, self.best_show, self.subjects = derived
        # Its words' spellings and readings are remembered against these names: a new snapshot starts afresh.
        # The index's own look-up, not a bound method: the engine then holds no cycle of its own, and one a
        # finished batch lets go is freed although it was frozen out of the collector (collect.py).
        is_name = self.index.names.__contains__
        self.typed_words = TypedWords(is_name, self.shorthands.name_words, self.vocabulary.__contains__)
        self.readings = KeptReadings.of(self.matcher.vocabulary, self.shorthands, is_name)

    def warm_up(self) -> None:
        """Build now the tables otherwise made by the first question needing each (tens of ms apiece), and
        import the modules deferred until first used: for a process that goes on answering, after its first
        answer. A reload builds its own tables in its thread.

        Built with the collector paused and then frozen out of it, as the snapshot is: left in the oldest
        generation, the tables' tens of thousands of objects made a later full pass stall one question
        (about 20 ms with the 43k-entity catalog)."""
        with collector_paused():
            for module in DEFERRED_MODULES:  # no later question pays for importing them
                importlib.import_module(module)
            warm_tables(self.kb, self.derived, self.vocabulary)
            self.readings.words.warm()  # the slip tables of the intents' own vocabulary

    def _derive_warm(self, read: ReadSnapshot, previous: EntityIndex) -> Derived:
        derived = read.derived  # already derived when another process (a shard, `marquee ask`) stored it
        if derived is None:
            derived = self._derive(read.knowledge, previous)
            store_snapshot(self.store, read.store_as, read.knowledge, derived)  # stored before warming
        warm_tables(read.knowledge, derived, self.vocabulary)
        return derived

    @classmethod
    async def from_sessions(
        cls,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock = _utc_now,
        store: SnapshotStore | None = None,
    ) -> QuestionEngine:
        """Load the facts from the database and build the engine; with a store, from the snapshot stored
        there when the facts and the code are unchanged, else storing the one built here for next time."""
        with collector_paused():
            async with sessions() as session:
                read = await read_snapshot(session, store)
            engine = cls(read.knowledge, clock=clock, derived=read.derived, store=store)
            if read.derived is None:
                store_snapshot(store, read.store_as, engine.kb, engine.derived)
            return engine

    @classmethod
    def from_unchanged_database(cls, url: str | None, clock: Clock = _utc_now) -> QuestionEngine | None:
        """The engine on the snapshot stored beside a SQLite database, read without opening the database,
        when opening it would change nothing and the snapshot holds its facts (what `from_sessions` would
        read after `open_database`); None otherwise, and the caller opens the database."""
        found = unchanged_store(url)
        if found is None:
            return None
        store, version = found
        with collector_paused():
            stored = store.load(version)
            if not isinstance(stored, StoredSnapshot):
                return None
            return cls(stored.knowledge, clock=clock, derived=stored.derived, store=store)

    async def reload(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        """Re-read every fact (after an import or an approved ingest).

        The new index is built in a worker thread and swapped in whole: questions asked meanwhile are
        answered from the previous snapshot instead of waiting for the reload.
        """
        with collector_paused():
            async with sessions() as session:
                read = await read_snapshot(session, self.store)
            derived = await asyncio.to_thread(self._derive_warm, read, self.index)
        self._install(read.knowledge, derived)

    def complete(self, prefix: str, kinds: set[str] | None = None, limit: int = 25) -> list[str]:
        """Show/person/character names for autocomplete, at most `limit` (Discord allows 25)."""
        return self.index.complete(prefix, kinds, min(limit, 25))

    async def answer(
        self,
        question: str,
        conversation: Conversation | None = None,
        now: dt.datetime | None = None,
        default_show: str | None = None,
        tz: str | None = None,
        *,
        composed: bool = True,
        depth: int = 0,
        whole: bool = True,
    ) -> Answer:
        """Answer one question. Never raises for bad input: it gets a short, polite Answer.

        `composed=False` answers it as a one-hop question only (the sub-questions of a composed one);
        `whole=False` answers one question of a message that asks several.
        """
        if depth > 0:  # a sub-question: the fan's own message already said which words are names
            answer = await self._answer(question, conversation, now, default_show, tz, composed, depth, whole)
            return replies.understood(answer)
        question = without_film_owner(self.index, self.kb, question or "")  # "spielberg's jaws": Jaws
        noted = note_message(question[: MAX_QUESTION_CHARS * 4])
        before = SubjectBefore.of(conversation)  # the last check reads what the thread was about
        try:
            answer = await self._answer(question, conversation, now, default_show, tz, composed, depth, whole)
            answer = guarded(self, question, conversation, before, answer)  # no other show's facts
            answer = numbers_as_typed(answer, question or "")  # "11.22.63", not "11 22 63"
            answer = possessives_as_typed(answer, typed_possessives(conversation, question))
        except Exception:  # a reading bug must cost one answer, not the bot or a batch (logged for us)
            log.exception("reading failed for a question of %d characters", len(question or ""))
            answer = Answer(
                text="Sorry, something went wrong reading that. Please try again.", kind="unknown"
            )
        finally:
            forget(noted)
        return replies.understood(answer)

    async def _answer(
        self,
        question: str,
        conversation: Conversation | None,
        now: dt.datetime | None,
        default_show: str | None,
        tz: str | None,
        composed: bool,
        depth: int,
        whole: bool,
    ) -> Answer:
        return await answer_message(
            self, question, conversation, now, default_show, tz, composed, depth, whole
        )

    def understand(self, text: str) -> list[str]:
        """The question's words folded, normalised and rephrased into the forms the intents know."""

        def read() -> tuple[str, ...]:
            return tuple(
                rephrase(emoji_read(we_are_spelt_out(text), self._normalized, self.shorthands.name_words))
            )

        return list(self._understood.get(self.kb, (text, marked_now()), read))

    def _normalized(self, text: str) -> list[str]:
        folded = fold(drop_possessives(text, self.is_name)).split()[:80]
        return normalize(
            folded,
            self.matcher.vocabulary,
            self.shorthands,
            self.is_name,
            is_character=self.is_character,
            readings=self.readings,
        )

    def asked_alone(self, now: dt.datetime | None, tz: str | None) -> Callable[[str], Awaitable[Answer]]:
        """Ask a side question outside the conversation: it neither reads nor changes what it remembers."""
        return lambda sub: self.answer(sub, Conversation(), now, None, tz, composed=False, depth=1)

    def is_name(self, key: str) -> bool:
        """Whether the folded words are a known show, film or person name."""
        # Chatter inside one ("thank you for smoking") is no chatter.
        return key in self.index.names

    def is_character(self, key: str) -> bool:
        """Whether the folded words name a character of a show Marquee knows."""
        return any(ref.kind == "character" for ref in self.index.names.get(key, ()))

    def names_of(self, key: str) -> list[str]:
        """The known names (as written) these folded words are: "G.B.F." ends with its mark."""
        return [r.name for r in self.index.names.get(key, ())]

    def link(self, tokens: list[str]) -> Resolution:
        """Link the folded words to the facts' shows, people, characters and networks."""
        return self.links.link(tokens, self.kb, self.index)

    def link_whole(self, tokens: list[str]) -> Resolution:
        """Link whole names only: no first name or surname alone read as someone."""
        return self.links.link(tokens, self.kb, self.index, partial_names=False)

    def words(self, aside: str) -> list[str]:
        """The folded, normalised words of the talk around a question (not rephrased: nothing asks there)."""

        def read() -> tuple[str, ...]:
            words = fold(aside).split()[:80]
            return tuple(
                normalize(
                    words,
                    self.matcher.vocabulary,
                    self.shorthands,
                    self.is_name,
                    asked=False,
                    readings=self.readings,
                )
            )

        return list(self._talk_words.get(self.kb, (aside, marked_now()), read))
