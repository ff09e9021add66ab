"""Pronoun follow-up templates: a first question about a fact, then a follow-up that leans on the thread with
"he", "it" or "his show". Each template picks its facts at random and computes the expected answers from the
facts themselves (the shared parts are in conversation_threads).
"""

from __future__ import annotations

import random

from benchmarks.conversation_facts import OBJECT, POSSESSIVE, Facts, long_day
from benchmarks.conversation_threads import Conv, ans, dated, now_near, phrase, pronoun, season_words


def pronoun_actor_other_work(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    cast = [(p, c) for p, c in show.cast if c and facts.other_work(p, show.title)]
    if not cast:
        return None
    person, character = rng.choice(cast)
    he = pronoun(person)
    first = phrase(
        rng,
        ("who plays {c} in {s}", "who plays {c} in {s}?", "who's {c} in {s}"),
        c=character.lower(),
        s=show.title.lower(),
    )
    follow = phrase(
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
    his = POSSESSIVE[pronoun(person)]
    asks = ("tell me about {p}", "who is {p}?", "what is {p} in?") + (
        ("who does {p} play?",) if character else ()
    )
    first = phrase(rng, asks, p=person.lower())
    follow = phrase(
        rng,
        (
            "when does {his} show come back?",
            "when is {his} show out",
            "when does {his} show premiere?",
            "when's {his} show back",
        ),
        his=his,
    )
    return {"now": now_near(rng, day), "turns": [(first, ans([show.title])), (follow, ans([long_day(day)]))]}


def pronoun_show_it(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    dates = dated(show)
    if not dates or not (show.network or show.cast):
        return None
    season, day = rng.choice(list(dates.items()))
    first = phrase(
        rng,
        ("when does {s} come out", "when did {s} premiere?", "{s} release date"),
        s=season_words(season, show.title.lower()),
    )
    turns = [(first, ans([long_day(day)]))]
    if show.network:
        turns.append(
            (
                phrase(
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
                phrase(
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
    return {"now": now_near(rng, day), "turns": turns}


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
    he = pronoun(person)
    first = phrase(rng, asks[role], s=show.title.lower())
    follow = phrase(
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
