"""Checks of one asserted value against the facts: a network, an award, a count."""

from __future__ import annotations

import itertools

from db.knowledge import AwardFact
from intents.answer import Answer
from intents.awards import AWARD_BODIES
from intents.networks import NETWORK_NAMES
from intents.query import sources_for
from intents.text import count_in_words, fold
from intents.understand.context import Composing, verdict
from intents.understand.seasons_out import seasons_out_so_far


def network_named(c: Composing) -> str | None:
    """A network or streamer the question names even when no fact mentions it ("is salt marsh on itv")."""
    for words, name in NETWORK_NAMES:
        if c.has(*words):
            return name
    return None


async def network_check(c: Composing, asked: str) -> Answer | None:
    """'is heartstopper on netflix': the network asked about against where the show is."""
    show = c.res.shows[0] if c.res.shows else c.show
    if show is None:
        return None
    where = await c.ask(f"where can i watch {show.title}")
    if where.kind != "answer":
        return None
    held = [fold(n) for n in where.answers]
    yes = any(fold(asked) in h or h in fold(asked) for h in held)
    return verdict(yes, "Yes." if yes else "No.", where, "where_to_watch")


async def award_check(c: Composing, body: str) -> Answer | None:
    show = c.show if not c.res.shows else c.res.shows[0]
    if show is None:
        return None
    won_asked = c.has("win", "won", "wins", "winner")
    awards = [a for a in show.awards if fold(body) in fold(a.body)]
    sources = sources_for(c.kb, [a.article_id for a in awards])
    real = [a for a in awards if a.outcome in ("won", "nominated")]
    wins = [a for a in real if a.outcome == "won"]
    # "like no emmys at all?", "so 0 baftas?": the fan asserts there are none, which no record confirms.
    none_claimed = _claims_none(c.tokens, body)
    if not awards:
        # A yes/no says no first (yes to a claim of none); the nominations it does have follow.
        said = "Yes, as far" if none_claimed else "No, not as far"
        text = f"{said} as my facts go: I have no {body} nominations on record for {show.title}."
        others = [a for a in show.awards if a.outcome in ("won", "nominated")]
        text += _other_bodies(others)
        return Answer(
            text=text,
            kind="answer",
            intent="awards",
            confidence=0.6,
            answers=("Yes" if none_claimed else "No",),
            sources=sources_for(c.kb, [a.article_id for a in others]),
            show_id=show.id,
        )
    hits = wins if won_asked else real
    asked = _asked_category(c, body, show.title)
    if asked and any(a.category for a in hits):
        # "nominated for best drama at the baftas" asserts a category too: only those count.
        hits = [a for a in hits if a.category and set(fold(a.category).split()) & asked]
        if not hits:
            named = ", ".join(a.category or "" for a in real if a.category)
            text = f"No. {show.title}'s {body} nominations are for {named}."
            return verdict(False, text, Answer(text="", kind="answer", sources=sources), "awards")
    categories = [a.category for a in hits if a.category]
    what = "won" if won_asked else "been nominated for"
    # "did heartstopper get 5 bafta nominations?" asserts a count too.
    season = c.res.season.number if c.res.season else None
    counted = [int(t) for t in c.tokens if t.isdigit() and int(t) != season and int(t) < 1900]
    # "five bafta nominations i'm pretty sure": a count in words before what it counts
    # ("one bafta nomination" says at least one: no count to check)
    in_words = [
        _COUNTS[t]
        for i, t in enumerate(c.tokens)
        if t in _COUNTS and _COUNTS[t] > 1 and set(c.tokens[i + 1 : i + 3]) & _AWARDED
    ]
    agrees = not (counted or in_words) or (counted or in_words)[0] == len(hits)
    agrees = agrees and not (none_claimed and hits)
    if hits:
        detail = f" ({', '.join(categories)})" if categories else ""
        said, plural = ("Yes" if agrees else "No"), ("s" if len(hits) != 1 else "")
        # the fan's own number comes back in the form they wrote it ("5" is answered with "3", not "three")
        count = str(len(hits)) if counted else count_in_words(len(hits))
        text = f"{said}. {show.title} has {what} {count} {body} award{plural}{detail}."
    elif won_asked and real:
        categories_named = [a.category for a in real if a.category]
        detail = f" ({', '.join(categories_named)})" if categories_named else ""
        noun = "award" if len(real) == 1 else "awards"
        # The news reports nominations; a win it never reports is not known to be no win.
        text = (
            f"No win I know of: my facts don't report one. {show.title} has been nominated for "
            f"{count_in_words(len(real))} {body} {noun}{detail}."
        )
    else:
        text = f"{'Yes' if none_claimed else 'No'}. {show.title} has not {what} any {body} awards."
        if won_asked:
            # "has it won emmys?" of a show the body never nominated: the stronger fact is said too.
            text = text.removesuffix(".") + ": it has not been nominated for one."
        others = [
            a for a in show.awards if a.outcome in ("won", "nominated") and fold(body) not in fold(a.body)
        ]
        text += _other_bodies(others)
        sources = tuple(dict.fromkeys((*sources, *sources_for(c.kb, [a.article_id for a in others]))))
    return Answer(
        text=text,
        kind="answer",
        intent="awards",
        confidence=1.0,
        answers=(
            "Yes" if (hits and agrees) or (none_claimed and not hits) else "No",
            *(a.category or a.body for a in hits),
        ),
        sources=sources,
        show_id=show.id,
    )


