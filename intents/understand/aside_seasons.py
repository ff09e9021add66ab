"""The season the talk around a question names, read into a question that names none ("I'm writing about the
third season of heartstopper. Who directed it?", "i've watched the first two seasons ... who's directing the
third one?"), and the show the talk names last (for asides.py)."""

from __future__ import annotations

import re

from intents.resolve import Resolution
from intents.seasons import NUMBERED_SEASON, find_season

# Seasons said before, pointed at: "those two seasons", "both seasons", "these seasons".
_THOSE_SEASONS = re.compile(r"\b(?:those|these|both|the two|both of those|the)(?: two| 2)? seasons\b")
# Words that ask about a season other than one said before ("i loved season 2. when is the next one out").
_ANOTHER_SEASON = frozenset("new next latest upcoming another last final first other".split())
_CORRECTING = frozenset({"mean", "meant"})


def with_season_around(tokens: list[str], res: Resolution, around: Resolution) -> list[str]:
    """The question with the season the aside names, when the question names none and is about the aside's
    show (or names no show); unchanged when it asks about another season ("when is the next one out")."""
    if res.season is None and around.season is not None and (ordered := _ordinal_one(tokens)) is not None:
        return ordered  # "i've watched the first two seasons ... who's directing the third one?"
    if res.season is not None or around.season is None or not _ANOTHER_SEASON.isdisjoint(tokens):
        return tokens
    # "..., the newest season i mean": a season the fan corrects the question to is its season, whoever the
    # question names.
    corrects = not _CORRECTING.isdisjoint(around.tokens)
    if not corrects and (
        res.people or res.characters or (res.shows and res.shows[0].id != show_around(around))
    ):
        return tokens
    said = " ".join(tokens)
    both = _THOSE_SEASONS.search(said)
    numbers = sorted({int(n) for n in NUMBERED_SEASON.findall(" ".join(around.tokens))})
    if both is not None and len(numbers) >= 2:
        # "season 2 was better than season 1. who directed those two seasons?"
        seasons = f"seasons {' and '.join(str(n) for n in numbers)}"
        return f"{said[: both.start()]}{seasons}{said[both.end() :]}".split()
    season = _last_season_words(around.tokens, around.season.start, around.season.end)
    if _asks_more_after_it(tokens) or _it_as_subject(tokens):
        # "who is directing it, and what is he known for": the season is what "it" is, so the first of the
        # two questions is about it (said at the end it would go with the second only); "when does it come
        # out exactly": the season stands where "it" does, never after words a title might be read in
        at = tokens.index("it")
        return [*tokens[:at], *season, *tokens[at + 1 :]]
    return [*tokens, *season]


# Auxiliaries of a verb "it" is the subject of: "when does it come out", "when will it air" ("where is it
# going to be" keeps the season after it: "where is s3 going to be" reads as no question Marquee knows).
_SUBJECT_AUXILIARIES = frozenset("does did will".split())


def _it_as_subject(tokens: list[str]) -> bool:
    """Whether the question's first "it" is the subject of its auxiliary ("when does it come out")."""
    if "it" not in tokens:
        return False
    at = tokens.index("it")
    return at > 0 and tokens[at - 1] in _SUBJECT_AUXILIARIES


_WH = frozenset("who whos what whats when whens where which how".split())


def _asks_more_after_it(tokens: list[str]) -> bool:
    """Whether "it" stands in a first question that another, joined by "and", follows."""
    if "it" not in tokens:
        return False
    at = tokens.index("it")
    return any(w == "and" and n in _WH for w, n in zip(tokens[at + 1 :], tokens[at + 2 :], strict=False))


def _ordinal_one(tokens: list[str]) -> list[str] | None:
    """The question with "the third one" as "season 3", when the talk is of seasons; None without one."""
    for at in range(len(tokens) - 1):
        season = find_season([tokens[at], "season"]) if tokens[at + 1] == "one" else None
        if season is not None and season.number is not None:
            return [*tokens[:at], "season", str(season.number), *tokens[at + 2 :]]
    return None


def _last_season_words(words: list[str], start: int, end: int) -> list[str]:
    """The words of the last season the aside names, nearest the question ("we watched the first season ...
    the new season is coming. when's it out?": the new one); `start`/`end` mark the first."""
    while (later := find_season(words[end:])) is not None:
        start, end = end + later.start, end + later.end
    return words[start:end]


def show_around(around: Resolution) -> int | None:
    """The show the aside names, the one named last (nearest the question) when it names several."""
    if not around.shows:
        return None
    last = max((m for m in around.mentions if m.refs[0].kind == "show"), key=lambda m: m.start, default=None)
    return last.refs[0].id if last is not None else around.shows[0].id
