"""Follow-up templates in phrasings the other forms don't use (written before any fix for them, to measure
unseen forms honestly): possessive titles, "what day", what a person is famous for, before-or-after replies,
yes/no award questions, "the <network> one", "<person> <network> show name??", and shows nobody knows whose
titles are ordinary words (see conversation_threads)."""

from __future__ import annotations

import random

from benchmarks.conversation_facts import OBJECT, POSSESSIVE, Facts, Show, long_day
from benchmarks.conversation_threads import (
    RELATIONS,
    Conv,
    ans,
    dated,
    first_word,
    named,
    now_near,
    phrase,
    premiere,
    pronoun,
    relation_pair,
    relation_turn,
    season_words,
    unknown_about,
    unknown_turns,
)

# Shows nobody's facts name whose titles are ordinary words (used only when the facts lack them).
ORDINARY_UNKNOWNS = ("the last of us", "this is us", "you", "the office", "lost", "friends", "dark", "girls")

_POSSESSIVE = {
    "network": ("and {s}'s network?", "what about {s}'s streamer", "{s}'s network is what?"),
    "creator": ("and {s}'s creator?", "who's {s}'s creator", "what about {s}'s showrunner"),
    "cast": ("and {s}'s cast?", "who's in {s}'s cast", "what about {s}'s actors"),
    "rotten": (
        "and {s}'s rt?",
        "{s}'s rt score?",
        "what's {s}'s tomatometer",
        "how about {s}'s rotten tomatoes",
    ),
}


def possessive_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    follow = rng.choice(_POSSESSIVE[kind]).format(s=two.title.lower())
    return {"turns": [relation_turn(rng, kind, one), (follow, RELATIONS[kind].expect(two))]}


def possessive_unknown(rng: random.Random, facts: Facts, unknowns: list[str]) -> Conv | None:
    name = rng.choice(unknowns)
    picked = relation_pair(rng, facts, 1)
    if picked is None:
        return None
    kind, (known,) = picked
    follow = rng.choice(_POSSESSIVE[kind]).format(s=name)
    return {"turns": [relation_turn(rng, kind, known), (follow, unknown_about(name))]}


