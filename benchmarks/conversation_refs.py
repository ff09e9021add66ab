"""Follow-up templates that correct, refer back or ask about an unknown show (see conversation_threads)."""

from __future__ import annotations

import random

from benchmarks.conversation_facts import Facts, long_day
from benchmarks.conversation_threads import (
    HONORIFICS,
    RELATIONS,
    Conv,
    ans,
    characters,
    named,
    now_near,
    phrase,
    premiere,
    pronoun,
    relation_pair,
    relation_turn,
    season_switch,
    season_words,
    two_characters,
    two_seasons,
    unknown_turns,
)
from intents.text import fold

_SORRY = (
    "no sorry i meant {x}",
    "sorry, i meant {x}",
    "sorry i meant {x}",
    "oops i meant {x}",
    "wait, {x} i mean",
    "actually i meant {x}",
    "no, {x}",
    "my bad, {x}",
)


def correction_season(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_seasons(rng, facts)
    if picked is None:
        return None
    show, dates, a, b = picked
    first = phrase(
        rng,
        (
            "when did {s} season {a} come out",
            "when does {s} season {a} premiere?",
            "{s} season {a} release date",
        ),
        s=show.title.lower(),
        a=str(a),
    )
    season = rng.choice(("season {b}", "season {b}", "s{b}", "the season {b} one")).format(b=b)
    now = now_near(rng, dates[b])  # drawn before the correction's phrasing, as it always was
    return season_switch(now, first, rng.choice(_SORRY).format(x=season), dates, a, b)


def correction_character(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_characters(rng, facts)
    if picked is None:
        return None
    show, (p1, c1), (p2, c2) = picked
    first = phrase(rng, ("who plays {c} in {s}", "who plays {c}?"), c=c1.lower(), s=show.title.lower())
    titles = {fold(title) for title in facts.shows}  # "andor" of Cassian Andor names the show
    name = rng.choice(
        [c2.lower(), *(w for w in c2.lower().split() if w not in HONORIFICS | titles and len(w) > 3)]
    )
    return {"turns": [(first, ans([p1])), (rng.choice(_SORRY).format(x=name), ans([p2], none=[p1]))]}


def correction_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    first = relation_turn(rng, kind, one)
    correction = rng.choice(_SORRY).format(x=two.title.lower())
    return {"turns": [first, (correction, named(RELATIONS[kind].expect(two), two))]}


def answer_ref_days(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show, season, day = premiere(rng, facts)
    now = now_near(rng, day)
    if now == day:
        return None
    first = phrase(
        rng,
        ("when does {s} come out", "when did {s} premiere?", "{s} release date", "when is {s} out"),
        s=season_words(season, show.title.lower()),
    )
    follow: tuple[str, ...]
    if day > now:
        follow = (
            "how long is that from today?",
            "how many days away is that?",
            "how far away is that",
            "how many days until then?",
            "how long until then",
            "how many days is that from now",
        )
    else:
        follow = ("how long ago was that?", "how many days ago was that", "how long has it been since then?")
    days = abs((day - now).days)
    return {"now": now, "turns": [(first, ans([long_day(day)])), (rng.choice(follow), ans([f"{days} day"]))]}


def answer_ref_watch(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show, season, day = premiere(rng, facts, streamed=True)
    first = phrase(
        rng,
        ("when does {s} premiere", "{s} release date?", "when is {s} out"),
        s=season_words(season, show.title.lower()),
    )
    turns = [(first, ans([long_day(day)]))]
    if rng.random() < 0.5:
        turns.append(
            (
                rng.choice(("when can i watch it?", "so when can i watch it", "when can i stream it?")),
                ans([long_day(day)]),
            )
        )
    turns.append(
        (
            rng.choice(("where can i watch it?", "and where can i watch it", "where do i stream it?")),
            ans([show.network or ""]),
        )
    )
    return {"now": now_near(rng, day), "turns": turns}


def answer_ref_other_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    back = rng.choice(
        (
            "what about the other show we talked about?",
            "and the other show?",
            "back to {s}",
            "ok back to {s}",
            "and the other one?",
            "what about the first show?",
        )
    )
    return {
        "turns": [
            relation_turn(rng, kind, one),
            relation_turn(rng, kind, two),
            (back.format(s=one.title.lower()), named(RELATIONS[kind].expect(one), one)),
        ]
    }


def answer_ref_first_person(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    chars = [(p, c) for p, c in characters(show) if facts.other_work(p, show.title)]
    others = characters(show)
    if not chars or len(others) < 2:
        return None
    p1, c1 = rng.choice(chars)
    p2, c2 = rng.choice([pc for pc in others if pc[0] != p1])
    he = pronoun(p1)
    kind = {"he": "guy", "she": "woman", "they": "one"}[he]
    back = rng.choice(
        (
            f"back to the first {kind}, what else has {he} been in?",
            f"going back to the first {kind}, what else is {he} in",
            f"and the first {kind}? what else is {he} in",
            f"what else is the first {kind} in?",
        )
    )
    return {
        "turns": [
            (f"who plays {c1.lower()} in {show.title.lower()}", ans([p1])),
            (f"who plays {c2.lower()}", ans([p2])),
            (back, ans(any_=facts.other_work(p1, show.title))),
        ]
    }


def unknown_followup(rng: random.Random, facts: Facts, unknowns: list[str]) -> Conv | None:
    name = rng.choice(unknowns)
    known = rng.choice([s for s in facts.shows.values() if s.cast])
    first = phrase(
        rng,
        (
            "who created {u}",
            "when does {u} come back",
            "who's in {u}?",
            "is {u} on netflix",
            "{u} rotten tomatoes score",
        ),
        u=name,
    )
    follows = (
        "who's in it?",
        "when does it come back",
        "what network is it on?",
        "who created it?",
        "how many episodes does it have",
        "what's its rotten tomatoes score?",
        "and the audience score?",
        "who directed it?",
        "is it any good?",
    )
    turns = unknown_turns(rng, name, first, follows, rng.choice((1, 2)))
    ask = rng.choice(
        ("ok what about {s}, who's in that", "fine, who's in {s}", "ok never mind, who stars in {s}?")
    )
    turns.append((ask.format(s=known.title.lower()), ans(any_=[p for p, _ in known.cast[:4]])))
    return {"turns": turns}
