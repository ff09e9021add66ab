"""The records a knowledge snapshot holds: one frozen record per stored fact, and what one show or one person
gathers of them. Plain values, read by every question handler; db.knowledge loads them and re-exports them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, make_dataclass
from itertools import starmap
from typing import Any, TypeVar

Record = TypeVar("Record")


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: int
    outlet: str
    title: str
    url: str | None
    published_on: dt.date | None
    kind: str


@dataclass(frozen=True, slots=True)
class ReleaseFact:
    season: int | None
    on: dt.date | None
    year: int | None
    network: str | None
    article_id: int


@dataclass(frozen=True, slots=True)
class SeasonFact:
    number: int
    through: int | None
    episodes: int | None
    article_id: int


@dataclass(frozen=True, slots=True)
class CreditFact:
    id: int
    show_id: int
    person_id: int
    role: str
    character: str | None
    seasons: str | None
    episodes: int | None
    note: str | None
    billing: int
    article_id: int


@dataclass(frozen=True, slots=True)
class RatingFact:
    source: str
    audience: str
    value: float
    scale: str
    article_id: int


@dataclass(frozen=True, slots=True)
class AwardFact:
    body: str
    category: str | None
    outcome: str
    year: int | None
    article_id: int


@dataclass(frozen=True, slots=True)
class WorkFact:
    title: str
    show_id: int | None
    role: str | None
    network: str | None
    on: dt.date | None
    note: str | None
    article_id: int


@dataclass(slots=True)
class ShowFacts:
    id: int
    title: str
    kind: str
    year_key: int
    synopsis: str | None
    network: str | None
    article_id: int | None
    releases: list[ReleaseFact] = field(default_factory=list)
    seasons: list[SeasonFact] = field(default_factory=list)
    credits: list[CreditFact] = field(default_factory=list)
    ratings: list[RatingFact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)
    descriptors: dict[str, list[str]] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)

    @property
    def fact_count(self) -> int:
        """How much Marquee knows about this show; used to pick a default show."""
        return (
            len(self.releases) + len(self.seasons) + len(self.credits) + len(self.ratings) + len(self.awards)
        )


@dataclass(slots=True)
class PersonFacts:
    id: int
    name: str
    summary: str | None
    credits: list[CreditFact] = field(default_factory=list)
    work: list[WorkFact] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


_BUILDERS: dict[type, type] = {}


def frozen_records(record: type[Record], rows: Iterable[Iterable[Any]]) -> list[Record]:
    """`[record(*row) for row in rows]` for one of the frozen records above, a few times faster.

    A frozen dataclass's __init__ sets each field through object.__setattr__ (its own __setattr__ refuses),
    the bulk of loading a 70,000-credit catalog. Here each row fills a plain twin class with the same slots,
    whose __init__ assigns directly, and the built object then becomes a `record` (Python allows changing
    the class of an object to one with the same layout). The result is a `record` in every way: equal, hashed
    and frozen like one built by `record(*row)`.
    """
    twin = _BUILDERS.get(record)
    if twin is None:
        names = [f.name for f in fields(record)]  # type: ignore[arg-type]
        twin = _BUILDERS[record] = make_dataclass(f"_{record.__name__}Fields", names, slots=True)
    built: list[Any] = list(starmap(twin, rows))
    for item in built:
        item.__class__ = record
    return built
