"""The question-answering engine: one entry point from any platform to an Answer."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.knowledge import Knowledge, load_knowledge
from intents import replies
from intents.answer import Answer
from intents.catalog.chains import try_chain
from intents.collect import collector_paused, default_intents
from intents.derived import Derived, derive
from intents.dispatch import dispatch
from intents.linking import EntityIndex
from intents.name_evidence import forget, note_message
from intents.networks import NETWORK_WORDS, spell_network_symbols
from intents.possessives import drop_possessives
from intents.query import Conversation, Query
from intents.ranking import IntentRanker
from intents.registry import Intent, IntentMatcher, Subject
from intents.resolve import Resolution, adopt_remembered_title, resolve
from intents.text import MAX_QUESTION_CHARS, clean_input, fold, safe_fragment, split_command
from intents.timefmt import zone_or_utc
from intents.understand.also_asks import asks_also
from intents.understand.aside_titles import aside_subject, said_in_aside_only, untold_title_around
from intents.understand.asides import show_around, show_of_people_around, told_around, topic_first
from intents.understand.asking import question_part
from intents.understand.chatter_titles import subject_in_chatter
from intents.understand.compose import compose
from intents.understand.context import Composing, asks_to_check
from intents.understand.date_order import about_dates
from intents.understand.described_subjects import described_subject
from intents.understand.fanwords import COMMON_WORDS, HONORIFICS
from intents.understand.followup import follow_up, linking_once
from intents.understand.memory import remember, remember_aside, take_person, take_subject
from intents.understand.message_questions import answer_each, split_message
from intents.understand.normalize import normalize, spelt_command
from intents.understand.rephrase import rephrase

log = logging.getLogger(__name__)


Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QuestionEngine:
    """Answers questions from a knowledge snapshot; reload() picks up new facts without a restart."""

    def __init__(
        self, knowledge: Knowledge, intents: list[Intent] | None = None, clock: Clock = _utc_now
    ) -> None:
        self.intents = intents or default_intents()
        self.matcher = IntentMatcher(self.intents)
        self.commands = {c: i for i in self.intents for c in i.commands}
        self.by_name = {i.name: i for i in self.intents}
        self.ranker = IntentRanker(self.matcher, self.by_name)
        # Words resolve never takes for an unknown name: the intents' own, and fans' ordinary words.
        self.vocabulary = self.matcher.vocabulary | COMMON_WORDS | NETWORK_WORDS | HONORIFICS
        self.clock = clock
        self._set_knowledge(knowledge)

    def _set_knowledge(self, knowledge: Knowledge) -> None:
        self._install(knowledge, self._derive(knowledge))

    def _derive(self, knowledge: Knowledge, previous: EntityIndex | None = None) -> Derived:
        return derive(knowledge, self.matcher.vocabulary, previous)

    def _install(self, knowledge: Knowledge, derived: Derived) -> None:
        # One synchronous swap: no question ever sees the new facts with the old index.
        self.kb = knowledge
        self.index, self.shorthands, self.best_show, self.subjects = derived

    @classmethod
    async def from_sessions(
        cls, sessions: async_sessionmaker[AsyncSession], clock: Clock = _utc_now
    ) -> QuestionEngine:
        """Load the facts from the database and build the engine."""
        with collector_paused():
            async with sessions() as session:
                knowledge = await load_knowledge(session)
            return cls(knowledge, clock=clock)

    async def reload(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        """Re-read every fact (after an import or an approved ingest).

        The new index is built in a worker thread and swapped in whole: questions asked meanwhile are
        answered from the previous snapshot instead of waiting for the reload.
        """
        with collector_paused():
            async with sessions() as session:
                knowledge = await load_knowledge(session)
            derived = await asyncio.to_thread(self._derive, knowledge, self.index)
        self._install(knowledge, derived)

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
        noted = note_message((question or "")[: MAX_QUESTION_CHARS * 4])
        try:
            answer = await self._answer(question, conversation, now, default_show, tz, composed, depth, whole)
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
        conversation = conversation if conversation is not None else Conversation()
        raw = question or ""
        if len(raw) > MAX_QUESTION_CHARS * 4:
            return replies.invalid(
                f"That's a long message! Please ask a shorter question (under {MAX_QUESTION_CHARS} chars)."
            )
        text = clean_input(raw)
        if not text:
            return replies.invalid(replies.EMPTY_QUESTION)
        command, text = split_command(text)
        text = spell_network_symbols(text)  # "d+" -> "disney+"
        if whole and composed and depth == 0 and command is None:
            parts = split_message(text, self._is_name)
            if len(parts) > 1:
                before = conversation.saved()
                several = await self._answer_each(parts, conversation, now, default_show, tz)
                if several is not None:
                    return several
                # No part was understood alone: the message is read whole, as if they were never asked.
                conversation.restore(before)
        text, aside = question_part(text, self._names_of)
        folded = fold(drop_possessives(text, self._is_name)).split()[:80]
        tokens = rephrase(normalize(folded, self.matcher.vocabulary, self.shorthands, self._is_name))
        forced: Intent | None = None
        if command is not None:
            command = spelt_command(command, self.commands)
            if command == "ask":
                command = None
            elif command not in self.commands:
                shown = safe_fragment(command, 40)  # user-typed: never echo a mention
                return replies.invalid(f"I don't know the command “{shown}”.", points_to_help=True)
            else:
                forced = self.commands[command]
        if not tokens and forced is None:
            return replies.invalid("I didn't catch a question there. Try “who plays Nick in Heartstopper?”")
        today = (now or self.clock()).astimezone(zone_or_utc(tz)).date()
        top = composed and depth == 0  # the fan's own question, not a sub-question of a composed one
        around = self._link(self._words(aside)) if aside else None
        # Right after a show nobody knows, a first name alone ("and kit?") is no known person: linking it
        # would answer with another show's facts.
        last = conversation.last
        after_unknown = conversation.unknown is not None and last is not None and last.kind == "unknown"
        link_question = self._link_whole if after_unknown else self._link
        if top and forced is None and conversation.turns:
            # One reading per wording for this question: the follow-up reads these words again, and when it
            # leaves them as they are they are the question itself (a follow-up costs no more links).
            link = linking_once(link_question)
            linked = link(tokens)  # the question as asked, before the conversation fills it in
            # Before "was it before X?" is read against the last date: the last show may be one nobody knows.
            if conversation.unknown and (
                early := replies.comparison_with_unknown(conversation, tokens, linked)
            ):
                return early
            named = frozenset(show.id for show in linked.shows)
            asked_alone = self._asked_alone(now, tz)
            reference = await about_dates(tokens, conversation, today, self.kb, asked_alone, named)
            if reference is not None:
                remember_aside(conversation, tokens, linked, reference, self.kb)
                return reference
            if around is not None:
                said = subject_in_chatter(around.tokens, around, tokens, linked)
                titled = aside_subject(around, linked) if said is None else None
                take_subject(conversation, said if said is not None else titled)
                take_person(conversation, tokens, around)
                if titled is not None:  # "atypical fan here, who plays sam": no known show's sam
                    link = linking_once(self._link_whole)
            tokens = follow_up(tokens, conversation, link, self.kb, asks_also(text))
            res = link(tokens)
        else:
            res = link_question(tokens)
            if around is not None and top and forced is None:
                # "my sister loves gilmore girls, is it on netflix": the title in the chatter is what "it"
                # means from the first message on, even one nobody knows.
                take_subject(conversation, subject_in_chatter(around.tokens, around, tokens, res))
        if around is not None and (told := told_around(tokens, res, around)) is not None:
            tokens, res = told, link_question(told)  # "Orlando Bloom is in it right? who does he play"
        elif around is None and (topic := topic_first(tokens, link_question)) is not None:
            tokens, res = topic, link_question(topic)  # "lauren james heartstopper what does she do on it"
        if (by_person := described_subject(tokens, res, self.kb)) is not None:
            tokens, res = by_person, link_question(by_person)  # "the season newberry directed": season 3
        query = Query(text, tokens, self.kb, today, index=self.index)
        adopt_remembered_title(res, conversation.unknown)
        if (
            around is not None
            and not res.shows
            and (show_id := show_around(around) or show_of_people_around(around, res, self.kb))
        ):
            # A show named around the question ("I love heartstopper! when is the new season out?") is its
            # subject when the question itself names none.
            conversation.mention_show(show_id)
        elif around is not None and not res.shows and around.evident_title and {"it", "its"} & set(tokens):
            conversation.mention_unknown(tuple(around.evident_title))  # "just started bridgerton, is it good"
        elif around is not None and (untold := untold_title_around(around, res)) is not None:
            conversation.mention_unknown(tuple(untold))  # "the bear fan here, who created it"
            res = self._link_whole(tokens)
        conv = conversation

        async def ask(sub: str) -> Answer:
            return await self.answer(sub, conv, now, default_show, tz, composed=False, depth=depth + 1)

        async def ask_composed(sub: str) -> Answer:
            return await self.answer(sub, conv, now, default_show, tz, composed=depth < 2, depth=depth + 1)

        try:
            # A catalog question read as a relation path (intents.catalog.chains) needs no intent.
            answer = (
                replies.comparison_with_unknown(conv, tokens, res)
                or replies.someone_in_unknown(conv, tokens, res)
                if forced is None
                else None
            )
            answer = answer or (await try_chain(query) if forced is None else None)
            if answer is None and composed and forced is None and not res.ambiguous:
                show = (
                    res.shows[0]
                    if res.shows
                    else self.subjects.implied_show(res, conversation, default_show, today)
                )
                # The words as read too: an ellipsis of a check ("agatha all along?") checks again.
                # (with the question mark the fan typed: "s3 dir'd by el too?" is "directed by euros lyn")
                asked = "?" if text.rstrip().endswith("?") else ""
                checks = asks_to_check(text) or asks_to_check(" ".join(tokens) + asked)
                recent = tuple((t.show_id, t.season, t.intent) for t in reversed(conv.turns) if t.show_id)
                guessed = not (res.shows or res.people or res.characters) and not self.subjects.settled(
                    conversation, default_show
                )
                composing = Composing(
                    tokens, res, self.kb, today, show, ask, ask_composed, self._link, checks, recent, guessed,
                    conversation.unknown is not None,
                )  # fmt: skip
                answer = await compose(composing)
            if answer is None:
                answer = await dispatch(
                    self.ranker,
                    self.intents,
                    self.by_name,
                    self.index,
                    self.kb,
                    self.subjects,
                    res,
                    query,
                    forced,
                    conversation,
                    default_show,
                )
                if answer.kind in ("unknown", "clarify") and forced is None:
                    # A one-hop catalog paraphrase the intents missed ("who led [film]").
                    answer = await try_chain(query, fallback=True) or answer
                answer = said_in_aside_only(answer, tokens, res, self.index)  # "schitts creek fan here"
        except Exception:  # a handler bug must cost one answer, not the bot
            log.exception("handler failed for a question of %d characters", len(text))
            answer = Answer(
                text="Sorry, something went wrong answering that. Please try again.", kind="unknown"
            )
        answer = replies.understood(answer, res)
        if depth == 0:
            answered = self.by_name.get(answer.intent or "")
            about_person = answered is not None and answered.subject is Subject.PERSON
            remember(conversation, tokens, res, answer, self.kb, self.index, about_person)
        return answer

    async def _answer_each(
        self,
        parts: list[str],
        conv: Conversation,
        now: dt.datetime | None,
        default_show: str | None,
        tz: str | None,
    ) -> Answer | None:
        async def ask(part: str, in_conversation: bool) -> Answer:
            return await self.answer(
                part, conv if in_conversation else Conversation(), now, default_show, tz, whole=False
            )

        def names_a_subject(part: str) -> bool:
            res = self._link(self._words(part))
            return bool(res.shows or res.people or res.characters or res.unknown_title or res.leftovers)

        return await answer_each(
            parts, ask, names_a_subject, lambda: self.subjects.settled(conv, default_show), self.kb
        )

    def _asked_alone(self, now: dt.datetime | None, tz: str | None) -> Callable[[str], Awaitable[Answer]]:
        # A side question answered outside the conversation: it neither reads nor changes what it remembers.
        return lambda sub: self.answer(sub, Conversation(), now, None, tz, composed=False, depth=1)

    def _is_name(self, key: str) -> bool:
        # A known show, film or person name (chatter inside one, "thank you for smoking", is no chatter).
        return key in self.index.names

    def _names_of(self, key: str) -> list[str]:
        # The known names (as written) these folded words are: "G.B.F." ends with its mark.
        return [r.name for r in self.index.names.get(key, ())]

    def _link(self, tokens: list[str]) -> Resolution:
        return resolve(tokens, self.index, self.kb, self.vocabulary)

    def _link_whole(self, tokens: list[str]) -> Resolution:
        # Whole names only: no first name or surname alone read as someone.
        return resolve(tokens, self.index, self.kb, self.vocabulary, partial_names=False)

    def _words(self, aside: str) -> list[str]:
        words = fold(aside).split()[:80]
        return normalize(words, self.matcher.vocabulary, self.shorthands, self._is_name, asked=False)
