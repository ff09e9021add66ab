"""Choosing the intent for a resolved question and answering it (or asking which was meant)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents import replies
from intents.answer import Answer
from intents.empty_talk import asks_nothing
from intents.linking import EntityIndex
from intents.query import Conversation, Query
from intents.ranking import ANSWER_THRESHOLD, CLARIFY_THRESHOLD, MARGIN, IntentRanker
from intents.registry import Intent, Match, Subject
from intents.resolve import Resolution
from intents.subjects import Subjects
from intents.title_words import FACT_WORDS
from intents.understand.frames import decisive_frame
from intents.understand.person_activity import person_doing
from intents.understand.work_titles import credited_work


async def dispatch(
    ranker: IntentRanker,
    intents: list[Intent],
    by_name: dict[str, Intent],
    index: EntityIndex,
    kb: Knowledge,
    subjects: Subjects,
    res: Resolution,
    q: Query,
    forced: Intent | None,
    conv: Conversation,
    default_show: str | None,
) -> Answer:
    """Answer a resolved question with its best intent, or say which readings it could have."""
    if res.ambiguous and forced is None:
        return replies.which_of(res.ambiguous)
    ranked = ranker.rank(res) if forced is None else [Match(forced, 100.0)]
    top = ranked[0]
    if forced is not None and forced.name == "profile" and res.characters and not res.people:
        top = Match(next(i for i in intents if i.name == "who_plays"), 100.0)
    runner_up = next((m for m in ranked[1:] if m.intent.name != top.intent.name), None)
    unsure = top.score < ANSWER_THRESHOLD or bool(
        runner_up and top.score - runner_up.score < MARGIN and top.score < 95
    )
    asks_when = forced is None and _asks_when(res.tokens)
    if asks_when and not top.intent.answers_when:
        # "when can i watch it?" asks for a date, whatever else it says.
        unsure = True
        ranked = [m for m in ranked if m.intent.answers_when] or ranked
        top = ranked[0]
    words = " ".join(res.tokens)
    decisive = by_name.get(decisive_frame(res.slotted) or decisive_frame(words) or "")
    replaces = decisive is not None and decisive is not top.intent and bool(top.intent.description)
    # A "when" question asks for a date: no frame turns it into another relation.
    if decisive and replaces and forced is None and not asks_when:
        top, runner_up, unsure = Match(decisive, max(top.score, ANSWER_THRESHOLD)), None, False
    framed = ranker.framed(res) if unsure and forced is None else None
    if framed is not None and (framed.answers_when or not asks_when):
        # The question's own relation words name the fact: answer it rather than ask.
        top, runner_up, unsure = Match(framed, ANSWER_THRESHOLD), None, False
    elif framed is not None and top.score >= CLARIFY_THRESHOLD:  # "when is X on netflix" asks when
        runner_up, unsure = None, False
    doing = person_doing(res) if forced is None and unsure else None
    if doing is not None and doing[1] is not None:  # "what is <a name nobody knows> filming"
        return replies.no_facts_about(doing[1], index)
    if doing is not None and doing[0] in by_name:  # the person is sure, the relation was not
        top, runner_up, unsure = Match(by_name[doing[0]], ANSWER_THRESHOLD), None, False
    if top.score < CLARIFY_THRESHOLD:
        return replies.still_unknown(conv, res) or replies.dont_know(res, index)
    if unsure:
        # Both readings ask about a name nobody knows: say so rather than offer either.
        if (unknown := replies.unknown_subject(top.intent, res, index)) is not None and (
            runner_up is None or replies.unknown_subject(runner_up.intent, res, index) is not None
        ):
            return credited_work(top.intent.name, res, kb) or unknown
        options = [top] + ([runner_up] if runner_up and runner_up.score >= CLARIFY_THRESHOLD else [])
        # Only described intents are offered: a catalog sample ("what films did Marlene Dietrich act in?")
        # names something the database may not hold.
        offerable = [m for m in options if (m.intent.sample or m.intent.commands) and m.intent.description]
        if not offerable:
            return replies.still_unknown(conv, res) or replies.dont_know(res, index)
        return replies.still_unknown(conv, res) or replies.clarify(offerable, res, top.score)
    intent = top.intent
    if intent.name in replies.CATALOG_LISTINGS and res.people and not res.shows and "other_work" in by_name:
        intent = by_name["other_work"]  # "what shows has joe locke been in": his work, not the catalog
    if (unknown_credit := replies.credit_check_of_unknown(conv, res)) is not None:
        return unknown_credit
    if not replies.character_of_unknown_show(conv, intent, res):
        unknown = replies.unknown_subject(intent, res, index)
        if unknown is not None:
            return credited_work(intent.name, res, kb) or unknown
    subjects.fill(q, res, intent, conv, default_show)
    nothing_named = q.show is None and q.person is None and q.character is None
    # "whos the director, euros lyn?" after a show nobody knows: a question about a show names none.
    show_unnamed = q.show is None and intent.subject is Subject.SHOW
    if (about_it := replies.about_unknown_show(conv, intent, nothing_named or show_unnamed)) is not None:
        return about_it
    if forced is None and not (res.shows or res.people or res.characters) and asks_nothing(res.tokens):
        return replies.dont_know(res, index)  # "huh", "about who": nothing asked of the default show
    answer = await intent.handler(q)
    if answer.intent is not None and (answer.confidence >= 1.0 or replies.confidence_unset(answer)):
        return replies.with_confidence(answer, min(1.0, top.score / 100))
    return answer


_WHEN = frozenset({"when", "whens"})
_ASKING_FIRST = frozenset(
    "who whos what whats where wheres which how is are was does do did will can could has have".split()
)


# Words of a fact other than a date: before "when" they are the fact asked ("hs cast when it started").
_OTHER_FACTS = FACT_WORDS - frozenset("release premiere date out when whens".split())


def _asks_when(tokens: list[str]) -> bool:
    """Whether the question asks "when": it opens with it, or a topic comes first and "when" opens the
    question after it ("kit connor show on netflix whens the new season"), no question word nor other fact
    asked before."""
    at = next((i for i, token in enumerate(tokens) if token in _WHEN), None)
    if at is None:
        return False
    return at == 0 or (_ASKING_FIRST.isdisjoint(tokens[:at]) and _OTHER_FACTS.isdisjoint(tokens[:at]))
