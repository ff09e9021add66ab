"""Comparisons and choices between two subjects: which premiered first, how many days between two premieres,
which is rated higher, which has more episodes. Each side's value is a one-hop fact; the answer names both."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from intents.answer import Answer
from intents.query import sources_for
from intents.timefmt import long_date
from intents.understand.compare_counts import counts, episodes, ranked_episodes, season_counts
from intents.understand.compare_scores import ranked, ratings, same_show_scores
from intents.understand.context import Composing, merged_sources
from intents.understand.sides import Measure, Side, sides_of

_ASKS_COMPARISON = re.compile(
    r"\b(which|what) (one |show |season |series )?(is |was |came |comes |premiered |aired |dropped |"
    r"released |started |has |had |got |gets )?"
    r"(first|earlier|sooner|later|newer|older|higher|better|lower|worse|more|fewer|longer|shorter)\b"
    r"|\bcame first\b|\bwhich (came|comes|premiered|aired|dropped|released|started)"
    r"|\b(before|after)\b|\bbetween\b"
    r"|\b(higher|lower|better|worse|more|fewer|older|newer|earlier|later|bigger|smaller|larger|longer|shorter)"
    r" .*\bthan\b"
    r"|\bwhich\b.*\b(bigger|smaller|larger)\b"
    r"|\bwhich (is|has) (the )?(better|higher|lower|more)|\bsooner\b"
    r"|\b(which|whose|what)\b.*\b(higher|lower|better|worse|more|fewer|first|earlier|later|sooner|older"
    r"|newer|shorter|longer)\b"
    r"|\b(higher|lower|better|worse|more|fewer|first|earlier|sooner)\b.*\bor\b"
    r"|\bhow (many (days|weeks)|long)( is it| will it be| was it)? from\b.*\bto\b"
    r"|\bseparate\b|\bapart\b|\bhow far\b|\bdifference\b|\bgap\b|\bvs\b|\bversus\b|\brank\b"
    r"|\bwhich\b.*\b(last|latest|newest|oldest|highest|lowest|best|worst|most|fewest|longest|shortest)\b"
    r"|\bin total\b|\baltogether\b|\bcombined\b|^(so )?(the )?total$|\boverall\b"
    r"|\bby how (much|many)\b|\bhow (many|much) more\b|\bwhich (one )?(has|had|got)\b"
    r"|^(is|was|does|did) .*\b(later|earlier|sooner|newer|older)$"
    r"|\b(critics?|audiences?|fans)\b.*\b(above|below|over|under)\b.*\b(critics?|audiences?|fans)\b"
    r"|\b(critics?|audiences?|fans|viewers)\b.*\b(liked?|loved?|rated?|preferred|prefer)\b.*\b(more|less|better)\b"
)


_ABOUT_AN_ENDING = (
    "ending",
    "end",
    "ends",
    "final",
    "renewed",
    "renew",
    "cancelled",
    "canceled",
    "last season",
)


# Words that count seasons ("does X have more seasons than Y"), not a season named ("season 3 or Y").
_SEASON_COUNTS = tuple(
    f"{lead} {noun}"
    for lead in ("more", "fewer", "less", "most", "fewest", "how many", "number of", "as many", "same")
    for noun in ("seasons", "series")
)


def _measure(c: Composing) -> Measure:
    if c.has(*_SEASON_COUNTS):
        return Measure.SEASONS
    if c.has("nominations", "nominated", "noms", "awards", "wins", "emmys", "baftas"):
        return Measure.AWARDS
    if c.has("directors", "director"):
        return Measure.DIRECTORS
    if c.has("cast", "actors", "cast members", "stars"):
        return Measure.CAST
    if c.has("episodes", "episode", "eps", "longer", "shorter", "longest", "shortest", "in total"):
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
        "fans",
        "viewers",
        "liked",
        "loved",
        "preferred",
    ):
        return Measure.RATING
    return Measure.PREMIERE


_OUTSIDE_NAMES_LATER = frozenset({"later", "newer", "last", "second", "latest", "newest", "recent"})


def _asking_words(c: Composing) -> set[str]:
    """The question's words outside the names it links."""
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    return {t for i, t in enumerate(c.tokens) if i not in named}


