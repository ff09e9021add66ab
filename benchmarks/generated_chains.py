"""Generated two-hop chains (a subject described by a relation, then a question about it) and in-domain
questions about facts the seed does not hold. Expected answers come from the facts alone."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import NOW, Item, fill, item, said_date, season_words

_OTHER_WORK = [
    "what other projects has the person who directed {s} worked on?",
    "the director of {s} - what else?",
    "name something else the director of {s} made",
    "what else is the director of {s} known for?",
    "what else has the director of {s} done?",
    "what else did the director of {s} make?",
    "what other shows has the director of {s} worked on?",
    "has the director of {s} done anything else?",
    "the director of {s}, what else have they done?",
    "what is the director of {s} known for?",
    "other work by the director of {s}?",
    "what else has whoever directed {s} directed?",
    "what else has the guy who directed {s} done",
    "what has the director of {s} done before?",
]
_ACTOR_OTHER_WORK = [
    "what else has the actor who plays {c} been in?",
    "what other shows is the guy who plays {c} in?",
    "what else is the actor playing {c} in?",
    "has the person who plays {c} been in anything else?",
]
_NETWORK_OF = [
    "what streaming service is the show {p} {v} on?",
    "where do i watch the show {p} {v}?",
    "which platform is the series {p} {v} on?",
    "what network is the show {p} {v} on?",
    "where can i watch the show {p} {v}?",
    "what channel is the series {p} {v} on?",
    "which streaming service has the show {p} {v}?",
    "the show {p} {v}, what network is it on?",
    "what platform is the show that {p} {v} on?",
]
_CREATOR_OF = [
    "who's behind the show {p} {v}?",
    "who wrote the show {p} {v}?",
    "who created the show {p} {v}?",
    "who made the show {p} {v}?",
    "who's the creator of the show that {p} {v}?",
    "who came up with the series {p} {v}?",
    "the show {p} {v}, who created it?",
]
_DIRECTOR_OF = [
    "who directed the show {p} {v}?",
    "who directs the series {p} {v}?",
    "who's the director of the show that {p} {v}?",
]
_BACK = [
    "when is the show with {x} coming back?",
    "when's the next season of the show with {x}?",
    "when do we get more of the show with {x}?",
    "when does the show with {x} come back?",
    "when is the show with {x} back?",
    "when does the show with {x} return?",
    "when does the next season of the show with {x} come out?",
    "when's the series with {x} coming back?",
    "when does the show {x} is in come back?",
]
_CAST_OF = [
    "who stars in the show {p} {v}?",
    "who's in the show {p} {v}?",
    "who is in the cast of the series {p} {v}?",
]
_SCORE_OF = [
    "what's the rotten tomatoes score of the show {p} {v}?",
    "how is the show {p} {v} rated?",
    "what do critics think of the show {p} {v}?",
]
_VERBS = {
    "director": ["directs", "directed", "is directing"],
    "actor": ["is in", "stars in", "acts in"],
    "creator": ["created", "made"],
}


def _single_show_people(facts: SeedFacts) -> list[tuple[str, str, str]]:
    """(person, role, show) for everyone credited on exactly one show in a role the chains describe."""
    out = []
    for person in dict.fromkeys(c.person for c in facts.credits):
        shows = facts.shows_of(person)
        roles = [c.role for c in facts.credits if c.person == person and c.role in _VERBS]
        if len(shows) == 1 and roles:
            out.append((person, roles[0], shows[0]))
    return out


def other_work_chains(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'what else has the director of S season N done' for every director credit and season."""
    items: list[Item] = []
    for credit in facts.credits:
        if credit.role != "director":
            continue
        works = facts.works.get(credit.person, [])
        for season in credit.seasons:
            for q in fill(rng, _OTHER_WORK, k, s=season_words(rng, credit.show, season)):
                items.append(item("chain_other_work", q, all_of=[credit.person, *works[:2]]))
    for credit in facts.credits:
        if credit.role != "actor" or credit.character is None or credit.character == "Mystery Teen":
            continue
        others = [s for s in facts.shows_of(credit.person) if s != credit.show]
        name = rng.choice([credit.character, *credit.character_aliases]).lower()
        for q in fill(rng, _ACTOR_OTHER_WORK, max(2, k // 2), c=name):
            if others or facts.works.get(credit.person):
                items.append(item("chain_other_work", q, all_of=[credit.person, *others]))
            else:  # nothing else on record: say so, and whom the description found
                items.append(item("chain_other_work", q, kind="dont_know", known=[credit.person]))
    return items


def person_show_chains(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Network, creator, directors, cast and score of 'the show P directs/is in/created'."""
    items: list[Item] = []
    for person, role, show in _single_show_people(facts):
        n = max(1, k // 4)
        verb = rng.choice(_VERBS[role])
        p = person.lower()
        for q in fill(rng, _NETWORK_OF, n, p=p, v=verb):
            items.append(item("chain_network", q, all_of=[facts.networks[show]]))
        creators = facts.holders(show, "creator")
        for q in fill(rng, _CREATOR_OF, n, p=p, v=verb):
            if creators:
                items.append(item("chain_creator", q, all_of=creators))
            else:
                items.append(item("chain_creator", q, kind="dont_know", known=[show]))
        directors = facts.holders(show, "director")
        if role != "director":
            for q in fill(rng, _DIRECTOR_OF, 1, p=p, v=verb):
                if directors:
                    items.append(item("chain_director", q, any_of=directors))
                else:
                    items.append(item("chain_director", q, kind="dont_know", known=[show]))
        if role != "actor":
            for q in fill(rng, _CAST_OF, 1, p=p, v=verb):
                items.append(item("chain_cast", q, all_of=facts.holders(show, "actor")[:2]))
        critics = facts.ratings.get((show, "critics"))
        for q in fill(rng, _SCORE_OF, 1, p=p, v=verb):
            if critics is not None:
                items.append(item("chain_score", q, all_of=[f"{critics}%"]))
            else:
                items.append(item("chain_score", q, kind="dont_know", known=[show]))
    return items


def coming_back_chains(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'when does the show with CHARACTER (or PERSON) come back': the show's next dated premiere."""
    items: list[Item] = []
    today = dt.date.fromisoformat(NOW)
    subjects: list[tuple[str, str]] = []
    for credit in facts.credits:
        if credit.character and credit.character != "Mystery Teen":
            subjects += [(credit.character.lower(), credit.show)]
            subjects += [(a.lower(), credit.show) for a in credit.character_aliases]
    subjects += [(p.lower(), s) for p, _role, s in _single_show_people(facts)][:6]
    for words, show in subjects:
        upcoming = facts.upcoming(show, today)
        if upcoming is None or upcoming.day is None:
            continue
        for q in fill(rng, _BACK, max(1, k // 4), x=words):
            items.append(item("chain_back", q, all_of=[said_date(upcoming.day)]))
    return items


def all_chains(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every generated two-hop chain."""
    return [
        *other_work_chains(facts, rng, k),
        *person_show_chains(facts, rng, k),
        *coming_back_chains(facts, rng, k),
    ]
