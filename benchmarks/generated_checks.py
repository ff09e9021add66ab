"""Generated yes/no checks: every credit, casting, network, premiere date and score in the seed facts,
asserted truly and falsely, in many phrasings. The expected verdict and deciding fact come from the facts."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.generated_check_templates import CAST, CREATED, DATE, DIRECTED, NETWORK, PLAYS, SCORE
from benchmarks.generated_facts import SeedFacts
from benchmarks.generated_forms import Item, date_words, fill, item, said_date, season_words

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
                for q in fill(rng, DIRECTED, k, p=person.lower(), s=season_words(rng, show, season)):
                    items.append(item("check_director", q, first="yes" if truth else "no", all_of=holders))
        others = [c.person for c in facts.credits if c.show == show and c.role in ("actor", "creator")][:3]
        for person in others:
            for q in fill(rng, DIRECTED, max(1, k // 2), p=person.lower(), s=show.lower()):
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
            for q in fill(rng, CREATED, k if truth else max(1, k // 2), p=person.lower(), s=show.lower()):
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
            for q in fill(rng, CAST, max(2, k // 2), p=person.lower(), s=_show_words(rng, facts, show)):
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
            for q in fill(rng, PLAYS, k if truth else max(2, k // 2), p=person.lower(), c=rng.choice(names)):
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
                rng, NETWORK, k if truth else max(2, k // 2), s=_show_words(rng, facts, show), n=said
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
            for q in fill(rng, DATE, max(2, k // 2), s=label, d=date_words(rng, day)):
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
                rng, SCORE, max(2, k // 2), s=show.lower(), a=_AUDIENCE_WORDS[audience], v=str(asked)
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
