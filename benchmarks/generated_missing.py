"""Generated in-domain questions about facts the seed does not hold: a score from a site it never quotes, a
composer, a spin-off, a role no credit names, a season no release dates, an episode count never given. The
reply must say what is missing first; the facts decide which questions are missing and what must not be
passed off as the answer."""

from __future__ import annotations

import random

from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import Item, fill, item, said_date

_SITE_SCORE = [
    "what's the {site} for {s}?",
    "{s} on {site}, what's it got?",
    "what's {s}'s {site} score?",
    "what did {s} get on {site}?",
    "{s} {site} rating?",
    "how is {s} rated on {site}?",
    "is {s}'s {site} score good?",
]
_UNHELD_ROLES = {
    "composer": ["who composed the music for {s}?", "who's the composer on {s}?",
                 "who did the {s} soundtrack?", "who wrote the music for {s}?"],
    "showrunner": ["who's the showrunner of {s}?", "who runs {s}?"],
    "producer": ["who produced {s}?", "who are the executive producers of {s}?"],
    "casting director": ["who's the casting director for {s}?"],
    "cinematographer": ["who was the cinematographer on {s}?", "who shot {s}?"],
}  # fmt: skip
_ROLE_OF_MISSING = {
    "director": ["who directed {s}?", "who's directing {s}?", "who is the director of {s}?"],
    "creator": ["who created {s}?", "who made {s}?", "who is the creator of {s}?"],
}
_SPIN_OFF = [
    "is a {s} spin-off in the works?",
    "are they making a {s} spin-off?",
    "is there a {s} spin-off?",
    "is a {s} spinoff happening?",
    "any news on a {s} spin off?",
    "will there be a {s} spin-off?",
    "what's the {s} spin-off called?",
]
_CHARACTER = ["who does {p} play in {s}?", "what character does {p} play?", "who is {p} in {s}?"]


def _aliases(facts: SeedFacts, show: str) -> str:
    return " ".join(a.lower() for a in facts.aliases.get(show, []))


def missing_facts(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every generated missing-fact question."""
    items: list[Item] = []
    for show in facts.networks:
        s = show.lower()
        scores = [f"{v}%" for (rated, _), v in facts.ratings.items() if rated == show]
        for site in ("metacritic", "imdb", "letterboxd"):
            for q in fill(rng, _SITE_SCORE, max(1, k // 4), s=s, site=site):
                items.append(item("missing_score", q, kind="dont_know", none_of=scores, known=scores[:1]))
        if not scores:
            q = rng.choice(["what's {s}'s rotten tomatoes score?", "how did critics rate {s}?"]).format(s=s)
            items.append(item("missing_score", q, kind="dont_know"))
        held_people = list(dict.fromkeys(c.person for c in facts.credits if c.show == show))
        for templates in _UNHELD_ROLES.values():
            for q in fill(rng, templates, max(1, k // 4), s=s):
                items.append(item("missing_role", q, kind="dont_know", none_of=held_people))
        for role, templates in _ROLE_OF_MISSING.items():
            if facts.holders(show, role):
                continue
            others = facts.people(role)
            for q in fill(rng, templates, max(1, k // 3), s=s):
                items.append(item("missing_role", q, kind="dont_know", none_of=others))
        spin_offs = [
            other for other in facts.networks if f"{show.lower()} spin-off" in _aliases(facts, other)
        ]
        for q in fill(rng, _SPIN_OFF, max(1, k // 3), s=s):
            if spin_offs:
                items.append(item("check_spin_off", q, all_of=spin_offs))
            else:
                others = [other for other in facts.networks if other != show]
                items.append(item("missing_spin_off", q, kind="dont_know", none_of=others))
        seasons = sorted({p.season or 1 for p in facts.premieres if p.show == show})
        dated = {p.season or 1: p for p in facts.premieres if p.show == show}
        if seasons:
            absent = [n for n in range(1, max(seasons) + 2) if n not in dated]
            days = [said_date(p.day) for p in dated.values() if p.day is not None]
            for n in absent:
                templates = [
                    "when did {s} season {n} come out?",
                    "when does {s} season {n} premiere?",
                    "release date for {s} season {n}?",
                ]
                for q in fill(rng, templates, 2, s=s, n=str(n)):
                    items.append(item("missing_date", q, kind="dont_know", none_of=days))
        span = facts.episode_spans.get(show)
        if span is not None:
            for n in (
                p.season for p in facts.premieres if p.show == show and p.season and p.season > span[1]
            ):
                counts = ["how many episodes does {s} season {n} have?", "how many eps in {s} s{n}?"]
                for q in fill(rng, counts, 2, s=s, n=str(n)):
                    items.append(item("missing_count", q, kind="dont_know", none_of=[str(span[2])]))
    for credit in facts.credits:
        if credit.role == "actor" and credit.character is None:
            p = credit.person.lower()
            playing = [c.character for c in facts.credits if c.show == credit.show and c.character]
            for q in fill(rng, _CHARACTER, 1, p=p, s=credit.show.lower()):
                items.append(item("missing_character", q, kind="dont_know", none_of=playing))
    return items
