"""The facts the conversation generator writes questions about, read straight from the fact lines (the seed
file and the gold articles), never through Marquee's code, so the expected answers are independent of it."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.fan_questions import ROOT, gold_fact_lines

SEED = ROOT / "db" / "seed" / "heartstopper-s3.jsonl"

# The pronoun a fan would use for each person the facts name ("they" for anyone not listed).
_SHE = (
    "Yasmin Finney, Olivia Colman, Alice Osman, Lauren James, Kathryn Hahn, Aubrey Plaza, Genevieve "
    "O'Reilly, Denise Gough, Cara Delevingne, Rutina Wesley, Kaitlyn Dever, Isabela Merced, Gemma "
    "Arterton, Anna Maxwell Martin, Lucy Boynton, Anna Sawai, Kristin Scott Thomas, Rosamund Pike, "
    "Madeleine Madden, Zoë Robins, Adria Arjona, Faye Marsay, Britt Lower, Patricia Arquette, Sarah Bock, "
    "Aoife McArdle"
).split(", ")
_HE = (
    "Joe Locke, Kit Connor, William Gao, Tobie Donovan, Euros Lyn, Andy Newberry, Paul Adelstein, Diego "
    "Luna, Stellan Skarsgård, Ben Mendelsohn, Tony Gilroy, Orlando Bloom, Jamie Harris, Pedro Pascal, "
    "Gabriel Luna, Young Mazino, Jeffrey Wright, Adrian Lester, Adam Scott, Hiroyuki Sanada, Cosmo "
    "Jarvis, Gary Oldman, Jack Lowden, Daniel Henney, Josha Stradowski, Ben Stiller, Kyle Soller, Craig "
    "Mazin, Neil Druckmann, Will Smith, Mark Mylod, Justin Marks, Rafe Judkins, Dan Erickson, Mick "
    "Herron, James Clavell"
).split(", ")
PRONOUNS: dict[str, str] = dict.fromkeys(_SHE, "she") | dict.fromkeys(_HE, "he")
OBJECT = {"he": "him", "she": "her", "they": "them"}
POSSESSIVE = {"he": "his", "she": "her", "they": "their"}


@dataclass
class Show:
    """What the facts hold about one show."""

    title: str
    network: str | None = None
    dates: dict[int | None, dt.date] = field(default_factory=dict)  # season (None: the show) -> premiere
    episodes: dict[int, int] = field(default_factory=dict)  # season -> episodes, when one season alone
    cast: list[tuple[str, str | None]] = field(default_factory=list)  # (person, character), billing order
    roles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # role -> people
    ratings: dict[tuple[str, str], int] = field(default_factory=dict)  # (source, audience) -> value
    awards: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # body -> outcomes


@dataclass
class Facts:
    """Shows and people's other work, from fact lines."""

    shows: dict[str, Show] = field(default_factory=dict)
    works: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # person -> titles

    def show(self, title: str) -> Show:
        """The show with this title, made on first use."""
        return self.shows.setdefault(title, Show(title))

    def other_work(self, person: str, besides: str) -> list[str]:
        """Titles the person worked on other than `besides`."""
        credited = [s.title for s in self.shows.values() if any(p == person for p, _ in s.cast)]
        titles = [t for t in [*self.works.get(person, []), *credited] if t != besides]
        return list(dict.fromkeys(titles))

    def shows_of(self, person: str) -> list[Show]:
        """The shows a person is credited on (cast or crew)."""
        return [
            s
            for s in self.shows.values()
            if any(p == person for p, _ in s.cast) or any(person in ps for ps in s.roles.values())
        ]


def read_facts(lines: list[str]) -> Facts:
    """The facts in fact-file lines (articles and unknown types are skipped)."""
    facts = Facts()
    for line in lines:
        fact = json.loads(line)
        kind = fact.get("type")
        if kind == "show":
            facts.show(fact["title"]).network = fact.get("network")
        elif kind == "release" and fact.get("date"):
            show = facts.show(fact["show"])
            show.dates[fact.get("season")] = dt.date.fromisoformat(fact["date"])
            show.network = show.network or fact.get("network")
        elif kind == "season" and fact.get("episodes") and not fact.get("through"):
            facts.show(fact["show"]).episodes[int(fact["number"])] = int(fact["episodes"])
        elif kind == "credit":
            show = facts.show(fact["show"])
            if fact.get("role") == "actor":
                show.cast.append((fact["person"], fact.get("character")))
            elif fact["person"] not in show.roles[fact["role"]]:
                show.roles[fact["role"]].append(fact["person"])
        elif kind == "rating":
            show = facts.show(fact["show"])
            show.ratings[(fact["source"], fact.get("audience") or "critics")] = int(fact["value"])
        elif kind == "award":
            facts.show(fact["show"]).awards[fact["body"]].append(fact.get("outcome") or "none")
        elif kind == "work":
            facts.works[fact["person"]].append(fact["title"])
    return facts


def seed_lines() -> list[str]:
    """The seed article's fact lines (what a fresh database holds)."""
    return [line for line in Path(SEED).read_text(encoding="utf-8").splitlines() if line.strip()]


def all_lines() -> list[str]:
    """The seed plus the nine gold articles (the fan-question database)."""
    return seed_lines() + gold_fact_lines()


def long_day(day: dt.date) -> str:
    """'October 3, 2024': how a right answer names a day."""
    return f"{day:%B} {day.day}, {day.year}"