async def compare(c: Composing) -> Answer | None:
    """Answer a comparison or a choice between two subjects, or None when the question is not one."""
    # The words that ask, outside names: "which service is the last of us on" compares nothing.
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    text = " ".join("x" if i in named else t for i, t in enumerate(c.tokens))
    if not _ASKS_COMPARISON.search(text) or c.has(*_ABOUT_AN_ENDING):
        return None  # "is heartstopper ending after season 3?" asks about renewal, not two premieres
    measure = _measure(c)
    if c.has("more", "fewer", "less"):
        measure = _measure_from(c, measure)  # "is that more than s1 had?": more of what was just asked
    if measure is Measure.RATING and c.has("critics") and c.has("audience", "audiences", "fans", "viewers"):
        one = same_show_scores(c)
        if one is not None:
            return one
    sides = sides_of(c)
    if len(sides) < 2 and _measure_from(c, measure) is Measure.RATING and _one_show_rated(c):
        return same_show_scores(c)  # "which is higher?" after its critics and its audience score
    if len(sides) == 1 and (other := _other_talked_about(c, sides[0])) is not None:
        sides = [sides[0], other]  # "is andor later?": than the other show just talked about
        measure = _measure_from(c, measure)  # "so andor has how many more": more of what was asked
    if len(sides) < 2 and (earlier := _sides_asked_before(c)):
        # "which of those three is highest?": the shows the last answers were about.
        sides = earlier
        measure = _measure_from(c, measure)
    if len(sides) < 2 or sides[0] == sides[1]:
        return None
    a, b = sides[0], sides[1]
    if a.show.id != b.show.id:
        a, b = _season_talked_about(c, a), _season_talked_about(c, b)
    if measure is Measure.PREMIERE:
        return await _dates(c, a, b)
    if measure is Measure.RATING:
        return ranked(c, sides) if len(sides) > 2 else ratings(c, a, b)
    if measure is Measure.EPISODES:
        return ranked_episodes(sides) if len(sides) > 2 else episodes(c, a, b)
    if measure is Measure.SEASONS:
        return season_counts(c, a.show, b.show)
    return counts(c, measure, a, b)


_RECALL_WORDS = ("those", "them", "they", "the three", "the two", "both", "which is", "which one", "in total",
                 "total", "overall", "apart", "gap", "difference", "by how much", "by how many",
                 "how many more", "how much more", "which has", "which had",
                 "altogether", "combined", "which of")  # fmt: skip
_MEASURE_OF_INTENT = {"ratings": Measure.RATING, "seasons": Measure.EPISODES, "premiere": Measure.PREMIERE}


def _season_talked_about(c: Composing, side: Side) -> Side:
    """A show compared without a season is the season the conversation just asked about, if one ("when does
    tlou s2 come out" ... "how many days after tlou is andor")."""
    if side.season is not None:
        return side
    season = next((n for show_id, n, _ in c.recent if show_id == side.show.id and n is not None), None)
    return Side(side.show, season, side.words, side.through) if season is not None else side


def _other_talked_about(c: Composing, side: Side) -> Side | None:
    """The show the conversation talked about last besides the side's, with its season."""
    for show_id, season, _ in c.recent:
        show = c.kb.shows.get(show_id)
        if show is not None and show_id != side.show.id:
            return Side(show, season, frozenset())
    return None


def _sides_asked_before(c: Composing) -> list[Side]:
    """The distinct shows (and seasons) of the last three answers, when the question points back at them."""
    if not c.has(*_RECALL_WORDS):
        return []
    found: list[Side] = []
    for show_id, season, _intent in c.recent[:3]:
        show = c.kb.shows.get(show_id)
        if show is not None and all((s.show.id, s.season) != (show_id, season) for s in found):
            found.append(Side(show, season, frozenset()))
    return found[::-1] if len(found) >= 2 else []


def _one_show_rated(c: Composing) -> bool:
    """Whether the scores talked about last are one show's: its critics and its audience score asked in two
    questions, or in one that no question about another show's scores came just before."""
    shows = [show for show, _season, _intent in c.recent[:2]]
    intents = [intent for _show, _season, intent in c.recent[:2]]
    if len(shows) == 2 and shows[0] == shows[1]:
        return True
    return intents[:1] == ["ratings"] and intents[1:2] != ["ratings"]


def _measure_from(c: Composing, measure: Measure) -> Measure:
    """What the earlier answers measured, when the question's own words don't say ("which is higher?")."""
    if measure is not Measure.PREMIERE or c.has("first", "earlier", "sooner", "later", "newer", "older"):
        return measure
    intent = c.recent[0][2] if c.recent else None
    return _MEASURE_OF_INTENT.get(intent or "", measure)


