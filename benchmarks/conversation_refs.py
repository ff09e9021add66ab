"""Follow-up templates that correct, refer back or ask about a show nobody knows (see conversation_forms)."""

from __future__ import annotations

import random

from benchmarks.conversation_facts import PRONOUNS, Facts, long_day
from benchmarks.conversation_forms import (
    RELATIONS,
    UNKNOWN,
    Conv,
    _characters,
    _now_near,
    _q,
    _season_words,
    ans,
    dated,
    named,
    relation_pair,
    two_seasons,
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


_TITLES = frozenset("miss mister mrs sergeant doctor captain lord lady".split())


def correction_season(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = two_seasons(rng, facts)
    if picked is None:
        return None
    show, dates, a, b = picked
    first = _q(
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
    return {
        "now": _now_near(rng, dates[b]),
        "turns": [
            (first, ans([long_day(dates[a])])),
            (rng.choice(_SORRY).format(x=season), ans([long_day(dates[b])], none=[long_day(dates[a])])),
        ],
    }


def correction_character(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    chars = _characters(show)
    if len(chars) < 2:
        return None
    (p1, c1), (p2, c2) = rng.sample(chars, 2)
    first = _q(rng, ("who plays {c} in {s}", "who plays {c}?"), c=c1.lower(), s=show.title.lower())
    titles = {fold(title) for title in facts.shows}  # "andor" of Cassian Andor names the show
    name = rng.choice(
        [c2.lower(), *(w for w in c2.lower().split() if w not in _TITLES | titles and len(w) > 3)]
    )
    return {"turns": [(first, ans([p1])), (rng.choice(_SORRY).format(x=name), ans([p2], none=[p1]))]}


def correction_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    phrasings, expect = RELATIONS[kind]
    first = rng.choice(phrasings).format(s=one.title.lower())
    return {
        "turns": [
            (first, expect(one)),
            (rng.choice(_SORRY).format(x=two.title.lower()), named(expect(two), two)),
        ]
    }


def answer_ref_days(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice([s for s in facts.shows.values() if dated(s)])
    season, day = rng.choice(list(dated(show).items()))
    now = _now_near(rng, day)
    if now == day:
        return None
    first = _q(
        rng,
        ("when does {s} come out", "when did {s} premiere?", "{s} release date", "when is {s} out"),
        s=_season_words(season, show.title.lower()),
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
    show = rng.choice([s for s in facts.shows.values() if dated(s) and s.network])
    season, day = rng.choice(list(dated(show).items()))
    first = _q(
        rng,
        ("when does {s} premiere", "{s} release date?", "when is {s} out"),
        s=_season_words(season, show.title.lower()),
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
    return {"now": _now_near(rng, day), "turns": turns}


def answer_ref_other_show(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    picked = relation_pair(rng, facts, 2)
    if picked is None:
        return None
    kind, (one, two) = picked
    phrasings, expect = RELATIONS[kind]
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
            (rng.choice(phrasings).format(s=one.title.lower()), expect(one)),
            (rng.choice(phrasings).format(s=two.title.lower()), expect(two)),
            (back.format(s=one.title.lower()), named(expect(one), one)),
        ]
    }


def answer_ref_first_person(rng: random.Random, facts: Facts, _: list[str]) -> Conv | None:
    show = rng.choice(list(facts.shows.values()))
    chars = [(p, c) for p, c in _characters(show) if facts.other_work(p, show.title)]
    others = _characters(show)
    if not chars or len(others) < 2:
        return None
    p1, c1 = rng.choice(chars)
    p2, c2 = rng.choice([pc for pc in others if pc[0] != p1])
    he = PRONOUNS.get(p1, "they")
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
    first = _q(
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
    unknown = {**UNKNOWN, "any": [name]}  # the reply names the show it has no facts about
    turns = [(first, unknown)] + [(f, unknown) for f in rng.sample(follows, rng.choice((1, 2)))]
    ask = rng.choice(
        ("ok what about {s}, who's in that", "fine, who's in {s}", "ok never mind, who stars in {s}?")
    )
    turns.append((ask.format(s=known.title.lower()), ans(any_=[p for p, _ in known.cast[:4]])))
    return {"turns": turns}
