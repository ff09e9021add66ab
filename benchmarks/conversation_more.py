"""More follow-up templates, in the shapes fans write them: a subject put before its question, "not X, Y",
a bare season number, "that guy", a second person named beside "he", a person's other show, a character of a
show nobody knows (see conversation_threads)."""

from __future__ import annotations

import random

from benchmarks.conversation_facts import OBJECT, POSSESSIVE, Facts, long_day
from benchmarks.conversation_threads import (
    HONORIFICS,
    RELATIONS,
    Conv,
    ans,
    characters,
    dated,
    named,
    now_near,
    phrase,
    pronoun,
    relation_pair,
    relation_turn,
    season_switch,
    two_characters,
    two_seasons,
    unknown_turns,
)

# Characters of shows no fact names, as fans would ask about them.
UNKNOWN_CHARACTERS = (
    ("carmy", "the bear"),
    ("eleven", "stranger things"),
    ("jinx", "arcane"),
    ("wednesday", "wednesday"),
    ("kendall roy", "succession"),
    ("homelander", "the boys"),
    ("rhaenyra", "house of the dragon"),
    ("lucy", "fallout"),
    ("ted", "ted lasso"),
    ("rue", "euphoria"),
)
_STAND_INS = {
    "network": ("what network is it on?", "where can i stream it", "which service is that on?"),
    "creator": ("who created it?", "who made that?", "who's the creator of it"),
    "cast": ("who's in it?", "who stars in that?", "who is in it"),
    "rotten": (
        "what's its rotten tomatoes score?",
        "how did it do on rotten tomatoes",
        "what's it on rotten tomatoes",
    ),
}


def switch_fronted(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    lead = rng.choice(("ok and {s}, ", "{s} then, ", "what about {s}, ", "and {s} - ", "now {s}: "))
    follow = lead.format(s=two.title.lower()) + rng.choice(_STAND_INS[kind])
    return {"turns": [relation_turn(rng, kind, one), (follow, named(RELATIONS[kind].expect(two), two))]}


def correction_not_x_y(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_characters(rng, facts)
    if picked is None:
        return None
    show, (p1, c1), (p2, c2) = picked
    short1, short2 = (
        next((w for w in c.lower().split() if w not in HONORIFICS), c.lower()) for c in (c1, c2)
    )
    follow = rng.choice(
        ("wait not {a}, {b}", "no not {a}, {b}", "not {a}, {b} sorry", "sorry not {a}, i meant {b}")
    )
    return {
        "turns": [
            (f"who plays {c1.lower()} in {show.title.lower()}", ans([p1])),
            (follow.format(a=short1, b=short2), ans([p2], none=[p1])),
        ]
    }


def ellipsis_bare_number(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_seasons(rng, facts)
    if picked is None:
        return None
    show, dates, a, b = picked
    first = phrase(
        rng,
        ("when did {s} season {a} come out", "{s} season {a} release date"),
        s=show.title.lower(),
        a=str(a),
    )
    follow = rng.choice(("and {b}?", "{b}?", "what about {b}", "and {b}"))
    return season_switch(now_near(rng, dates[b]), first, follow.format(b=b), dates, a, b)


def pronoun_that_guy(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    chars = [(p, c) for p, c in characters(show) if facts.other_work(p, show.title)]
    if not chars:
        return None
    person, character = rng.choice(chars)
    noun = {"he": "guy", "she": "woman", "they": "person"}[pronoun(person)]
    follow = rng.choice(
        (
            f"what else is that {noun} in",
            f"what else has that {noun} done?",
            "what else is that actor in?",
            f"is that {noun} in anything else",
        )
    )
    return {
        "turns": [
            (f"who plays {character.lower()} in {show.title.lower()}", ans([person])),
            (follow, ans(any_=facts.other_work(person, show.title))),
        ]
    }


def pronoun_named_beside(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_characters(rng, facts)
    if picked is None:
        return None
    show, (p1, c1), (p2, c2) = picked
    he = pronoun(p2)
    follow = rng.choice(
        ("and {p}, who does {he} play?", "what about {p}, who's {he} playing", "ok {p} - who does {he} play")
    )
    return {
        "turns": [
            (f"who plays {c1.lower()} in {show.title.lower()}", ans([p1])),
            (follow.format(p=p2.lower(), he=he), ans([c2], none=[c1])),
        ]
    }


def ellipsis_person_elsewhere(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    shows = [s for s in facts.shows.values() if characters(s)]
    if len(shows) < 2:
        return None
    one, two = rng.sample(shows, 2)
    (p1, c1), (p2, c2) = rng.choice(characters(one)), rng.choice(characters(two))
    if p2 in {p for p, _c in one.cast}:
        return None
    first = phrase(
        rng,
        ("who does {p} play in {s}", "{p} plays who in {s}", "who is {p} in {s}?"),
        p=p1.lower(),
        s=one.title.lower(),
    )
    return {
        "turns": [
            (first, ans([c1])),
            (rng.choice(("and {p}?", "{p}?", "what about {p}")).format(p=p2.lower()), ans([c2])),
        ]
    }


def pronoun_other_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    people = [
        (p, c, s) for s in facts.shows.values() for p, c in characters(s) if len(facts.shows_of(p)) == 2
    ]
    if not people:
        return None
    person, character, show = rng.choice(people)
    other = next(s for s in facts.shows_of(person) if s.title != show.title)
    his = POSSESSIVE[pronoun(person)]
    follow = rng.choice(
        (f"and what's {his} other show called", f"what's {his} other show?", f"and {his} other show?")
    )
    turns = [
        (f"who does {person.lower()} play in {show.title.lower()}", ans([character])),
        (follow, ans([other.title])),
    ]
    if dated(other):
        day = max(dated(other).values())
        turns.append((rng.choice(("when does it come out", "when is that out?")), ans([long_day(day)])))
    return {"turns": turns}


def unknown_character(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    character, show = rng.choice(UNKNOWN_CHARACTERS)
    known = rng.choice([s for s in facts.shows.values() if s.network])
    he = rng.choice(("he", "she"))
    follows = (
        f"what else is {he} in",
        f"when's {POSSESSIVE[he]} next show",
        "is it on netflix?",
        f"who else is in it with {OBJECT[he]}",
        "when does it come back",
    )
    turns = unknown_turns(rng, show, f"who plays {character} in {show}", follows, 2)
    turns.append(
        (
            rng.choice(("ok whatever, where can i watch {s}", "fine. what network is {s} on?")).format(
                s=known.title.lower()
            ),
            ans([known.network or ""]),
        )
    )
    return {"turns": turns}
