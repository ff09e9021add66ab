"""An immutable in-memory snapshot of every stored fact, loaded in a few bulk queries.

Questions are answered from this snapshot so one question costs no database round trip; whoever writes facts
(seed, import, ingest approval) asks the engine to reload it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.fact_records import (
    ArticleInfo,
    AwardFact,
    CreditFact,
    PersonFacts,
    RatingFact,
    ReleaseFact,
    SeasonFact,
    ShowFacts,
    WorkFact,
)

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

# Readers of the snapshot import its records from here too (they live in db.fact_records).
__all__ = [
    "ArticleInfo",
    "AwardFact",
    "CreditFact",
    "Knowledge",
    "PersonFacts",
    "RatingFact",
    "ReleaseFact",
    "SeasonFact",
    "ShowFacts",
    "WorkFact",
    "load_knowledge",
]


_NEWS_KINDS = ("news", "admin")  # article kinds a fact from is news (the rest are bulk catalogs)


# eq=False: a snapshot is hashed by identity, so tables derived from it can be memoised per snapshot;
# weakly (weakref_slot), so that no memo keeps a replaced snapshot alive.
@dataclass(slots=True, eq=False, weakref_slot=True)
class Knowledge:
    """Every fact Marquee can answer from, indexed by id."""

    shows: dict[int, ShowFacts] = field(default_factory=dict)
    people: dict[int, PersonFacts] = field(default_factory=dict)
    articles: dict[int, ArticleInfo] = field(default_factory=dict)
    credits: dict[int, CreditFact] = field(default_factory=dict)
    character_aliases: dict[int, list[str]] = field(default_factory=dict)
    # (kind, lower-cased value) -> show ids, for "which films are about X".
    descriptor_index: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    _unlinked_work: list[tuple[PersonFacts, WorkFact]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def unlinked_work(self) -> list[tuple[PersonFacts, WorkFact]]:
        """Every (person, work) pair whose work is no show Marquee has facts about, in people order.

        Found on the first call and kept: questions naming such a title would otherwise walk every person
        (tens of thousands with a catalog) each time. A snapshot is not changed once loaded.
        """
        if self._unlinked_work is None:
            self._unlinked_work = [
                (person, work)
                for person in self.people.values()
                for work in person.work
                if work.show_id is None
            ]
        return self._unlinked_work

    def from_news(self, article_id: int) -> bool:
        """True when a fact came from a news article rather than a bulk catalog."""
        info = self.articles.get(article_id)
        return info is not None and info.kind in _NEWS_KINDS

    def news_article_ids(self) -> set[int]:
        """The ids `from_news` is true of: a set test per fact, where indexes check thousands of facts."""
        return {a for a, info in self.articles.items() if info.kind in _NEWS_KINDS}

    def newest_first(self, article_ids: list[int]) -> list[int]:
        """Article ids ordered newest published first (unknown dates last)."""
        return sorted(
            set(article_ids),
            key=lambda a: (
                (self.articles[a].published_on or dt.date.min, a) if a in self.articles else (dt.date.min, a)
            ),
            reverse=True,
        )


async def load_knowledge(session: AsyncSession) -> Knowledge:
    """Read every fact in a fixed number of queries (no per-show queries); see db.knowledge_queries."""
    # Imported here: the queries need SQLAlchemy and the models, which reading a stored snapshot does not.
    from db.knowledge_queries import read_knowledge

    return await read_knowledge(session, Knowledge())