# Words saying there are none of what follows ("no emmys", "0 baftas", "zero nominations").
_NONE_WORDS = frozenset({"no", "0", "zero"})


def _claims_none(tokens: list[str], body: str) -> bool:
    """Whether the words assert there are none of the award body's ("like no emmys at all?")."""
    return any(
        word in _NONE_WORDS and AWARD_BODIES.get(after) == body for word, after in itertools.pairwise(tokens)
    )


def _other_bodies(others: list[AwardFact]) -> str:
    """What it has instead: " It has three BAFTA nominations: Music, Writing, Memorable Moment."."""
    by_body: dict[str, list[str]] = {}
    for award in others:
        by_body.setdefault(award.body, []).append(award.category or award.body)
    text = ""
    for other_body, categories in by_body.items():
        plural = "s" if len(categories) > 1 else ""
        text += f" It has {count_in_words(len(categories))} {other_body} nomination{plural}: "
        text += ", ".join(categories) + "."
    return text


_COUNTS = {
    word: n
    for n, word in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}
# Words that count only the seasons out by now ("two seasons out so far").
_SO_FAR = ("out", "so far", "released", "available", "aired", "streaming", "out now", "to watch")
_AWARDED = frozenset({"nominations", "nomination", "noms", "nods", "awards", "wins", "baftas", "emmys"})
_COUNTED = frozenset({"episodes", "episode", "eps", "seasons", "season"})


async def count_check(c: Composing) -> Answer | None:
    """'does andor season 2 have 12 episodes?': the asserted count against the reported one."""
    season = c.res.season.number if c.res.season else None
    asserted = [int(t) for t in c.tokens if t.isdigit() and int(t) != season]
    # "is it seven episodes long": a count in words before what it counts
    asserted += [
        _COUNTS[t] for t, after in itertools.pairwise(c.tokens) if t in _COUNTS and after in _COUNTED
    ]
    if not asserted:
        return None
    episodes = c.has("episodes", "episode")
    sub = await c.ask(f"how many {'episodes' if episodes else 'seasons'} does {c.subject_words()} have")
    if sub.kind != "answer" or not sub.answers:
        return None
    show = c.res.shows[0] if c.res.shows else c.show
    out = seasons_out_so_far(show, c.today) if show is not None and not episodes else None
    if out is not None and c.has(*_SO_FAR) and str(out) not in sub.answers[:1]:
        # "it has two seasons out so far, right?": the seasons out, not those counting one still to come
        yes = asserted[0] == out
        return verdict(yes, "Yes." if yes else "No.", sub, sub.intent or "seasons")
    yes = str(asserted[0]) in sub.answers[:1]
    return verdict(yes, "Yes." if yes else "No.", sub, sub.intent or "seasons")


async def category_check(c: Composing) -> Answer | None:
    """'was severance nominated for outstanding drama series?': a category named in the question."""
    show = c.res.shows[0] if c.res.shows else c.show
    if show is None:
        return None
    asked = set(c.tokens) - _COMMON
    hits = [a for a in show.awards if a.category and set(fold(a.category).split()) & asked]
    if not hits:
        return None
    won_asked = c.has("win", "won", "wins")
    decided = (
        [a for a in hits if a.outcome == "won"] if won_asked else [a for a in hits if a.outcome != "none"]
    )
    overview = await c.ask(f"what awards has {show.title} been nominated for")
    base = overview if overview.kind == "answer" else Answer(text="", kind="answer")
    return verdict(bool(decided), "Yes." if decided else "No.", base, "awards")


def _asked_category(c: Composing, body: str, title: str) -> set[str]:
    """The category words after 'for' or 'best' ("for best drama at the baftas" -> {"drama"})."""
    starts = [i for i, t in enumerate(c.tokens) if t in ("for", "best")]
    if not starts:
        return set()
    words = set(c.tokens[starts[0] + 1 :]) - _COMMON - _AWARD_WORDS - set(fold(f"{body} {title}").split())
    return {w for w in words if not w.isdigit()}


_AWARD_WORDS = frozenset(
    """at in any a an bafta baftas emmy emmys golden globe globes oscar oscars sag peabody category categories
    get got ever""".split()
)
_COMMON = frozenset(
    """was is did has have been the a an for of nominated nomination nominations won win wins award awards
    it its this show series season best outstanding""".split()
) | frozenset("bunch lot lots few couple several many some load loads ton tons handful".split())  # a count
