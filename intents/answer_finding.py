"""Finding the answer to one linked question: a comparison with a show nobody knows, a catalog relation
path, a composed question of several hops, else the best intent's handler."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from intents import replies
from intents.answer import Answer
from intents.catalog.chains import try_chain
from intents.catalog.fan_readings import fan_reading
from intents.catalog.tag_questions import for_the_tag_intents
from intents.conversation_linking import Linked
from intents.dispatch import dispatch
from intents.query import Conversation
from intents.registry import Intent
from intents.relation_reading import read_undecided
from intents.text import fold
from intents.title_words import WH_WORDS
from intents.understand.aside_titles import said_in_aside_only
from intents.understand.context import Composing, asks_to_check
from intents.understand.hedges import without_hedge
from intents.understand.team_work import team_on_work

# Words a relative clause may end on ("the show aubrey plaza is in"): a message ending so states no claim.
_STRANDED = frozenset({"in", "on", "from", "with", "for", "of"})
# A verb of playing a part with nothing after it leaves the part open ("and he plays?"): no claim to check.
_LEFT_OPEN = frozenset({"plays", "play", "playing", "as"})
_FRAGMENT_LEADS = frozenset({"and", "but", "so", "ok", "also"})  # "and in X?": an ellipsis, not a check

if TYPE_CHECKING:
    from intents.engine import QuestionEngine


async def find_answer(
    engine: QuestionEngine,
    text: str,
    linked: Linked,
    forced: Intent | None,
    conversation: Conversation,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str | None,
    today: dt.date,
    composed: bool,
    depth: int,
    aside: str = "",
) -> Answer:
    """The answer to a linked question (`forced`: the intent a command names; `aside`: the talk around it);
    sub-questions of a composed question are asked of `engine` one level deeper."""
    tokens, res, query = linked.tokens, linked.res, linked.query
    conv = conversation

    async def ask(sub: str) -> Answer:
        return await engine.answer(sub, conv, now, default_show, tz, composed=False, depth=depth + 1)

    async def ask_composed(sub: str) -> Answer:
        return await engine.answer(sub, conv, now, default_show, tz, composed=depth < 2, depth=depth + 1)

    # A catalog question read as a relation path (intents.catalog.chains) needs no intent.
    answer = (
        replies.comparison_with_unknown(conv, tokens, res) or replies.someone_in_unknown(conv, tokens, res)
        if forced is None
        else None
    )
    # Fans' wordings the path reader would misread first (fan_readings.py): "tom hanks films from the 90s",
    # "who plays neo in the matrix", "is jaws a comedy", "who starred alongside tom hanks in big".
    if answer is None and forced is None:
        answer = fan_reading(query) or await try_chain(query)
    if answer is None and forced is None:  # "who from the heartstopper team worked on doctor who"
        pointed = [conv.unknown or (), fold(aside).split()]
        answer = team_on_work(tokens, text, res, pointed, engine.kb)
    # "words describing [The Help]": a catalog tag question, the tag intents' own (catalog/tag_questions.py).
    tagged = answer is None and forced is None and for_the_tag_intents(query)
    if answer is None and composed and forced is None and not res.ambiguous and not tagged:
        show = (
            res.shows[0]
            if res.shows
            else engine.subjects.implied_show(res, conversation, default_show, today)
        )
        # The words as read too: an ellipsis of a check ("agatha all along?") checks again.
        # (with the question mark the fan typed: "s3 dir'd by el too?" is "directed by euros lyn")
        asked = "?" if text.rstrip().endswith("?") else ""
        checks = (asks_to_check(text) and not _asked_from_thread(text, tokens)) or asks_to_check(
            " ".join(tokens) + asked
        )
        recent = tuple((t.show_id, t.season, t.intent) for t in reversed(conv.turns) if t.show_id)
        guessed = not (res.shows or res.people or res.characters) and not engine.subjects.settled(
            conversation, default_show
        )
        said = without_hedge(tokens) if checks else tokens  # "... on disney+ i think": the claim alone
        composing = Composing(
            said, res, engine.kb, today, show, ask, ask_composed, engine.link, checks, recent, guessed,
            conversation.unknown is not None,
        )  # fmt: skip
        # Imported here: a question a catalog chain or one intent answers needs none of the composer's 60
        # modules (a tenth of a start's CPU); the warm-up imports them (QuestionEngine.warm_up).
        from intents.understand.compose import compose

        answer = await compose(composing)
    if answer is None:
        answer = await dispatch(
            engine.ranker,
            engine.intents,
            engine.by_name,
            engine.index,
            engine.kb,
            engine.subjects,
            res,
            query,
            forced,
            conversation,
            default_show,
        )
        if answer.kind in ("unknown", "clarify") and forced is None:
            # A one-hop catalog paraphrase the intents missed ("who led [film]").
            answer = await try_chain(query, fallback=True) or answer
        answer = said_in_aside_only(
            answer, tokens, res, engine.index, engine.matcher.vocabulary
        )  # "schitts creek fan here"
    if forced is None:
        # Still undecided: the trained relation model reads its relation words (relation_reading.py).
        answer = await read_undecided(engine, answer, res, query, conversation, default_show, depth)
    return answer


def _asked_from_thread(text: str, tokens: list[str]) -> bool:
    """Whether the question asked is one the conversation filled in from a description ending in a stranded
    preposition or a part left open, never a claim: "and the show aubrey plaza is in?" read as "where is
    agatha all along streaming", "and he plays?" as "who does joe locke play"."""
    words = fold(text).split()
    if not (tokens and words) or tokens[0] not in WH_WORDS:
        return False
    # "and in heartstopper?" after "who's in agatha all along with joe locke": a place alone, the thread's
    # question asked there ("who's in heartstopper with joe locke"), not "is he in heartstopper"
    placed = words[1:2] == ["in"] and words[0] in _FRAGMENT_LEADS
    return placed or words[-1] in _STRANDED | _LEFT_OPEN
