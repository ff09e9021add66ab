"""Follow-up conversation templates, one per form: a first question about a fact, then a follow-up that leans
on the thread (a pronoun, an ellipsis, a correction, a reference to the last answer, a switch, a show nobody
knows). Each template picks its facts at random and computes the expected answers from the facts themselves.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from benchmarks.conversation_facts import OBJECT, POSSESSIVE, PRONOUNS, Facts, Show, long_day

Conv = dict[str, Any]
Template = Callable[[random.Random, Facts, list[str]], Conv | None]
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


def ans(
    all_: list[str] | None = None, any_: list[str] | None = None, none: list[str] | None = None
) -> dict[str, Any]:
    """A right answer's expectation."""
    return {"kind": "answer", "first": None, "all": all_ or [], "any": any_ or [], "none": none or []}


UNKNOWN: dict[str, Any] = {"kind": "unknown", "first": None, "all": [], "any": [], "none": []}


def dated(show: Show) -> dict[int | None, dt.date]:
    """Premieres by season; the show's own first release counts as season 1 when seasons are numbered."""
    dates = dict(show.dates)
    if None in dates and len(dates) > 1 and 1 not in dates:
        dates[1] = dates.pop(None)
    return dates


def two_seasons(rng: random.Random, facts: Facts) -> tuple[Show, dict[int, dt.date], int, int] | None:
    """A show picked at random and two of its numbered seasons with premieres, or None when it has fewer."""
    show = rng.choice(list(facts.shows.values()))
    dates = {k: v for k, v in dated(show).items() if k is not None}
    if len(dates) < 2:
        return None
    a, b = rng.sample(sorted(dates), 2)
    return show, dates, a, b


def _q(rng: random.Random, phrasings: tuple[str, ...], **slots: str) -> str:
    return rng.choice(phrasings).format(**slots)


def _pron(person: str) -> str:
    return PRONOUNS.get(person, "they")


def _now_near(rng: random.Random, day: dt.date) -> dt.date:
    return day + dt.timedelta(days=rng.randint(-60, 40))


def _season_words(season: int | None, show: str) -> str:
    return show if season is None else f"{show} season {season}"


# Show-level relations a switch or a correction carries to another show: phrasings ({s} is the show) and
# the expectation for a show, or None when the facts hold none.
RELATIONS: dict[str, tuple[tuple[str, ...], Callable[[Show], dict[str, Any] | None]]] = {
    "network": (
        (
            "what network is {s} on",
            "where can i stream {s}",
            "{s} is on which service?",
            "where is {s} streaming",
        ),
        lambda s: ans([s.network]) if s.network else None,
    ),
    "creator": (
        ("who created {s}", "who made {s}?", "who's the creator of {s}"),
        lambda s: ans(s.roles["creator"][:1]) if s.roles.get("creator") else None,
    ),
    "cast": (
        ("who's in {s}", "who stars in {s}?", "{s} cast"),
        lambda s: ans(any_=[p for p, _ in s.cast[:3]]) if s.cast else None,
    ),
    "rotten": (
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
    having = [s for s in facts.shows.values() if RELATIONS[kind][1](s) is not None]
    return (kind, rng.sample(having, count)) if len(having) >= count else None


def named(expect: dict[str, Any] | None, show: Show) -> dict[str, Any]:
    """The expectation of a follow-up answer, which must also name its subject."""
    assert expect is not None
    return {**expect, "all": [*expect["all"], show.title]}


def pronoun_actor_other_work(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    cast = [(p, c) for p, c in show.cast if c and facts.other_work(p, show.title)]
    if not cast:
        return None
    person, character = rng.choice(cast)
    he = _pron(person)
    first = _q(
        rng,
        ("who plays {c} in {s}", "who plays {c} in {s}?", "who's {c} in {s}"),
        c=character.lower(),
        s=show.title.lower(),
    )
    follow = _q(
        rng,
        (
            "what else is {he} in?",
            "what else has {he} been in",
            "is {he} in anything else?",
            "what other shows is {he} in",
            "where else have i seen {him}?",
        ),
        he=he,
        him=OBJECT[he],
    )
    return {"turns": [(first, ans([person])), (follow, ans(any_=facts.other_work(person, show.title)))]}


def pronoun_person_show_date(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    dates = dated(show)
    cast = [(p, c) for p, c in show.cast if len(facts.shows_of(p)) == 1]
    if not dates or not cast:
        return None
    person, character = rng.choice(cast)
    _season, day = max(dates.items(), key=lambda kv: kv[1])
    his = POSSESSIVE[_pron(person)]
    asks = ("tell me about {p}", "who is {p}?", "what is {p} in?") + (
        ("who does {p} play?",) if character else ()
    )
    first = _q(rng, asks, p=person.lower())
    follow = _q(
        rng,
        (
            "when does {his} show come back?",
            "when is {his} show out",
            "when does {his} show premiere?",
            "when's {his} show back",
        ),
        his=his,
    )
    return {"now": _now_near(rng, day), "turns": [(first, ans([show.title])), (follow, ans([long_day(day)]))]}


def pronoun_show_it(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    dates = dated(show)
    if not dates or not (show.network or show.cast):
        return None
    season, day = rng.choice(list(dates.items()))
    first = _q(
        rng,
        ("when does {s} come out", "when did {s} premiere?", "{s} release date"),
        s=_season_words(season, show.title.lower()),
    )
    turns = [(first, ans([long_day(day)]))]
    if show.network:
        turns.append(
            (
                _q(
                    rng,
                    (
                        "what network is it on?",
                        "where can i watch it?",
                        "is it on netflix?",
                        "which service is it on",
                        "where's it streaming",
                    ),
                ),
                ans([show.network]),
            )
        )
    if show.cast:
        turns.append(
            (
                _q(
                    rng,
                    (
                        "who's in it?",
                        "who stars in it",
                        "who is in the cast of that show?",
                        "who's in that show",
                    ),
                ),
                ans(any_=[p for p, _ in show.cast[:4]]),
            )
        )
    return {"now": _now_near(rng, day), "turns": turns}


def pronoun_crew_other_work(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    crew = [
        (role, p)
        for role in ("creator", "director", "novelist")
        for p in show.roles.get(role, [])[:1]
        if facts.works.get(p)
    ]
    if not crew:
        return None
    role, person = rng.choice(crew)
    asks = {
        "creator": ("who created {s}", "who made {s}?"),
        "director": ("who directed {s}", "who's directing {s}?"),
        "novelist": ("who wrote the {s} books", "who wrote the novels {s} is based on?"),
    }
    he = _pron(person)
    first = _q(rng, asks[role], s=show.title.lower())
    follow = _q(
        rng,
        (
            "what else has {he} done?",
            "what else has {he} worked on",
            "what other stuff has {he} made?",
            "what else is {he} known for",
        ),
        he=he,
    )
    return {"turns": [(first, ans(any_=show.roles[role])), (follow, ans(any_=facts.works[person]))]}


def _characters(show: Show) -> list[tuple[str, str]]:
    return [(p, c) for p, c in show.cast if c]
