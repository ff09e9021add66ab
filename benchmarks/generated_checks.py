"""Generated yes/no checks: every credit, casting, network, premiere date and score in the seed facts,
asserted truly and falsely, in many phrasings. The expected verdict and deciding fact come from the facts."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import Item, date_words, fill, item, said_date, season_words

_DIRECTED = [
    "wait did {p} direct {s}?",
    "is {s} being directed by {p}?",
    "am i right that {p} directed {s}?",
    "correct me if i'm wrong but {p} directed {s}",
    "true or false: {p} directed {s}",
    "i heard {p} is directing {s}, is that true?",
    "{p} was the director for {s} yeah?",
    "was {p} behind the camera for {s}?",
    "{p} helmed {s}?",
    "did {p} direct {s}?",
    "does {p} direct {s}?",
    "is {p} the director of {s}?",
    "was {p} the director of {s}?",
    "has {p} directed {s}?",
    "{p} directed {s}, right?",
    "{p} directed {s} or nah",
    "isn't {p} directing {s}?",
    "wasn't {p} the director of {s}?",
    "didn't {p} direct {s}?",
    "{s} was directed by {p}, wasn't it?",
    "is {s} directed by {p}?",
    "so {p} is directing {s}?",
    "is it true that {p} directed {s}?",
    "did {s} get directed by {p}?",
    "{p} is the one directing {s} right",
    "was {s} directed by {p} or someone else?",
    "{p} directs {s}?",
]
_CREATED = [
    "was {s} written by {p}?",
    "{p} is the author of {s} right?",
    "is {p} the person who created {s}?",
    "true or false: {p} created {s}",
    "is {p} the one who made {s}?",
    "did {p} create {s}?",
    "is {p} the creator of {s}?",
    "was {s} created by {p}?",
    "{p} created {s}, right?",
    "{p} made {s} or nah",
    "isn't {p} the creator of {s}?",
    "didn't {p} create {s}?",
    "did {p} come up with {s}?",
    "{s} was created by {p}, wasn't it?",
    "is {s} {p}'s creation?",
    "so {p} created {s}?",
]
_CAST = [
    "is {p} one of the actors in {s}?",
    "does {p} have a role in {s}?",
    "is {p} still in {s}?",
    "did {p} get cast in {s}?",
    "{p} acts in {s}, doesn't she?",
    "is {p} part of {s}?",
    "is {p} in {s}?",
    "was {p} in {s}?",
    "does {p} star in {s}?",
    "did {p} act in {s}?",
    "is {p} part of the {s} cast?",
    "{p} is in {s} right?",
    "{p} is in {s} or nah",
    "isn't {p} in {s}?",
    "is {p} in the cast of {s}?",
    "does {s} star {p}?",
    "does {p} appear in {s}?",
    "{p} stars in {s}, yeah?",
    "so {p} is in {s}?",
]
_PLAYS = [
    "does {p} play the character {c}?",
    "{p} is the one playing {c} right?",
    "is {p}'s character {c}?",
    "am i right that {p} plays {c}?",
    "does {p} play {c}?",
    "is {c} played by {p}?",
    "{p} plays {c} right?",
    "did {p} play {c}?",
    "isn't {c} played by {p}?",
    "is {p} the actor who plays {c}?",
    "is {p} playing {c}?",
    "{p} plays {c} or nah",
    "wasn't {p} {c}?",
    "{c} is played by {p}, isn't it?",
]
_NETWORK = [
    "is {s} a {n} thing?",
    "do i need {n} to watch {s}?",
    "can you stream {s} on {n}?",
    "is {s} exclusive to {n}?",
    "is {s} only on {n}?",
    "is {s} on {n}?",
    "is {s} a {n} show?",
    "can i watch {s} on {n}?",
    "does {s} stream on {n}?",
    "is {s} streaming on {n}?",
    "{s} is on {n} right?",
    "{s} on {n} or nah",
    "isn't {s} on {n}?",
    "did {s} air on {n}?",
    "is {s} available on {n}?",
    "{s} is a {n} original, isn't it?",
    "is {n} where {s} streams?",
]
_DATE = [
    "is {s} still coming out {d}?",
    "{s} release date is {d}, correct?",
    "wait is {s} out on {d}?",
    "is {s} dropping on {d}?",
    "{d} for {s}?",
    "does {s} premiere on {d}?",
    "is {s} coming out on {d}?",
    "{s} drops {d} right?",
    "is {s}'s release date {d}?",
    "does {s} come out {d}?",
    "did {s} premiere on {d}?",
    "{s} comes out on {d} or nah",
    "isn't {s} out on {d}?",
    "is {d} the premiere date for {s}?",
]
_SCORE = [
    "does {s} really have a {v} from {a} on rotten tomatoes?",
    "{a} gave {s} {v}% right?",
    "is {s} sitting at {v}% with {a}?",
    "is {s}'s {a} score {v}%?",
    "does {s} have {v}% from {a} on rotten tomatoes?",
    "{s} has a {v}% {a} score right?",
    "is the rotten tomatoes {a} score for {s} {v}%?",
    "did {a} give {s} {v}%?",
    "isn't {s} at {v}% with {a}?",
]
_WRONG_NETWORKS = ("Hulu", "Disney+", "HBO", "Prime Video", "Apple TV+", "Netflix", "Peacock")
_AUDIENCE_WORDS = {"critics": "critics", "audience": "audience"}


def _show_words(rng: random.Random, facts: SeedFacts, show: str) -> str:
    return rng.choice([show.lower(), *[a.lower() for a in facts.aliases.get(show, []) if " " not in a]])


def director_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'did P direct S season N?' for every director and season, and 'did P direct S?' for other people."""
    items: list[Item] = []
    directors = facts.people("director")
    seasons = sorted({n for c in facts.credits if c.role == "director" for n in c.seasons})
    for show in dict.fromkeys(c.show for c in facts.credits if c.role == "director"):
        for person in directors:
            for season in seasons:
                truth = facts.credited(person, show, "director", season)
                holders = facts.holders(show, "director", season)
                for q in fill(rng, _DIRECTED, k, p=person.lower(), s=season_words(rng, show, season)):
                    items.append(item("check_director", q, first="yes" if truth else "no", all_of=holders))
        others = [c.person for c in facts.credits if c.show == show and c.role in ("actor", "creator")][:3]
        for person in others:
            for q in fill(rng, _DIRECTED, max(1, k // 2), p=person.lower(), s=show.lower()):
                items.append(item("check_director", q, first="no", any_of=facts.holders(show, "director")))
    return items


def creator_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'did P create S?' for the creator and for others credited on the show."""
    items: list[Item] = []
    for show in dict.fromkeys(c.show for c in facts.credits if c.role == "creator"):
        creators = facts.holders(show, "creator")
        people = list(dict.fromkeys(c.person for c in facts.credits if c.show == show))[:6]
        for person in people:
            truth = person in creators
            for q in fill(rng, _CREATED, k if truth else max(1, k // 2), p=person.lower(), s=show.lower()):
                items.append(item("check_creator", q, first="yes" if truth else "no", all_of=creators))
    return items


def cast_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'is P in S?' for every actor and show: true for the show's cast, false for another show's."""
    items: list[Item] = []
    shows = list(dict.fromkeys(c.show for c in facts.credits if c.role == "actor"))
    for show in shows:
        for person in facts.people("actor"):
            truth = facts.credited(person, show, "actor")
            if not truth and len(facts.shows_of(person)) > 1:
                continue
            elsewhere = [s for s in facts.shows_of(person) if s != show]
            for q in fill(rng, _CAST, max(2, k // 2), p=person.lower(), s=_show_words(rng, facts, show)):
                items.append(
                    item(
                        "check_cast", q, first="yes" if truth else "no", any_of=elsewhere if not truth else []
                    )
                )
    return items


def plays_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'does P play C?' for every character, with its actor and with the show's other actors."""
    items: list[Item] = []
    for credit in facts.credits:
        if credit.character is None or credit.character == "Mystery Teen":
            continue
        names = [credit.character.lower(), *[a.lower() for a in credit.character_aliases]]
        for person in facts.holders(credit.show, "actor")[:4]:
            truth = person == credit.person
            for q in fill(rng, _PLAYS, k if truth else max(2, k // 2), p=person.lower(), c=rng.choice(names)):
                items.append(
                    item(
                        "check_plays",
                        q,
                        first="yes" if truth else "no",
                        all_of=[] if truth else [credit.person],
                    )
                )
    return items


def network_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'is S on N?' with the show's own network and wrong ones; the reply names the right one."""
    items: list[Item] = []
    for show, network in facts.networks.items():
        asked = [network, *[n for n in _WRONG_NETWORKS if n != network][:4]]
        for name in asked:
            truth = name == network
            said = name.lower().replace("+", " plus") if rng.random() < 0.3 else name.lower()
            for q in fill(
                rng, _NETWORK, k if truth else max(2, k // 2), s=_show_words(rng, facts, show), n=said
            ):
                items.append(item("check_network", q, first="yes" if truth else "no", all_of=[network]))
        wrong = rng.choice([n for n in _WRONG_NETWORKS if n != network])
        for a, b in ((network, wrong), (wrong, network)):
            q = rng.choice(["is {s} on {a} or {b}?", "{s}: {a} or {b}?", "which is {s} on, {a} or {b}?"])
            items.append(
                item("check_network", q.format(s=show.lower(), a=a.lower(), b=b.lower()), all_of=[network])
            )
    return items


def date_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'does S premiere on D?' with the true day and a wrong one; the reply gives the true day."""
    items: list[Item] = []
    for premiere in facts.premieres:
        if premiere.day is None:
            continue
        label = (
            premiere.show.lower()
            if premiere.season is None
            else season_words(rng, premiere.show, premiere.season)
        )
        for shift in (0, rng.choice([-14, -7, 7, 10, 31])):
            day = premiere.day + dt.timedelta(days=shift)
            for q in fill(rng, _DATE, max(2, k // 2), s=label, d=date_words(rng, day)):
                items.append(
                    item(
                        "check_date", q, first="yes" if shift == 0 else "no", all_of=[said_date(premiere.day)]
                    )
                )
        wrong_year = premiere.year - 1
        for year, truth in ((premiere.year, True), (wrong_year, False)):
            q = rng.choice(
                ["did {s} come out in {y}?", "was {s} released in {y}?", "{s} premiered in {y} right?"]
            )
            if premiere.day > dt.date.fromisoformat("2024-09-05"):
                q = rng.choice(["does {s} come out in {y}?", "is {s} coming in {y}?"])
            items.append(
                item(
                    "check_date",
                    q.format(s=label, y=year),
                    first="yes" if truth else "no",
                    all_of=[str(premiere.year)],
                )
            )
    return items


def score_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """'is S's critics score 98%?' with the true score and a wrong one."""
    items: list[Item] = []
    for (show, audience), value in facts.ratings.items():
        for asked in (value, value - rng.choice([3, 5, 8])):
            for q in fill(
                rng, _SCORE, max(2, k // 2), s=show.lower(), a=_AUDIENCE_WORDS[audience], v=str(asked)
            ):
                items.append(
                    item("check_score", q, first="yes" if asked == value else "no", all_of=[f"{value}%"])
                )
    return items


def award_checks(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'was S nominated for a BODY?' for bodies it was and wasn't nominated by."""
    items: list[Item] = []
    for show, bodies in facts.award_bodies.items():
        for body in ("BAFTA", "Emmy", "Golden Globe"):
            truth = any(body.lower() in b.lower() for b in bodies)
            templates = [
                "was {s} nominated for a {b}?",
                "did {s} get a {b} nomination?",
                "has {s} been nominated for any {b}s?",
                "{s} got {b} nominations right?",
                "wasn't {s} up for a {b}?",
            ]
            for q in fill(rng, templates, 3, s=show.lower(), b=body.lower()):
                items.append(item("check_award", q, first="yes" if truth else "no"))
    return items


def all_checks(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every generated yes/no check."""
    return [
        *director_checks(facts, rng, k),
        *creator_checks(facts, rng, k),
        *cast_checks(facts, rng, k),
        *plays_checks(facts, rng, k),
        *network_checks(facts, rng, k),
        *date_checks(facts, rng, k),
        *score_checks(facts, rng, k),
        *award_checks(facts, rng),
    ]