@dataclass(frozen=True)
class _Premiere:
    """A side's premiere: the day to compare by, how to say it, and the answer that gave it."""

    day: dt.date
    said: str  # "on Thursday, October 3, 2024", or "in 2022" when only the year is known
    answer: Answer


async def _premiere(c: Composing, side: Side) -> _Premiere | None:
    """The side's premiere from the facts: its season's, or the show's first; a year the question names
    ("what premieres first in 2025") narrows it; a year alone counts when no day is known."""
    releases = [
        r
        for r in side.show.releases
        if side.season is None or r.season == side.season or (side.season == 1 and r.season is None)
    ]
    years = [int(t) for t in c.tokens if t.isdigit() and len(t) == 4 and t.startswith(("19", "20"))]
    if years:
        releases = [r for r in releases if (r.on.year if r.on else r.year) in years] or releases
    known = [r for r in releases if r.on is not None or r.year is not None]
    first = min(known, key=lambda r: r.on or dt.date(r.year or 1, 1, 1), default=None)
    if first is None:
        return None
    sourced = Answer(text="", sources=sources_for(c.kb, [first.article_id]))
    if first.on is not None:
        return _Premiere(first.on, f"on {long_date(first.on)}", sourced)
    return _Premiere(dt.date(first.year or 1, 1, 1), f"in {first.year}", sourced)


_EARLIER_WORDS = ("before", "older", "earlier", "sooner")
_LATER_WORDS = ("after", "newer", "later")


def _verb(day: dt.date, today: dt.date) -> str:
    return "premiered" if day <= today else "premieres"


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
    da, db = first.day, second.day
    sources = merged_sources(first.answer, second.answer)
    gap = abs((db - da).days)
    both = f"{a.label} {_verb(da, c.today)} {first.said} and {b.label} {_verb(db, c.today)} {second.said}"
    exact = "in " not in first.said + second.said  # a year alone gives no day count
    # "between X and Y, which premiered first?" picks one; "how many days between" counts.
    picks = c.has("which", "what", "whats") and c.has(*_EARLIER_WORDS, *_LATER_WORDS, "first", "last")
    if not exact and da.year == db.year:
        # A year alone cannot be ordered against a day of that year (nor the same day claimed).
        only_year = " or ".join(s.label for s, v in ((a, first), (b, second)) if v.said.startswith("in "))
        lead = f"Both premiere{'d' if min(da, db) <= c.today else ''} in {da.year}: {both}. I only know the "
        lead += f"year for {only_year}, so I can't say which came first."
    elif da == db:
        lead = f"They premiere{'d' if da <= c.today else ''} on the same day, {long_date(da)}."
    elif not picks and c.has(
        "between",
        "how many days",
        "how long",
        "how many weeks",
        "how much time",
        "apart",
        "how far",
        "gap",
        "separate",
        "number of days",
        "by how many",
        "by how much",
    ):
        weeks = f" (about {round(gap / 7)} weeks)" if c.has("weeks", "week") and gap >= 7 else ""
        lead = f"There are {gap} days{weeks} between them: {both}." if exact else f"{both}."
    elif c.has("before or after", "after or before", "earlier or later", "later or earlier"):
        # "is X out before or after Y?" asks which, not yes or no: X's side of Y.
        word = "Before" if da < db else "After"
        apart = f" ({gap} days {'earlier' if da < db else 'later'})" if exact else ""
        lead = f"{word}. {both}{apart}."
    elif c.is_yes_no and c.has(*_EARLIER_WORDS, *_LATER_WORDS):
        before = da < db
        yes = before if c.has(*_EARLIER_WORDS) else not before
        apart = f" ({gap} days {'later' if before else 'earlier'})" if exact else ""
        lead = f"{'Yes' if yes else 'No'}. {both}{apart}."
    else:
        early, late = (a, b) if da < db else (b, a)
        # Outside names: "the last of us" asks for no later premiere.
        wants_later = not _OUTSIDE_NAMES_LATER.isdisjoint(_asking_words(c))
        pick = late if wants_later else early
        tense = "came" if min(da, db) <= c.today else "comes"
        apart = f", {gap} days apart" if exact else ""
        lead = f"{pick.label} {tense} {'later' if wants_later else 'first'}: {both}{apart}."
    return Answer(
        text=lead,
        kind="answer",
        intent="premiere",
        confidence=1.0,
        answers=(da.isoformat(), db.isoformat(), str(gap)),
        sources=sources,
    )
