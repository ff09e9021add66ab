"""Comparisons and choices between two subjects: which premiered first, how many days between two premieres,
which is rated higher, which has more episodes. Each side's value is a one-hop fact; the answer names both."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from db.knowledge import RatingFact, ShowFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.timefmt import long_date
from intents.understand.context import Composing

_SEPARATORS = frozenset({"or", "and", "than", "vs", "versus", "before", "after", "between"})


class Measure(enum.Enum):
    """What two subjects are compared by."""

    PREMIERE = "premiere"
    RATING = "rating"
    EPISODES = "episodes"
    AWARDS = "awards"
    DIRECTORS = "directors"
    CAST = "cast"


@dataclass(frozen=True)
class Side:
    """One subject of a comparison: a show and perhaps one of its seasons, with the rating words near it."""

    show: ShowFacts
    season: int | None
    words: frozenset[str]

    @property
    def label(self) -> str:
        return f"{self.show.title} season {self.season}" if self.season else self.show.title


_ASKS_COMPARISON = re.compile(
    r"\b(which|what) (one |show |season |series )?(is |was |came |comes |premiered |aired |dropped |"
    r"released |started |has |had |got |gets )?"
    r"(first|earlier|sooner|later|newer|older|higher|better|lower|worse|more|fewer|longer|shorter)\b"
    r"|\bcame first\b|\bwhich (came|comes|premiered|aired|dropped|released|started)"
    r"|\b(before|after)\b|\bbetween\b|\b(higher|lower|better|worse|more|fewer) .*\bthan\b"
    r"|\bwhich (is|has) (the )?(better|higher|lower|more)|\bsooner\b"
    r"|\bwhich\b.*\b(higher|lower|better|worse|more|fewer|first|earlier|later|sooner)\b"
    r"|\b(higher|lower|better|worse|more|fewer|first|earlier|sooner)\b.*\bor\b"
)


def _measure(c: Composing) -> Measure:
    if c.has("nominations", "nominated", "noms", "awards", "wins", "emmys", "baftas"):
        return Measure.AWARDS
    if c.has("directors", "director"):
        return Measure.DIRECTORS
    if c.has("cast", "actors", "cast members", "stars"):
        return Measure.CAST
    if c.has("episodes", "episode", "eps", "longer season", "shorter season"):
        return Measure.EPISODES
    if c.has(
        "rated",
        "rating",
        "ratings",
        "score",
        "scores",
        "rotten",
        "tomatoes",
        "imdb",
        "critics",
        "audience",
        "reviewed",
        "higher",
        "lower",
        "better",
        "worse",
    ):
        return Measure.RATING
    return Measure.PREMIERE


def _sides(c: Composing) -> list[Side]:
    """The two subjects: each named show with the season after it, or, for one show, each season named."""
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    distinct = {m.refs[0].id for m in shows}
    if len(distinct) >= 2:
        sides: list[Side] = []
        for n, mention in enumerate(shows):
            end = shows[n + 1].start if n + 1 < len(shows) else len(c.tokens)
            # "season 2 of andor": a season just before the title belongs to it too.
            start = (
                mention.start - 3
                if mention.start >= 3 and c.tokens[mention.start - 1] == "of"
                else mention.start
            )
            words = c.tokens[start:end]
            res = c.link(words)
            show = c.kb.shows.get(mention.refs[0].id)
            if show is not None:
                season = res.season.number if res.season else None
                sides.append(Side(show, season, frozenset(words)))
        return sides
    return _sides_by_separator(c)


def _sides_by_separator(c: Composing) -> list[Side]:
    """The subjects on each side of 'or', 'and', 'than', 'before', 'between' (outside linked names)."""
    inside = {i for m in c.res.mentions for i in range(m.start + 1, m.end)}
    parts: list[list[str]] = [[]]
    for i, token in enumerate(c.tokens):
        if token in _SEPARATORS and i not in inside:
            parts.append([])
        else:
            parts[-1].append(token)
    sides: list[Side] = []
    for words in parts:
        if not words:
            continue
        if len(words) == 1 and words[0].isdigit() and sides:
            # "seasons 1 and 2": a bare number continues the season list of the side before it
            sides.append(Side(sides[-1].show, int(words[0]), frozenset(words)))
            continue
        res = c.link(words)
        season = res.season.number if res.season else None
        show = res.shows[0] if res.shows else (sides[-1].show if sides else c.show)
        if (res.shows or season is not None) and show is not None:
            sides.append(Side(show, season, frozenset(words)))
    return sides


async def compare(c: Composing) -> Answer | None:
    """Answer a comparison or a choice between two subjects, or None when the question is not one."""
    text = " ".join(c.tokens)
    if not _ASKS_COMPARISON.search(text):
        return None
    measure = _measure(c)
    if measure is Measure.RATING and c.has("critics") and c.has("audience", "audiences", "fans", "viewers"):
        one = _same_show_scores(c)
        if one is not None:
            return one
    sides = _sides(c)
    if len(sides) < 2 or sides[0] == sides[1]:
        return None
    a, b = sides[0], sides[1]
    if measure is Measure.PREMIERE:
        return await _dates(c, a, b)
    if measure is Measure.RATING:
        return _ratings(c, a, b)
    if measure is Measure.EPISODES:
        return _episodes(c, a, b)
    return _counts(c, measure, a, b)


async def _premiere(c: Composing, side: Side) -> tuple[dt.date, Answer] | None:
    question = (
        f"when did {side.label} premiere" if side.season else f"when did {side.show.title} first premiere"
    )
    answer = await c.ask(question)
    if answer.kind != "answer" or not answer.answers:
        return None
    try:
        return dt.date.fromisoformat(answer.answers[0]), answer
    except ValueError:
        return None


async def _dates(c: Composing, a: Side, b: Side) -> Answer | None:
    first, second = await _premiere(c, a), await _premiere(c, b)
    missing = [s.label for s, v in ((a, first), (b, second)) if v is None]
    if first is None or second is None:
        return Answer(
            text=f"I don't have a premiere date for {' or '.join(missing)}, so I can't compare them.",
            kind="answer",
            intent="premiere",
            confidence=0.6,
        )
    (da, ans_a), (db, ans_b) = first, second
    sources = tuple(dict.fromkeys((*ans_a.sources, *ans_b.sources)))
    gap = abs((db - da).days)
    verb = "premiered" if max(da, db) <= c.today else "premiere" + ("s" if min(da, db) > c.today else "(d)")
    both = f"{a.label} {verb} on {long_date(da)} and {b.label} on {long_date(db)}"
    if da == db:
        lead = f"They premiere{'d' if da <= c.today else ''} on the same day, {long_date(da)}."
    elif c.has("between", "how many days", "how long", "how many weeks", "how much time"):
        lead = f"There are {gap} days between them: {both}."
    elif c.is_yes_no and c.has("before", "after"):
        before = da < db
        yes = before if c.has("before") else not before
        lead = f"{'Yes' if yes else 'No'}. {both} ({gap} days {'later' if before else 'earlier'})."
    else:
        early, late = (a, b) if da < db else (b, a)
        wants_later = c.has("later", "newer", "last", "second")
        pick = late if wants_later else early
        tense = "came" if min(da, db) <= c.today else "comes"
        lead = f"{pick.label} {tense} {'later' if wants_later else 'first'}: {both}, {gap} days apart."
    return Answer(
        text=lead,
        kind="answer",
        intent="premiere",
        confidence=1.0,
        answers=(da.isoformat(), db.isoformat(), str(gap)),
        sources=sources,
    )


def _rating(side: Side, c: Composing) -> RatingFact | None:
    site = "imdb" if c.has("imdb") else "rotten tomatoes"
    audience = bool(side.words & {"audience", "audiences", "fans", "viewers"}) or (
        c.has("audience") and not c.has("critics")
    )
    wanted = [r for r in side.show.ratings if site in r.source.lower()]
    if site == "rotten tomatoes":
        wanted = [r for r in wanted if (r.audience != "critics") == audience] or wanted
    return wanted[0] if wanted else None


def _score(r: RatingFact) -> str:
    return f"{r.value:g}%" if r.scale in ("%", "percent") else f"{r.value:g}/{r.scale}"


def _ratings(c: Composing, a: Side, b: Side) -> Answer:
    ra, rb = _rating(a, c), _rating(b, c)
    if ra is None or rb is None:
        lacking = " or ".join(s.show.title for s, r in ((a, ra), (b, rb)) if r is None)
        return Answer(
            text=f"I don't have that score for {lacking}, so I can't compare them.",
            kind="answer",
            intent="ratings",
            confidence=0.6,
        )
    ids = [ra.article_id, rb.article_id]
    both = f"{a.label} has {_score(ra)} ({ra.source}, {ra.audience}) and {b.label} {_score(rb)}"
    if ra.value == rb.value:
        lead = f"They're the same: {both}."
    elif c.is_yes_no:
        higher = ra.value > rb.value
        yes = higher if not c.has("lower", "worse") else not higher
        lead = f"{'Yes' if yes else 'No'}. {both}."
    else:
        best = a if ra.value > rb.value else b
        lead = f"{best.label} is rated higher: {both}."
    return Answer(
        text=lead,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(_score(ra), _score(rb)),
        sources=sources_for(c.kb, ids),
    )


def _same_show_scores(c: Composing) -> Answer | None:
    show = c.res.shows[0] if c.res.shows else c.show
    if show is None or (c.res.shows and len({s.id for s in c.res.shows}) > 1):
        return None
    rt = [r for r in show.ratings if "rotten" in r.source.lower()]
    critics = next((r for r in rt if r.audience == "critics"), None)
    audience = next((r for r in rt if r.audience != "critics"), None)
    if critics is None or audience is None:
        return None
    higher = critics.value > audience.value
    asks_lower = c.has("lower", "worse")
    yes = (not higher) if asks_lower else higher
    verdict = ("Yes. " if yes else "No. ") if c.is_yes_no else ""
    which = "critics score" if higher else "audience score"
    text = (
        f"{verdict}{show.title}'s {which} is higher on Rotten Tomatoes: {_score(critics)} from critics and "
        f"{_score(audience)} from audiences."
    )
    if critics.value == audience.value:
        text = f"They're the same: {_score(critics)} from critics and from audiences."
    ids = [critics.article_id, audience.article_id]
    return Answer(
        text=text,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(_score(critics), _score(audience)),
        sources=sources_for(c.kb, ids),
        show_id=show.id,
    )


def _episode_count(side: Side) -> int | None:
    if side.season is None:
        total = sum(s.episodes or 0 for s in side.show.seasons)
        return total or None
    for s in side.show.seasons:
        if s.number <= side.season <= (s.through or s.number) and s.episodes and not s.through:
            return s.episodes
    return None


def _episodes(c: Composing, a: Side, b: Side) -> Answer:
    ea, eb = _episode_count(a), _episode_count(b)
    if ea is None or eb is None:
        lacking = " or ".join(s.label for s, n in ((a, ea), (b, eb)) if n is None)
        return Answer(
            text=f"I don't have an episode count for {lacking}.",
            kind="answer",
            intent="seasons",
            confidence=0.6,
        )
    both = f"{a.label} has {ea} episodes and {b.label} has {eb}"
    if c.has("total", "altogether", "combined", "in all"):
        lead = f"{ea + eb} episodes in all: {both}."
    elif ea == eb:
        lead = f"They have the same number: {both}."
    elif c.is_yes_no:
        yes = ea > eb if not c.has("fewer", "less") else ea < eb
        lead = f"{'Yes' if yes else 'No'}. {both}."
    else:
        more = a if ea > eb else b
        lead = f"{more.label} has more: {both}."
    return Answer(text=lead, kind="answer", intent="seasons", confidence=1.0, answers=(str(ea), str(eb)))


_COUNTED = {Measure.AWARDS: "award nominations", Measure.DIRECTORS: "directors", Measure.CAST: "cast members"}


def _count(c: Composing, measure: Measure, side: Side) -> tuple[int, list[int]]:
    """How many of the measured things a side has, and the articles that say so."""
    show = side.show
    if measure is Measure.AWARDS:
        body = next((w for w in ("emmy", "bafta", "golden globe", "oscar", "sag") if c.has(w, w + "s")), None)
        awards = [a for a in show.awards if a.outcome != "none" and (body is None or body in a.body.lower())]
        return len(awards), [a.article_id for a in awards]
    role = "director" if measure is Measure.DIRECTORS else "actor"
    credits = [
        cr
        for cr in show.credits
        if cr.role == role and (side.season is None or not cr.seasons or str(side.season) in cr.seasons)
    ]
    return len({cr.person_id for cr in credits}), [cr.article_id for cr in credits]


def _counts(c: Composing, measure: Measure, a: Side, b: Side) -> Answer:
    (na, ids_a), (nb, ids_b) = _count(c, measure, a), _count(c, measure, b)
    what = _COUNTED[measure]
    both = f"{a.label} has {na} {what} on record and {b.label} has {nb}"
    if na == nb:
        lead = f"They have the same number: {both}."
    elif c.is_yes_no:
        yes = na > nb if not c.has("fewer", "less") else na < nb
        lead = f"{'Yes' if yes else 'No'}. {both}."
    else:
        lead = f"{(a if na > nb else b).label} has more: {both}."
    return Answer(
        text=lead,
        kind="answer",
        intent=measure.value,
        confidence=0.9,
        answers=(str(na), str(nb)),
        sources=sources_for(c.kb, [*ids_a, *ids_b]),
    )
