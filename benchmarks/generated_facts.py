"""The seed facts a fresh database holds, read straight from the seed file (not through Marquee's code), for
the generated fan questions: each question's expected answer is computed from these records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "db" / "seed" / "heartstopper-s3.jsonl"


@dataclass(frozen=True)
class Credit:
    """One person's credit on a show."""

    show: str
    person: str
    role: str
    character: str | None
    character_aliases: tuple[str, ...]
    seasons: tuple[int, ...]  # empty: the whole show
    episodes: int | None


@dataclass(frozen=True)
class Premiere:
    """A dated (or year-only) premiere of a show or one of its seasons."""

    show: str
    season: int | None
    day: dt.date | None
    year: int

    @property
    def label(self) -> str:
        return f"{self.show} season {self.season}" if self.season else self.show


@dataclass
class SeedFacts:
    """The facts, grouped the way the question forms use them."""

    networks: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    premieres: list[Premiere] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    works: dict[str, list[str]] = field(default_factory=dict)
    ratings: dict[tuple[str, str], int] = field(default_factory=dict)  # (show, critics|audience) -> value
    award_bodies: dict[str, list[str]] = field(default_factory=dict)  # show -> bodies it was nominated by
    episode_spans: dict[str, tuple[int, int, int]] = field(
        default_factory=dict
    )  # show -> (from, to, episodes)

    def people(self, role: str) -> list[str]:
        """Everyone with a credit of this role, in order of first appearance."""
        return list(dict.fromkeys(c.person for c in self.credits if c.role == role))

    def credited(self, person: str, show: str, role: str, season: int | None = None) -> bool:
        """Whether the person has the role on the show (on that season, when one is given)."""
        return any(
            c.person == person
            and c.show == show
            and c.role == role
            and (season is None or not c.seasons or season in c.seasons)
            for c in self.credits
        )

    def holders(self, show: str, role: str, season: int | None = None) -> list[str]:
        """Who has the role on the show (that season)."""
        return list(
            dict.fromkeys(
                c.person
                for c in self.credits
                if c.show == show
                and c.role == role
                and (season is None or not c.seasons or season in c.seasons)
            )
        )

    def shows_of(self, person: str) -> list[str]:
        """The shows a person has a credit on."""
        return list(dict.fromkeys(c.show for c in self.credits if c.person == person))

    def upcoming(self, show: str, today: dt.date) -> Premiere | None:
        """The show's next dated premiere after today."""
        ahead = [p for p in self.premieres if p.show == show and p.day is not None and p.day > today]
        return min(ahead, key=lambda p: p.day or today, default=None)


def _seasons(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    if "-" in text:
        low, high = text.split("-")
        return tuple(range(int(low), int(high) + 1))
    return (int(text),)


def load_seed(path: Path = SEED) -> SeedFacts:
    """The seed file's records as SeedFacts."""
    facts = SeedFacts()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kind = record["type"]
        if kind == "show":
            facts.networks[record["title"]] = record["network"]
            facts.aliases[record["title"]] = list(record.get("aliases") or [])
        elif kind == "release":
            day = dt.date.fromisoformat(record["date"]) if record.get("date") else None
            year = day.year if day else int(record["year"])
            facts.premieres.append(Premiere(record["show"], record.get("season"), day, year))
        elif kind == "credit":
            facts.credits.append(
                Credit(
                    record["show"],
                    record["person"],
                    record["role"],
                    record.get("character"),
                    tuple(record.get("character_aliases") or ()),
                    _seasons(record.get("seasons")),
                    record.get("episodes"),
                )
            )
        elif kind == "work" and record["title"] not in facts.networks:
            facts.works.setdefault(record["person"], []).append(record["title"])
        elif kind == "rating":
            facts.ratings[(record["show"], record["audience"])] = int(record["value"])
        elif kind == "award" and record["outcome"] != "none":
            facts.award_bodies.setdefault(record["show"], []).append(record["body"])
        elif kind == "season" and record.get("episodes"):
            number = int(record["number"])
            facts.episode_spans[record["show"]] = (
                number,
                int(record.get("through") or number),
                record["episodes"],
            )
    return facts
