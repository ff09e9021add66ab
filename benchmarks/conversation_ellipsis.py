"""Ellipsis and switch templates: the follow-up names only what changes (see conversation_threads)."""

from __future__ import annotations

import random

from benchmarks.conversation_facts import Facts, long_day
from benchmarks.conversation_threads import (
    RELATIONS,
    Conv,
    ans,
    named,
    now_near,
    phrase,
    premiere,
    relation_pair,
    relation_turn,
    season_switch,
    season_words,
    two_characters,
    two_seasons,
)


def ellipsis_audience(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    both = [s for s in facts.shows.values() if ("Rotten Tomatoes", "audience") in s.ratings]
    if not both:
        return None
    show = rng.choice(both)
    critics, audience = (
        show.ratings[("Rotten Tomatoes", "critics")],
        show.ratings[("Rotten Tomatoes", "audience")],
    )
    first = phrase(
        rng,
        (
            "{s} critics score",
            "what's the rotten tomatoes critics score for {s}",
            "what do critics think of {s}?",
        ),
        s=show.title.lower(),
    )
    follow = phrase(
        rng,
        (
            "and audiences?",
            "what about the audience score?",
            "audience?",
            "and the fans?",
            "what about regular viewers",
            "and the audience score",
        ),
    )
    return {"turns": [(first, ans([f"{critics}%"])), (follow, ans([f"{audience}%"]))]}


def ellipsis_season(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_seasons(rng, facts)
    if picked is None:
        return None
    show, dates, a, b = picked
    first = phrase(
        rng,
        ("when does {s} season {a} come out", "when did {s} season {a} premiere?", "{s} s{a} release date"),
        s=show.title.lower(),
        a=str(a),
    )
    follow = phrase(
        rng,
        ("and season {b}?", "what about season {b}?", "season {b}?", "how about s{b}", "and s{b}"),
        b=str(b),
    )
    return season_switch(now_near(rng, dates[b]), first, follow, dates, a, b)


def ellipsis_character(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_characters(rng, facts)
    if picked is None:
        return None
    show, (p1, c1), (p2, c2) = picked
    first = phrase(
        rng,
        ("who plays {c} in {s}", "who plays {c}?", "who's playing {c} in {s}"),
        c=c1.lower(),
        s=show.title.lower(),
    )
    follow = phrase(
        rng, ("and {c}?", "what about {c}?", "{c}?", "and who plays {c}?", "ok and {c}"), c=c2.lower()
    )
    return {"turns": [(first, ans([p1])), (follow, ans([p2], none=[p1]))]}


def ellipsis_person(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_characters(rng, facts)
    if picked is None:
        return None
    show, (p1, c1), (p2, c2) = picked
    first = phrase(
        rng,
        ("who does {p} play in {s}", "who is {p} playing in {s}?", "what's {p}'s character in {s}"),
        p=p1.lower(),
        s=show.title.lower(),
    )
    follow = phrase(rng, ("and {p}?", "what about {p}?", "and {p}", "how about {p}"), p=p2.lower())
    return {"turns": [(first, ans([c1])), (follow, ans([c2], none=[c1]))]}


def ellipsis_network(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show, season, day = premiere(rng, facts, streamed=True)
    first = phrase(
        rng,
        ("when does {s} come out", "{s} premiere date?", "when did {s} come out"),
        s=season_words(season, show.title.lower()),
    )
    follow = phrase(
        rng,
        (
            "on which service?",
            "network?",
            "on what network?",
            "and where?",
            "streaming where?",
            "on which channel?",
        ),
    )
    return {
        "now": now_near(rng, day),
        "turns": [(first, ans([long_day(day)])), (follow, ans([show.network or ""]))],
    }


def switch_shows(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, rng.choice((2, 3)))
    if picked is None:
        return None
    kind, shows = picked
    turns = [relation_turn(rng, kind, shows[0])]
    for show in shows[1:]:
        lead = rng.choice(
            ("what about {s}?", "and {s}?", "ok what about {s}", "how about {s}", "and for {s}?", "{s}?")
        )
        turns.append((lead.format(s=show.title.lower()), named(RELATIONS[kind].expect(show), show)))
    return {"turns": turns}
