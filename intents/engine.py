"""The question-answering engine: one entry point from any platform to an Answer."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
from collections.abc import Callable, Iterator
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rapidfuzz import fuzz
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from db.knowledge import Knowledge, PersonFacts, ShowFacts, load_knowledge
from intents.answer import Answer
from intents.catalog.intents import with_catalog
from intents.handlers import cast, crew, meta, overview, people, premiere, show_facts
from intents.linking import EntityIndex
from intents.query import Conversation, Query
from intents.registry import Intent, IntentMatcher, Match
from intents.resolve import DOMAIN_WORDS, Resolution, resolve, unknown_variants
from intents.text import MAX_QUESTION_CHARS, STOPWORDS, clean_input, fold, safe_fragment

log = logging.getLogger(__name__)

ANSWER_THRESHOLD = 68.0  # below this the engine never answers directly
CLARIFY_THRESHOLD = 48.0  # below this it says it doesn't know
MARGIN = 7.0  # the top intent must beat the runner-up by this much
SUGGEST_CUTOFF = 88.0  # "did you mean" needs a name at least this close (rapidfuzz ratio)

Clock = Callable[[], dt.datetime]


def default_intents() -> list[Intent]:
    """Every intent Marquee answers, help last (it lists the others)."""
    intents = [
        *premiere.INTENTS,
        *cast.INTENTS,
        *crew.INTENTS,
        *show_facts.INTENTS,
        *overview.INTENTS,
        *people.INTENTS,
        *meta.INTENTS,
    ]
    # Catalog phrasings ("what films did X act in") extend the show intents; their handlers answer for films.
    intents = with_catalog(intents)
    return [*intents, meta.make_help(intents)]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a snapshot is built.

    A snapshot is hundreds of thousands of small objects without cycles; the collector's repeated passes
    over them while they are created cost more than building them (about half of a catalog's start-up).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _derived(knowledge: Knowledge) -> tuple[EntityIndex, ShowFacts | None]:
    """What the engine builds from a snapshot: the name index, and the best-covered news show (the
    fallback subject when nothing else names one)."""
    best_show = max(
        knowledge.shows.values(),
        key=lambda s: (any(knowledge.from_news(c.article_id) for c in s.credits), s.fact_count, -s.id),
        default=None,
    )
    return EntityIndex(knowledge), best_show


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
        self.clock = clock
        self._set_knowledge(knowledge)

    def _set_knowledge(self, knowledge: Knowledge) -> None:
        self.kb = knowledge
        self.index, self.best_show = _derived(knowledge)

    @classmethod
    async def from_sessions(
        cls, sessions: async_sessionmaker[AsyncSession], clock: Clock = _utc_now
    ) -> QuestionEngine:
        """Load the facts from the database and build the engine."""
        with _collector_paused():
            async with sessions() as session:
                knowledge = await load_knowledge(session)
            return cls(knowledge, clock=clock)

    async def reload(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        """Re-read every fact (after an import or an approved ingest).

        The new name index is built in a worker thread and swapped in whole: questions asked meanwhile are
        answered from the previous snapshot instead of waiting for the reload.
        """
        with _collector_paused():
            async with sessions() as session:
                knowledge = await load_knowledge(session)
            index, best_show = await asyncio.to_thread(_derived, knowledge)
        self.kb, self.index, self.best_show = knowledge, index, best_show

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
    ) -> Answer:
        """Answer one question. Never raises for bad input: it gets a short, polite Answer."""
        conversation = conversation if conversation is not None else Conversation()
        raw = question or ""
        if len(raw) > MAX_QUESTION_CHARS * 4:
            return _invalid(
                f"That's a long message! Please ask a shorter question (under {MAX_QUESTION_CHARS} chars)."
            )
        text = clean_input(raw)
        if not text:
            return _invalid("Ask me about a show, for example: “when does Heartstopper season 3 come out?”")
        command, text = _split_command(text)
        tokens = fold(text).split()[:80]
        forced: Intent | None = None
        if command is not None:
            if command == "ask":
                command = None
            elif command not in self.commands:
                shown = safe_fragment(command, 40)  # user-typed: never echo a mention
                return _invalid(f"I don't know the command “{shown}”. Try `!help` for what I can do.")
            else:
                forced = self.commands[command]
        if not tokens and forced is None:
            return _invalid("I didn't catch a question there. Try “who plays Nick in Heartstopper?”")
        today = (now or self.clock()).astimezone(_zone(tz)).date()
        res = resolve(tokens, self.index, self.kb, self.matcher.vocabulary)
        query = Query(text, tokens, self.kb, today, index=self.index)
        try:
            answer = await self._dispatch(res, query, forced, conversation, default_show)
        except Exception:  # a handler bug must cost one answer, not the bot
            # The question's length, never its text: people's messages stay out of logs.
            log.exception("handler failed for a question of %d characters", len(text))
            answer = Answer(
                text="Sorry, something went wrong answering that. Please try again.", kind="unknown"
            )
        if answer.kind == "answer" and answer.show_id is not None:
            conversation.last_show_id = answer.show_id
        return answer

    async def _dispatch(
        self, res: Resolution, q: Query, forced: Intent | None, conv: Conversation, default_show: str | None
    ) -> Answer:
        if res.ambiguous and forced is None:
            names = list(dict.fromkeys(ref.name for ref in res.ambiguous))[:3]
            return Answer(
                text="Did you mean " + " or ".join(f"“{n}”" for n in names) + "?",
                kind="clarify",
                confidence=0.5,
                suggestions=tuple(names),
            )
        ranked = self._rank(res) if forced is None else [Match(forced, 100.0)]
        top = ranked[0]
        if forced is not None and forced.name == "profile" and res.characters and not res.people:
            top = Match(next(i for i in self.intents if i.name == "who_plays"), 100.0)
        runner_up = next((m for m in ranked[1:] if m.intent.name != top.intent.name), None)
        if top.score < CLARIFY_THRESHOLD:
            return self._dont_know(res)
        if top.score < ANSWER_THRESHOLD or (
            runner_up and top.score - runner_up.score < MARGIN and top.score < 95
        ):
            # Both readings ask about a name nobody knows: say so rather than offer either.
            if (unknown := self._unknown_subject(top.intent, res)) is not None and (
                runner_up is None or self._unknown_subject(runner_up.intent, res) is not None
            ):
                return unknown
            options = [top] + ([runner_up] if runner_up and runner_up.score >= CLARIFY_THRESHOLD else [])
            offerable = [m for m in options if m.intent.sample or m.intent.commands]
            if not offerable:
                return self._dont_know(res)
            return self._clarify(offerable, res, top.score)
        intent = top.intent
        unknown = self._unknown_subject(intent, res)
        if unknown is not None:
            return unknown
        self._fill(q, res, intent, conv, default_show)
        answer = await intent.handler(q)
        if answer.intent is not None and answer.confidence >= 1.0:
            return _with_confidence(answer, min(1.0, top.score / 100))
        return answer

    def _rank(self, res: Resolution) -> list[Match]:
        ranked = self.matcher.rank(res.slotted)
        for variant in unknown_variants(res):
            candidate = self.matcher.rank(variant)
            # Reading unknown words as a name must be convincing, or chatter would look like questions.
            if candidate[0].score > ranked[0].score and candidate[0].score >= ANSWER_THRESHOLD:
                ranked = candidate
        return ranked

    def _fill(
        self, q: Query, res: Resolution, intent: Intent, conv: Conversation, default_show: str | None
    ) -> None:
        q.season = res.season.number if res.season else None
        q.latest_season = bool(res.season and res.season.latest)
        if res.shows:
            q.show, q.show_named = res.shows[0], True
        preferred = q.show.id if q.show else conv.last_show_id
        if res.characters:
            in_show = [c for c in res.characters if c.show_id == preferred]
            q.character = (in_show or res.characters)[0]
        if res.people:
            q.person = res.people[0]
            q.extra_people = res.people[1:]
        if q.show is None and q.character is not None and intent.subject == "show":
            q.show = self.kb.shows.get(q.character.show_id)
        if q.show is None and q.person is not None and intent.subject == "show":
            q.show = self._show_of(q.person, res)
        if q.show is None:
            q.show = self._context_show(conv, default_show)

    def _show_of(self, person: PersonFacts, res: Resolution) -> ShowFacts | None:
        """The show a question about a person's show means: one whose words it uses, else the newest."""
        ids = [c.show_id for c in person.credits] + [w.show_id for w in person.work if w.show_id]
        shows = [self.kb.shows[i] for i in dict.fromkeys(ids) if i in self.kb.shows]
        if not shows:
            return None
        words = set(res.tokens) - STOPWORDS - DOMAIN_WORDS
        for show in shows:
            if words & set(fold(f"{show.title} {show.synopsis or ''}").split()):
                return show
        return max(shows, key=lambda s: max((r.on or dt.date.min for r in s.releases), default=dt.date.min))

    def _context_show(self, conv: Conversation, default_show: str | None) -> ShowFacts | None:
        if conv.last_show_id is not None and conv.last_show_id in self.kb.shows:
            return self.kb.shows[conv.last_show_id]
        if default_show:
            for ref in self.index.names.get(fold(default_show), []):
                if ref.kind == "show":
                    return self.kb.shows[ref.id]
        return self.best_show

    def _unknown_subject(self, intent: Intent, res: Resolution) -> Answer | None:
        """'I don't have facts about X' when the question names something Marquee doesn't know."""
        if intent.subject == "" or not (res.leftovers or res.unknown_title):
            return None
        named_person = bool(res.people or res.characters)
        # "who plays eleven in stranger things" and "is the last of us season 2 out" name an unknown title.
        unknown_title = bool(res.unknown_title) and not res.shows
        subject_known = (intent.subject == "show" and bool(res.shows)) or named_person
        if subject_known and not unknown_title:
            return None
        display = res.unknown_name
        suggestions = self._close_names(display)
        text = f"I don't have facts about {safe_fragment(display)}."
        if suggestions:
            text += " Did you mean " + " or ".join(f"“{s}”" for s in suggestions) + "?"
        return Answer(
            text=text, kind="unknown", intent=intent.name, confidence=0.0, suggestions=tuple(suggestions)
        )

    def _close_names(self, name: str) -> list[str]:
        """Known names spelled almost like `name`: a "did you mean" only when one is really close."""
        key = fold(name)
        return [
            s for s in self.index.suggest(name, cutoff=80.0) if fuzz.ratio(key, fold(s)) >= SUGGEST_CUTOFF
        ]

    def _clarify(self, options: list[Match], res: Resolution, score: float) -> Answer:
        samples = [_rephrase(m.intent, res) for m in options]
        return Answer(
            text="Did you mean: " + " or ".join(f"“{s}”" for s in samples) + "?",
            kind="clarify",
            confidence=score / 100,
            suggestions=tuple(samples),
        )

    def _dont_know(self, res: Resolution) -> Answer:
        hint = "Try `!help` to see what I can answer."
        if res.leftovers and not res.mentions:
            suggestions = self._close_names(res.unknown_name)
            if suggestions:
                text = f"I'm not sure what you're asking. Did you mean {' or '.join(suggestions)}? {hint}"
                return Answer(text=text, kind="unknown", suggestions=tuple(suggestions))
        return Answer(text=f"Sorry, I don't know how to answer that. {hint}", kind="unknown")


def _rephrase(intent: Intent, res: Resolution) -> str:
    """The intent's sample question about the entity the user named, for "did you mean"."""
    name = (res.shows[0].title if res.shows else None) or (res.people[0].name if res.people else None)
    command = f"!{intent.commands[0]}" if intent.commands else intent.sample
    return f"{command} {name}" if name and intent.commands else command


def _split_command(text: str) -> tuple[str | None, str]:
    if text[:1] in "!/" and len(text) > 1 and text[1].isalpha():
        word, _, rest = text[1:].partition(" ")
        return word.lower(), rest
    return None, text


def _zone(tz: str | None) -> dt.tzinfo:
    if not tz:
        return dt.UTC
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _invalid(text: str) -> Answer:
    return Answer(text=text, kind="invalid")


def _with_confidence(answer: Answer, confidence: float) -> Answer:
    from dataclasses import replace

    return replace(answer, confidence=confidence)
