"""What every follow-up conversation template is built from: the expectation a reply is judged by, pickers of
facts (a premiere, two seasons, two characters, a relation several shows have) and the turns they make.

Every picker draws from the template's random generator in a fixed order, so a seed writes the same
conversations; a caller that draws more must keep its own draws in the order it always made them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any, NamedTuple

from benchmarks.conversation_facts import PRONOUNS, Facts, Show, long_day

Conv = dict[str, Any]
Expect = dict[str, Any]
Template = Callable[[random.Random, Facts, list[str]], Conv | None]
Character = tuple[str, str]  # (person, character)

# Shows no fact names: a follow-up about one must never get another show's facts.
UNKNOWN_SHOWS = (
    "stranger things",
    "the bear",
    "wednesday",
    "bridgerton",
    "squid game",
    "the crown",
    "succession",
    "euphoria",
    "ted lasso",
    "the boys",
    "house of the dragon",
    "loki",
    "fallout",
    "yellowjackets",
    "hacks",
    "abbott elementary",
    "the penguin",
    "outer banks",
    "emily in paris",
    "baby reindeer",
)
# Words before a character's name that a fan drops when naming the character short.
HONORIFICS = frozenset("miss mister mrs sergeant doctor captain lord lady".split())


def ans(
    all_: list[str] | None = None, any_: list[str] | None = None, none: list[str] | None = None
) -> Expect:
    """A right answer's expectation."""
    return {"kind": "answer", "first": None, "all": all_ or [], "any": any_ or [], "none": none or []}


UNKNOWN: Expect = {"kind": "unknown", "first": None, "all": [], "any": [], "none": []}


def unknown_about(name: str) -> Expect:
    """The expectation of a reply that has no facts about the show `name`, and says so naming it."""
    return {**UNKNOWN, "any": [name]}


def first_word(word: str) -> Expect:
    """The expectation of an answer that starts with `word` (a yes or a no)."""
    return {**ans(), "first": word}


def named(expect: Expect | None, show: Show) -> Expect:
    """The expectation of a follow-up answer, which must also name its subject."""
    assert expect is not None
    return {**expect, "all": [*expect["all"], show.title]}


def phrase(rng: random.Random, phrasings: tuple[str, ...], **slots: str) -> str:
    """One of the phrasings, picked at random, with its slots filled."""
    return rng.choice(phrasings).format(**slots)


def pronoun(person: str) -> str:
    """The pronoun a fan would use for the person ("they" when the facts don't say)."""
    return PRONOUNS.get(person, "they")


def now_near(rng: random.Random, day: dt.date) -> dt.date:
    """A 'today' some weeks around a premiere."""
    return day + dt.timedelta(days=rng.randint(-60, 40))


def season_words(season: int | None, show: str) -> str:
    """How a fan names a season of a show (or the show, when the release is of no season)."""
    return show if season is None else f"{show} season {season}"


def dated(show: Show) -> dict[int | None, dt.date]:
    """Premieres by season; the show's own first release counts as season 1 when seasons are numbered."""
    dates = dict(show.dates)
    if None in dates and len(dates) > 1 and 1 not in dates:
        dates[1] = dates.pop(None)
    return dates


def premiere(rng: random.Random, facts: Facts, streamed: bool = False) -> tuple[Show, int | None, dt.date]:
    """A dated show picked at random (one with a network when `streamed`), and one of its premieres."""
    show = rng.choice([s for s in facts.shows.values() if dated(s) and (s.network or not streamed)])
    season, day = rng.choice(list(dated(show).items()))
    return show, season, day


def two_seasons(rng: random.Random, facts: Facts) -> tuple[Show, dict[int, dt.date], int, int] | None:
    """A show picked at random and two of its numbered seasons with premieres, or None when it has fewer."""
    show = rng.choice(list(facts.shows.values()))
    dates = {k: v for k, v in dated(show).items() if k is not None}
    if len(dates) < 2:
        return None
    a, b = rng.sample(sorted(dates), 2)
    return show, dates, a, b


def season_switch(now: dt.date, first: str, follow: str, dates: dict[int, dt.date], a: int, b: int) -> Conv:
    """A question about season `a`'s premiere, then a follow-up that moves to season `b` (never `a`'s day)."""
    return {
        "now": now,
        "turns": [
            (first, ans([long_day(dates[a])])),
            (follow, ans([long_day(dates[b])], none=[long_day(dates[a])])),
        ],
    }


def characters(show: Show) -> list[Character]:
    """The show's cast credits that name a character."""
    return [(p, c) for p, c in show.cast if c]


def two_characters(rng: random.Random, facts: Facts) -> tuple[Show, Character, Character] | None:
    """A show picked at random and two of its characters, or None when it names fewer."""
    show = rng.choice(list(facts.shows.values()))
    chars = characters(show)
    if len(chars) < 2:
        return None
    one, two = rng.sample(chars, 2)
    return show, one, two


class Relation(NamedTuple):
    """Phrasings asking a show-level relation ({s} is the show), and a show's expectation (None: no facts)."""

    phrasings: tuple[str, ...]
    expect: Callable[[Show], Expect | None]


# Show-level relations a switch or a correction carries to another show.
RELATIONS: dict[str, Relation] = {
    "network": Relation(
        (
            "what network is {s} on",
            "where can i stream {s}",
            "{s} is on which service?",
            "where is {s} streaming",
        ),
        lambda s: ans([s.network]) if s.network else None,
    ),
    "creator": Relation(
        ("who created {s}", "who made {s}?", "who's the creator of {s}"),
        lambda s: ans(s.roles["creator"][:1]) if s.roles.get("creator") else None,
    ),
    "cast": Relation(
        ("who's in {s}", "who stars in {s}?", "{s} cast"),
        lambda s: ans(any_=[p for p, _ in s.cast[:3]]) if s.cast else None,
    ),
    "rotten": Relation(
        ("{s} rotten tomatoes score", "what's {s} on rotten tomatoes?", "rotten tomatoes for {s}"),
        lambda s: (
            ans([f"{s.ratings[('Rotten Tomatoes', 'critics')]}%"])
            if ("Rotten Tomatoes", "critics") in s.ratings
            else None
        ),
    ),
}


def relation_pair(rng: random.Random, facts: Facts, count: int) -> tuple[str, list[Show]] | None:
    """A relation and `count` distinct shows that all have facts for it."""
    kind = rng.choice(sorted(RELATIONS))
    having = [s for s in facts.shows.values() if RELATIONS[kind].expect(s) is not None]
    return (kind, rng.sample(having, count)) if len(having) >= count else None


def relation_turn(rng: random.Random, kind: str, show: Show) -> tuple[str, Expect | None]:
    """A question asking the relation of the show, in a phrasing picked at random, and its expectation."""
    relation = RELATIONS[kind]
    return rng.choice(relation.phrasings).format(s=show.title.lower()), relation.expect(show)


def unknown_turns(
    rng: random.Random, name: str, first: str, follows: tuple[str, ...], count: int
) -> list[tuple[str, Expect]]:
    """A question about a show nobody knows, then `count` of the follow-ups, each to be answered unknown."""
    unknown = unknown_about(name)
    return [(first, unknown)] + [(f, unknown) for f in rng.sample(follows, count)]
