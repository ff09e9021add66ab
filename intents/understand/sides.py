"""The two (or more) subjects a comparison is between, and what they are compared by."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from db.knowledge import ShowFacts
from intents.query import latest_season_number
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.understand.context import Composing

_SEPARATORS = frozenset({"or", "and", "than", "vs", "versus", "before", "after", "between", "from", "to"})


class Measure(enum.Enum):
    """What two subjects are compared by."""

    PREMIERE = "premiere"
    RATING = "rating"
    EPISODES = "episodes"
    SEASONS = "seasons"
    AWARDS = "awards"
    DIRECTORS = "directors"
    CAST = "cast"


@dataclass(frozen=True)
class Side:
    """One subject of a comparison: a show and perhaps one of its seasons, with the rating words near it."""

    show: ShowFacts
    season: int | None
    words: frozenset[str]
    through: int | None = None  # "heartstopper seasons 1-2 combined": a run of seasons from `season`

    @property
    def label(self) -> str:
        if self.season and self.through:
            return f"{self.show.title} seasons {self.season}–{self.through}"
        return f"{self.show.title} season {self.season}" if self.season else self.show.title


def sides_of(c: Composing) -> list[Side]:
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
            # A side ends at the next "or"/"than"/...: "agatha or season 3 of heartstopper" gives agatha no
            # season of heartstopper's.
            end = next((i for i in range(mention.end, end) if c.tokens[i] in _SEPARATORS), end)
            words = c.tokens[start:end]
            res = c.link(words)
            show = c.kb.shows.get(mention.refs[0].id)
            if show is not None:
                season = (
                    res.season.number
                    if res.season
                    else _bare_number(c.tokens, mention.end) or _ordinal_around(c.tokens, mention.start, end)
                )
                if season is None and _new_one(c.tokens, mention.start, res):
                    season = latest_season_number(show)  # "agatha or the new heartstopper (season)"
                sides.append(Side(show, season, frozenset(words), _run_end(words, season)))
        if all(side.season is None for side in sides) and (each := _season_of_each(c.tokens)) is not None:
            # "the second seasons of severance and andor", "the salt marsh and severance second seasons"
            sides = [replace(side, season=each) for side in sides]
        return sides
    return _sides_by_separator(c)


_NEW = frozenset({"new", "newest", "latest", "upcoming", "next"})


def _new_one(tokens: list[str], start: int, res: Resolution) -> bool:
    """Whether a show is said as its new season: "the new heartstopper", "the latest heartstopper season"."""
    return (res.season is not None and res.season.latest) or (start > 0 and tokens[start - 1] in _NEW)


def _season_of_each(tokens: list[str]) -> int | None:
    """The season number said once for every show compared: an ordinal before "seasons" ("their second
    seasons"); None when none is said so."""
    for at in range(1, len(tokens)):
        if tokens[at] == "seasons" and (season := find_season([tokens[at - 1], "season"])) is not None:
            return season.number
    return None


def _sides_by_separator(c: Composing) -> list[Side]:
    """The subjects on each side of 'or', 'and', 'than', 'before', 'between' (outside linked names)."""
    inside = {i for m in c.res.mentions for i in range(m.start + 1, m.end)}
    clause = _clause_after_order(c.tokens, inside)
    parts: list[list[str]] = [[]]
    for i, token in enumerate(c.tokens):
        if (token in _SEPARATORS and i not in inside) or i == clause:
            parts.append([])
        else:
            parts[-1].append(token)
    sides: list[Side] = []
    ahead: int | None = None  # "between the first and the third season of X": an ordinal before its show
    for words in parts:
        if not words:
            continue
        if len(words) == 1 and words[0].isdigit() and 0 < int(words[0]) < 30 and sides:
            # "seasons 1 and 2": a bare number continues the season list of the side before it
            sides.append(Side(sides[-1].show, int(words[0]), frozenset(words)))
            continue
        if (ordinal := _bare_ordinal(words)) is not None and sides:
            # "between the first season and the third": an ordinal alone is another season of that show
            sides.append(Side(sides[-1].show, ordinal, frozenset(words)))
            continue
        if ordinal is not None and _SEASON_WORDS.isdisjoint(words):
            ahead = ordinal  # "the first and third seasons of X": of the show the next side names
            continue
        res = c.link(words)
        season = res.season.number if res.season else None
        if season is None and words[0].isdigit() and 0 < int(words[0]) < 30 and sides and sides[-1].season:
            # "seasons 1 and 3 of heartstopper": a number that opens the part continues the season list
            season = int(words[0])
        if season is None and ahead is not None and "seasons" in words:
            # "the first and third seasons of X": the plural closes a list the ordinal before opened
            one = find_season(["season" if w == "seasons" else w for w in words])
            season = one.number if one is not None else None
        show = res.shows[0] if res.shows else (sides[-1].show if sides else c.show)
        if not res.shows and not sides and season is not None and show is not None and not res.leftovers:
            # "is s3 out before agatha all along": a bare season first is of the show that has it (never
            # beside a name nobody knows: "the umbrella academy s4" is no other show's season 4)
            show = (
                show
                if _has_season(show, season)
                else _only_show_with(c, season) or _season_near_today(c, season) or show
            )
        if (res.shows or season is not None) and show is not None:
            if ahead is not None and season is not None and not sides:
                sides.append(Side(show, ahead, frozenset()))
            sides.append(Side(show, season, frozenset(words)))
    return sides


_AUXILIARIES = frozenset("did does do will was is".split())


def _clause_after_order(tokens: list[str], inside: set[int]) -> int | None:
    """ "how long after heartstopper season 1 did season 3 arrive": where the clause that names the other
    side starts (its auxiliary), after the side "after" or "before" names; None when there is none."""
    order = next((i for i, t in enumerate(tokens) if t in ("after", "before") and i not in inside), None)
    if order is None:
        return None
    later = range(order + 2, len(tokens))
    return next((i for i in later if tokens[i] in _AUXILIARIES and i not in inside), None)


def _has_season(show: ShowFacts, number: int) -> bool:
    return any(r.season == number for r in show.releases) or any(
        s.number <= number <= (s.through or s.number) for s in show.seasons
    )


def _only_show_with(c: Composing, number: int) -> ShowFacts | None:
    """The one show the facts give a season `number`, or None when none or several do."""
    having = [show for show in c.kb.shows.values() if _has_season(show, number)]
    return having[0] if len(having) == 1 else None


def _season_near_today(c: Composing, number: int) -> ShowFacts | None:
    """The show whose season `number` premieres nearest today, within a few months (the one fans are talking
    about, as a bare "season 3" naming no show is read elsewhere: intents/subjects.py); None when none is."""
    dated = [
        (abs((r.on - c.today).days), show.id)
        for show in c.kb.shows.values()
        for r in show.releases
        if r.season == number and r.on is not None
    ]
    near = min((d for d in dated if d[0] <= _TALKED_ABOUT_DAYS), default=None)
    return c.kb.shows[near[1]] if near is not None else None


_TALKED_ABOUT_DAYS = 90


_SEASON_WORDS = frozenset({"season", "seasons", "series"})
# Words around an ordinal said alone: "the third", "its third one", "the third season".
_AROUND_ORDINAL = frozenset("the one ? its their his her season seasons series".split())


def _bare_ordinal(words: list[str]) -> int | None:
    """'the third', 'the second one': a season number said as an ordinal alone."""
    core = [w for w in words if w not in _AROUND_ORDINAL]
    # (a number is no ordinal: "season 3" alone is a side of its own, read with its show)
    season = find_season([core[0], "season"]) if len(core) == 1 and core[0].isalpha() else None
    return season.number if season is not None else None


def _ordinal_around(tokens: list[str], start: int, end: int) -> int | None:
    """'the third heartstopper season': an ordinal just before the title, with "season" after it."""
    if start < 1 or not {"season", "series"}.intersection(tokens[start:end]):
        return None
    season = find_season([tokens[start - 1], "season"])
    return season.number if season is not None else None


def _bare_number(tokens: list[str], at: int) -> int | None:
    """'heartstopper 3': a small number right after a title is its season."""
    word = tokens[at] if at < len(tokens) else ""
    return int(word) if word.isdigit() and 0 < int(word) < 30 else None


# "the first two seasons": how many seasons a run counted from the first one holds.
_RUN_COUNTS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _run_end(words: list[str], season: int | None) -> int | None:
    """'seasons 1-2', 'seasons 1 and 2', 'the first two seasons': the last season of a run the side names,
    if any."""
    if season is None or "seasons" not in words:
        return None
    at = words.index("seasons")
    if season == 1 and at >= 2 and words[at - 2] == "first":
        count = words[at - 1]
        counted = int(count) if count.isdigit() else _RUN_COUNTS.get(count)
        return counted if counted is not None and 1 < counted < 30 else None
    numbers = [int(w) for w in words[words.index("seasons") :] if w.isdigit() and 0 < int(w) < 30]
    return numbers[-1] if len(numbers) >= 2 and numbers[-1] > season else None