def what_day(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show, season, day = premiere(rng, facts)
    words = season_words(season, show.title.lower())
    if rng.random() < 0.5:
        first = phrase(
            rng, ("what day does {s} drop?", "what day is {s} out", "which day does {s} land"), s=words
        )
        return {"now": now_near(rng, day), "turns": [(first, ans([long_day(day)]))]}
    opener = phrase(
        rng, ("is {s} on {n}?", "where's {s} streaming", "tell me about {s}"), s=words, n="netflix"
    )
    follow = rng.choice(("what day does it drop?", "what day is it out", "ok what day does it come out?"))
    return {"now": now_near(rng, day), "turns": [(opener, ans([show.title])), (follow, ans([long_day(day)]))]}


def crew_famous(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    crew = [(r, p) for r in ("creator", "director") for p in show.roles.get(r, [])[:1] if facts.works.get(p)]
    if not crew:
        return None
    role, person = rng.choice(crew)
    he = pronoun(person)
    first = {"creator": "who came up with {s}?", "director": "who's the director of {s}"}[role]
    follow = rng.choice(
        (
            "what's {he} famous for?",
            "what's {he} directed before" if role == "director" else "what's {he} made before",
            "anything else by {him}?",
            "what's {his} other work",
        )
    ).format(he=he, him=OBJECT[he], his=POSSESSIVE[he])
    return {
        "turns": [
            (first.format(s=show.title.lower()), ans(any_=show.roles[role])),
            (follow, ans(any_=facts.works[person])),
        ]
    }


def before_after(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    dated_pairs = [(s, n, d) for s in facts.shows.values() for n, d in dated(s).items()]
    if len(dated_pairs) < 2:
        return None
    (s1, n1, d1), (s2, n2, d2) = rng.sample(dated_pairs, 2)
    if d1 == d2 or s1 is s2:
        return None
    word = "before" if d1 < d2 else "after"
    other = "after" if word == "before" else "before"
    follow = rng.choice(
        ("is that before or after {o}?", "so before or after {o}", "does that come before or after {o}")
    ).format(o=season_words(n2, s2.title.lower()))
    first = phrase(rng, ("when's {s} out?", "{s} premiere date"), s=season_words(n1, s1.title.lower()))
    return {
        "now": now_near(rng, d1),
        "turns": [(first, ans([long_day(d1)])), (follow, ans([word], none=[f"{other} {s2.title}"]))],
    }


def _won(show: Show, body: str) -> bool:
    return "won" in show.awards.get(body, [])


def award_yes_no(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    shows = [s for s in facts.shows.values() if s.awards]
    if not shows:
        return None
    show = rng.choice(shows)
    body = rng.choice(sorted(show.awards))
    opener = phrase(rng, ("who's in {s}", "tell me about {s}", "where can i watch {s}"), s=show.title.lower())
    prize = {"Emmy Awards": ("an emmy", "any emmys"), "BAFTA": ("a bafta", "any baftas")}.get(body)
    if prize is None:
        return None
    follow = rng.choice(("did it win {p}?", "has it won {p}", "did it ever win {p}", "any wins? like {p}"))
    first = "yes" if _won(show, body) else "no"
    return {"turns": [(opener, ans([show.title])), (follow.format(p=rng.choice(prize)), first_word(first))]}


def _network_people(facts: Facts) -> list[tuple[str, Show, Show]]:
    """People on two shows from different networks: (person, the show named first, the other)."""
    out = []
    for person in {p for s in facts.shows.values() for p, _ in s.cast}:
        shows = [s for s in facts.shows_of(person) if s.network]
        for one in shows:
            for two in shows:
                if one.network != two.network and dated(two):
                    out.append((person, one, two))
    return sorted(out, key=lambda x: (x[0], x[1].title, x[2].title))


def network_one(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    people = _network_people(facts)
    if not people:
        return None
    person, one, two = rng.choice(people)
    day = max(dated(two).values())
    net = (two.network or "").lower()
    first = phrase(rng, ("what's {p} in", "what shows is {p} in?", "{p} shows?"), p=person.lower())
    follow = rng.choice(
        ("and the {n} one, when's that out?", "when does the {n} one come out", "the {n} one?")
    )
    expect = ans([long_day(day)]) if "when" in follow else ans([two.title])
    return {"now": now_near(rng, day), "turns": [(first, ans([one.title])), (follow.format(n=net), expect)]}


def person_show_name(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    people = _network_people(facts)
    if not people:
        return None
    person, _one, two = rng.choice(people)
    ask = rng.choice(
        (
            "{p} {n} show name?? i keep forgetting",
            "whats the {n} show {p} is in called",
            "{p} {n} series?",
            "name of {p}'s {n} show pls",
        )
    )
    return {"turns": [(ask.format(p=person.lower(), n=(two.network or "").lower()), ans([two.title]))]}


def unknown_ordinary(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    known = {s.title.lower() for s in facts.shows.values()}
    names = [u for u in ORDINARY_UNKNOWNS if u not in known]
    if not names:
        return None
    name = rng.choice(names)
    first = phrase(rng, ("is {u} any good?", "{u} cast?", "when's {u} back", "who made {u}"), u=name)
    follows = (
        "when's it back?",
        "what's it rated",
        "who made it",
        "how many seasons are there?",
        "who's the lead?",
    )
    turns = unknown_turns(rng, name, first, follows, 2)
    back = rng.choice([s for s in facts.shows.values() if s.network])
    turns.append((f"ok and where's {back.title.lower()} streaming?", named(ans([back.network or ""]), back)))
    return {"turns": turns}
