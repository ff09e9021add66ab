"""More generated forms: choices between people, checks about two people or two shows at once, chains that
end in a count or a character, and counts asserted in a yes/no. Expected answers come from the facts alone."""

from __future__ import annotations

import itertools
import random

from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import Item, fill, item, season_words


def person_choices(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'who directed S season N, A or B?' and 'did A or B direct S season N?' for the two directors."""
    items: list[Item] = []
    directors = facts.people("director")
    for show in dict.fromkeys(c.show for c in facts.credits if c.role == "director"):
        seasons = sorted(
            {n for c in facts.credits if c.show == show and c.role == "director" for n in c.seasons}
        )
        for season, (a, b) in itertools.product(seasons, itertools.permutations(directors, 2)):
            holders = facts.holders(show, "director", season)
            if len(holders) != 1:
                continue
            loser = b if holders[0] == a else a
            templates = [
                "who directed {s}, {a} or {b}?",
                "did {a} or {b} direct {s}?",
                "{s}: directed by {a} or {b}?",
                "was it {a} or {b} who directed {s}?",
            ]
            for q in fill(rng, templates, 2, s=season_words(rng, show, season), a=a.lower(), b=b.lower()):
                items.append(item("choice_person", q, all_of=holders, first_not=loser))
    return items


def both_checks(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'are A and B both in S?', 'is P in both S1 and S2?'."""
    items: list[Item] = []
    for show in dict.fromkeys(c.show for c in facts.credits if c.role == "actor"):
        actors = facts.holders(show, "actor")
        outsiders = [p for p in facts.people("actor") if p not in actors]
        pairs = [(actors[0], actors[1], True), (actors[0], actors[-1], True)]
        pairs += [(actors[1], outsiders[0], False)] if outsiders else []
        for a, b, truth in pairs:
            templates = ["are {a} and {b} both in {s}?", "do {a} and {b} both star in {s}?"]
            for q in fill(rng, templates, 1, a=a.lower(), b=b.lower(), s=show.lower()):
                items.append(item("check_both", q, first="yes" if truth else "no"))
    shows = list(dict.fromkeys(c.show for c in facts.credits if c.role == "actor"))
    for person in facts.people("actor"):
        for s1, s2 in itertools.combinations(shows, 2):
            truth = facts.credited(person, s1, "actor") and facts.credited(person, s2, "actor")
            q = rng.choice(["is {p} in both {a} and {b}?", "has {p} been in {a} and {b}?"])
            items.append(item("check_both", q.format(p=person.lower(), a=s1.lower(), b=s2.lower()),
                              first="yes" if truth else "no"))  # fmt: skip
    return items


def counted_checks(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'did P direct N episodes?', 'does S have more than N episodes?', 'is the critics score above N%?'."""
    items: list[Item] = []
    for credit in facts.credits:
        if credit.episodes is None:
            continue
        for n in (credit.episodes, credit.episodes - 4):
            templates = ["did {p} direct {n} episodes of {s}?", "{p} directed {n} episodes of {s}, right?"]
            for q in fill(rng, templates, 1, p=credit.person.lower(), n=str(n), s=credit.show.lower()):
                items.append(item("check_count", q, first="yes" if n == credit.episodes else "no",
                                  all_of=[str(credit.episodes)]))  # fmt: skip
    for (show, audience), value in facts.ratings.items():
        for bar in (value - 5, value + 1):
            q = rng.choice(["is {s}'s {a} score above {n}%?", "is {s} rated over {n}% by {a}?"])
            items.append(item("check_count", q.format(s=show.lower(), a=audience, n=bar),
                              first="yes" if value > bar else "no", all_of=[f"{value}%"]))  # fmt: skip
    return items


def more_chains(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """Chains that end in a character, a count, a date, a crew member or a check."""
    items: list[Item] = []
    for credit in facts.credits:
        if credit.role == "creator":
            for c in facts.credits:
                if c.show == credit.show and c.character:
                    q = rng.choice(
                        ["who plays {c} in the show {p} created?", "in the show {p} made, who plays {c}?"]
                    )
                    q = q.format(c=c.character.lower(), p=credit.person.lower())
                    items.append(item("chain_character", q, all_of=[c.person]))
        if credit.role == "director" and credit.episodes:
            season = credit.seasons[0]
            q = rng.choice(["how many episodes did the director of {s} direct?",
                            "how many episodes has the {s} director done?"])  # fmt: skip
            items.append(item("chain_count", q.format(s=season_words(rng, credit.show, season)),
                              all_of=[str(credit.episodes)]))  # fmt: skip
        if credit.role == "actor" and credit.character:
            first = min((p for p in facts.premieres if p.show == credit.show), key=lambda p: p.year)
            if first.day is not None and first.season is None:
                q = rng.choice(
                    ["when did the show with {c} first come out?", "when did the {c} show premiere?"]
                )
                day = f"{first.day.strftime('%B')} {first.day.day}, {first.day.year}"
                items.append(item("chain_date", q.format(c=credit.character.lower()), all_of=[day]))
        if credit.role == "story_consultant":
            for c in facts.credits:
                if c.show == credit.show and c.role == "actor" and len(facts.shows_of(c.person)) == 1:
                    q = f"who is the story consultant on the show {c.person.lower()} is in?"
                    items.append(item("chain_crew", q, all_of=[credit.person]))
                    break
    for credit in facts.credits:
        if credit.role != "director" or not credit.seasons:
            continue
        for other in facts.credits:
            if other.role == "director" and other.show == credit.show and other.person != credit.person:
                season = other.seasons[0]
                q = rng.choice(
                    ["did the director of {a} also direct {b}?", "is the director of {a} also directing {b}?"]
                )
                q = q.format(
                    a=season_words(rng, credit.show, credit.seasons[0]),
                    b=season_words(rng, credit.show, season),
                )
                items.append(item("chain_check", q, first="no", all_of=[other.person]))
    return items


def work_checks(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'did P work on TITLE?' for every title of a person's other work, asked of them and of someone else."""
    items: list[Item] = []
    templates = [
        "did {p} work on {t}?",
        "has {p} directed episodes of {t}?",
        "was {p} involved in {t}?",
        "{p} worked on {t} right?",
        "did {p} do {t}?",
    ]
    people = list(dict.fromkeys(c.person for c in facts.credits))
    for person, titles in facts.works.items():
        for title in titles:
            for q in fill(rng, templates, 2, p=person.lower(), t=title.lower()):
                items.append(item("check_work", q, first="yes", all_of=[title]))
            other = rng.choice([p for p in people if title not in facts.works.get(p, [])])
            for q in fill(rng, templates, 1, p=other.lower(), t=title.lower()):
                items.append(item("check_work", q, first="no"))
    return items


def all_more(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """Every form of this module."""
    return [
        *person_choices(facts, rng),
        *both_checks(facts, rng),
        *counted_checks(facts, rng),
        *more_chains(facts, rng),
        *work_checks(facts, rng),
        *described_chains(facts, rng),
        *work_described_chains(facts, rng),
        *show_pairs(facts, rng),
    ]


def described_chains(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """Chains through a show described by its network or its other cast, ending in another credit, a count
    or an award check; and an actor described by a character in one show, asked about another."""
    items: list[Item] = []
    for person in facts.people("actor"):
        shows = facts.shows_of(person)
        for show in shows:
            network = facts.networks[show].lower()
            which = (
                f"the {network} show {person.lower()} is in"
                if len(shows) > 1
                else f"the show {person.lower()} is in"
            )
            creators = facts.holders(show, "creator")
            q = rng.choice(["who created {w}?", "who made {w}?"]).format(w=which)
            items.append(item("chain_described", q, all_of=creators) if creators
                         else item("chain_described", q, kind="dont_know", known=[show]))  # fmt: skip
            others = [c for c in facts.credits if c.show == show and c.character and c.person != person]
            for other in others[:1]:
                name = rng.choice([other.character or "", *other.character_aliases]).lower()
                items.append(item("chain_described", f"who plays {name} in {which}?", all_of=[other.person]))
            bodies = facts.award_bodies.get(show, [])
            if bodies:
                body = bodies[0]
                count = bodies.count(body)
                q = f"how many {body.lower()} nominations does {which} have?"
                items.append(item("chain_described", q, all_of=[str(count)]))
                q = rng.choice(["has {w} won an emmy?", "did {w} get an emmy nomination?"]).format(w=which)
                items.append(item("chain_described", q, first="no"))
    for credit in facts.credits:
        if credit.role != "actor" or not credit.character or credit.character == "Mystery Teen":
            continue
        for elsewhere in facts.credits:
            if elsewhere.person == credit.person and elsewhere.show != credit.show and elsewhere.character:
                q = rng.choice([
                    "who does the actor who plays {c} play in {s}?",
                    "what role does the {c} actor have in {s}?",
                ]).format(c=credit.character.lower(), s=elsewhere.show.lower())  # fmt: skip
                items.append(item("chain_described", q, all_of=[elsewhere.character]))
    return items


def work_described_chains(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'what network is the show the TITLE director works on?': a person found by a title of their other
    work, then their show's network, score or premiere."""
    items: list[Item] = []
    for person, titles in facts.works.items():
        shows = facts.shows_of(person)
        if len(shows) != 1:
            continue
        show = shows[0]
        roles = {c.role for c in facts.credits if c.person == person}
        noun = "director" if "director" in roles else "actor"
        for title in titles[:2]:
            who = rng.choice([f"the {title.lower()} {noun}", f"the {noun} of {title.lower()}"])
            items.append(item("chain_work", f"what network is the show {who} works on?",
                              all_of=[facts.networks[show]]))  # fmt: skip
            critics = facts.ratings.get((show, "critics"))
            if critics is not None:
                q = f"what's the critics score of the show {who} made episodes of?"
                items.append(item("chain_work", q, all_of=[f"{critics}%"]))
            others = [t for t in titles if t != title]
            items.append(item("chain_work", f"what else has {who} done?", all_of=[person, *others[:1]]))
    return items


def show_pairs(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """Two shows at once: the same network?, both on N?, which is on N?, shared actors?"""
    items: list[Item] = []
    for a, b in itertools.permutations(facts.networks, 2):
        na, nb = facts.networks[a], facts.networks[b]
        wa, wb = a.lower(), b.lower()
        same = rng.choice(
            ["are {a} and {b} on the same network?", "do {a} and {b} stream on the same service?"]
        )
        items.append(item("pair_network", same.format(a=wa, b=wb), first="yes" if na == nb else "no",
                          all_of=[na, nb]))  # fmt: skip
        both = rng.choice(["are {a} and {b} both on {n}?", "can i watch both {a} and {b} on {n}?"])
        verdict = "yes" if na == nb else "no"
        items.append(item("pair_network", both.format(a=wa, b=wb, n=na.lower()), first=verdict, all_of=[nb]))
        if na != nb:
            which = rng.choice(["which is on {n}, {a} or {b}?", "{a} or {b}: which one is on {n}?"])
            items.append(item("pair_network", which.format(a=wa, b=wb, n=nb.lower()), first=b, first_not=a))
    shows = list(dict.fromkeys(c.show for c in facts.credits if c.role == "actor"))
    for a, b in itertools.combinations(shows, 2):
        common = sorted(set(facts.holders(a, "actor")) & set(facts.holders(b, "actor")))
        share = rng.choice(["do {a} and {b} share any actors?", "is anyone in both {a} and {b}?",
                            "what do {a} and {b} have in common cast-wise?"])  # fmt: skip
        items.append(item("pair_cast", share.format(a=a.lower(), b=b.lower()), all_of=common))
    return items
