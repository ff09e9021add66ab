"""A later batch of phrasings, written after the first forms were fixed, to see how the fixes carry over to
wordings they were not made for. Expected answers come from the seed facts alone."""

from __future__ import annotations

import itertools
import random

from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import Item, fill, item, said_date, season_words

_DIRECTOR = [
    "hold on, {p} directed {s}??",
    "{p} is the director on {s}, no?",
    "was {s} a {p} job?",
    "did {s} have {p} as director?",
    "{p} did the directing for {s}, yes?",
    "is {p} credited as director of {s}?",
    "pretty sure {p} directed {s}",
    "{s} director = {p}?",
]
_CAST = [
    "is {p} acting in {s}?",
    "{p} in {s}? y/n",
    "does {s} have {p} in it?",
    "was {p} cast in {s}?",
    "is {p} among the {s} cast?",
]
_NETWORK = ["{s} streams on {n}, yes?", "is {s} a {n} series?", "can {s} be watched on {n}?", "{s} - {n}?"]
_FIRST = [
    "{a} and {b}: which one premiered earlier?",
    "which premiere is first, {a} or {b}?",
    "out of {a} and {b} which came out first",
    "who premiered first, {a} or {b}?",
]
_DAYS = [
    "how many days separate {a} and {b}?",
    "count the days between {a} and {b}",
    "number of days between {a} and {b}?",
]
_CHAIN_NETWORK = [
    "which service streams the show {p} {v}?",
    "what app do i need for the show {p} {v}?",
    "the series {p} {v} is on which network?",
]
_CHAIN_WORK = [
    "what has the director of {s} worked on besides it?",
    "list other shows by the director of {s}",
    "what else did whoever directed {s} do?",
]
_MISSING = [
    "what's the metacritic score for {s}?",
    "who wrote the score for {s}?",
    "any {s} spinoff news?",
    "who's the cinematographer of {s}?",
    "what's the imdb rating of {s}?",
    "how much did {s} cost to make?",
]


def fresh_items(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every item of the later batch."""
    items: list[Item] = []
    for person in facts.people("director"):
        for show in dict.fromkeys(c.show for c in facts.credits if c.role == "director"):
            for season in (1, 3):
                truth = facts.credited(person, show, "director", season)
                for q in fill(rng, _DIRECTOR, k, p=person.lower(), s=season_words(rng, show, season)):
                    items.append(item("fresh_check", q, first="yes" if truth else "no",
                                      all_of=facts.holders(show, "director", season)))  # fmt: skip
    shows = list(dict.fromkeys(c.show for c in facts.credits if c.role == "actor"))
    for show, person in itertools.product(shows, facts.people("actor")[:5]):
        truth = facts.credited(person, show, "actor")
        for q in fill(rng, _CAST, 2, p=person.lower(), s=show.lower()):
            items.append(item("fresh_check", q, first="yes" if truth else "no"))
    for show, network in facts.networks.items():
        for asked in (network, "Hulu"):
            for q in fill(rng, _NETWORK, 2, s=show.lower(), n=asked.lower()):
                items.append(
                    item("fresh_check", q, first="yes" if asked == network else "no", all_of=[network])
                )
    dated = [p for p in facts.premieres if p.day is not None]
    for a, b in itertools.combinations(dated, 2):
        assert a.day is not None and b.day is not None
        early, late = (a, b) if a.day < b.day else (b, a)
        wa, wb = a.label.lower(), b.label.lower()
        for q in fill(rng, _FIRST, 2, a=wa, b=wb):
            items.append(item("fresh_compare", q, first=early.label, first_not=late.label))
        for q in fill(rng, _DAYS, 1, a=wa, b=wb):
            items.append(item("fresh_compare", q, all_of=[str(abs((a.day - b.day).days))]))
    for credit in facts.credits:
        if credit.role == "director" and credit.seasons:
            works = facts.works.get(credit.person, [])
            for q in fill(rng, _CHAIN_WORK, 2, s=season_words(rng, credit.show, credit.seasons[0])):
                items.append(item("fresh_chain", q, all_of=[credit.person, *works[:1]]))
        if credit.role in ("director", "actor") and len(facts.shows_of(credit.person)) == 1:
            verb = "directs" if credit.role == "director" else "is in"
            for q in fill(rng, _CHAIN_NETWORK, 1, p=credit.person.lower(), v=verb):
                items.append(item("fresh_chain", q, all_of=[facts.networks[credit.show]]))
        if credit.character and credit.character != "Mystery Teen":
            upcoming = [p for p in facts.premieres if p.show == credit.show and p.season and p.day]
            if upcoming and upcoming[0].day is not None:
                q = f"when's the new season of the {credit.character.split()[0].lower()} show?"
                items.append(item("fresh_chain", q, all_of=[said_date(upcoming[0].day)]))
    for show in ("Heartstopper",):
        held = [c.person for c in facts.credits if c.show == show]
        for q in fill(rng, _MISSING, len(_MISSING), s=show.lower()):
            items.append(item("fresh_missing", q, kind="dont_know", none_of=held))
    return items
