"""A second batch of follow-up templates in phrasings no fix was written for (measured before any fix for
them): which of two premieres comes sooner, a date against today, first names with a possessive, a person's
role on the show a word describes, nominations asked yes or no, and a show nobody knows followed by a
character question (see conversation_threads)."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.conversation_facts import POSSESSIVE, Facts, long_day
from benchmarks.conversation_threads import (
    Conv,
    ans,
    dated,
    first_word,
    phrase,
    premiere,
    pronoun,
    season_words,
    unknown_about,
)


def sooner(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    pairs = [(s, n, d) for s in facts.shows.values() for n, d in dated(s).items()]
    (s1, n1, d1), (s2, n2, d2) = rng.sample(pairs, 2)
    if s1 is s2 or d1 == d2:
        return None
    early = s1 if d1 < d2 else s2
    ask = ("when does {s} premiere", "{s} release date?", "when's {s} coming out")
    follow = rng.choice(
        (
            "ok which comes out sooner?",
            "which one is earlier",
            "so which one came out first?",
            "which is sooner",
        )
    )
    return {
        "now": max(d1, d2) + dt.timedelta(days=rng.randint(-400, 30)),
        "turns": [
            (phrase(rng, ask, s=season_words(n1, s1.title.lower())), ans([long_day(d1)])),
            (phrase(rng, ask, s=season_words(n2, s2.title.lower())), ans([long_day(d2)])),
            (follow, ans([early.title], none=[])),
        ],
    }


def against_today(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show, season, day = premiere(rng, facts)
    offset = rng.choice((-1, 0, 1, 1, 3))
    now = day - dt.timedelta(days=offset)
    word = {0: "today", 1: "tomorrow", -1: "yesterday"}
    asked = rng.choice(("today", "tomorrow", "yesterday"))
    first = phrase(rng, ("when is {s} out", "{s} premiere date?"), s=season_words(season, show.title.lower()))
    follow = rng.choice(
        ("wait is that {w}?", "so it's {w}?", "that's {w} then?", "hold on, is it {w}")
    ).format(w=asked)
    verdict = "yes" if word.get(offset) == asked else "no"
    return {"now": now, "turns": [(first, ans([long_day(day)])), (follow, first_word(verdict))]}


_FIRST_NAME_ASKS = ("and {f}'s?", "what about {f}'s", "ok and {f}'s one?")


def first_name_possessive(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    people = [(p, s) for s in facts.shows.values() for p, _c in s.cast if dated(s) and len(p.split()) == 2]
    (p1, s1), (p2, s2) = rng.sample(people, 2)
    if s1 is s2 or len(facts.shows_of(p1)) > 1 or len(facts.shows_of(p2)) > 1:
        return None
    d1, d2 = max(dated(s1).values()), max(dated(s2).values())
    if d1 == d2:
        return None
    his = POSSESSIVE[pronoun(p2)]
    return {
        "now": min(d1, d2) - dt.timedelta(days=rng.randint(5, 40)),
        "turns": [
            (f"what is {p1.lower()} in?", ans([s1.title])),
            (f"and {p2.lower()}?", ans([s2.title])),
            (f"when does {his} show come out", ans([long_day(d2)])),
            (
                rng.choice(_FIRST_NAME_ASKS).format(f=p1.split()[0].lower()),
                ans([long_day(d1)], none=[long_day(d2)]),
            ),
        ],
    }


def role_on_described_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    found = []
    for person in {p for s in facts.shows.values() for p, _c in s.cast}:
        roles = [(s, c) for s in facts.shows_of(person) for p, c in s.cast if p == person and c and s.network]
        if len(roles) == 2 and roles[0][0].network != roles[1][0].network:
            found.append((person, roles))
    if not found:
        return None
    person, roles = rng.choice(sorted(found, key=lambda x: x[0]))
    (s1, c1), (s2, c2) = rng.sample(roles, 2)
    his = POSSESSIVE[pronoun(person)]
    follow = rng.choice(
        ("and {his} {n} role?", "who's {he} on {n}", "what about {his} {n} character")
    ).format(his=his, he=pronoun(person), n=(s2.network or "").lower())
    return {
        "turns": [
            (f"who does {person.lower()} play in {s1.title.lower()}", ans([c1 or ""])),
            (follow, ans([c2 or ""], none=[c1 or ""])),
        ]
    }


def nominated_yes_no(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    shows = [s for s in facts.shows.values() if s.awards]
    show = rng.choice(shows)
    body = rng.choice(sorted(show.awards))
    prize = {"Emmy Awards": "an emmy", "BAFTA": "a bafta"}.get(body)
    if prize is None:
        return None
    nominated = any(o in ("nominated", "won") for o in show.awards[body])
    follow = rng.choice(
        ("was it ever up for {p}?", "did it get nominated for {p}", "has it been nominated for {p}")
    )
    return {
        "turns": [
            (f"where's {show.title.lower()} streaming", ans([show.title])),
            (follow.format(p=prize), first_word("yes" if nominated else "no")),
        ]
    }


_UNKNOWN_CHARACTER_ASKS = ("who plays the main character", "who's the lead in it?", "who plays the mom?")


def unknown_then_character(rng: random.Random, facts: Facts, unknowns: list[str]) -> Conv | None:
    name = rng.choice(unknowns)
    first = phrase(
        rng, ("just started {u}, is it good?", "anyone watching {u}", "{u} season 2 when??"), u=name
    )
    unknown = unknown_about(name)
    return {"turns": [(first, unknown), (rng.choice(_UNKNOWN_CHARACTER_ASKS), unknown)]}
