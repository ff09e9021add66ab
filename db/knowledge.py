"""An immutable in-memory snapshot of every stored fact, loaded in a few bulk queries.

Questions are answered from this snapshot so one question costs no database round trip; whoever writes facts
(seed, import, ingest approval) asks the engine to reload it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

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
    frozen_records,
)
from db.models import (
    Alias,
    Article,
    Award,
    Credit,
    Descriptor,
    EntityKind,
    Network,
    OtherWork,
    Person,
    Rating,
    Release,
    Season,
    Show,
)
from db.newest import prefer_newest

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
    """Read every fact in a fixed number of queries (no per-show queries).

    Plain Core column queries on the session's connection, not ORM entities: a 130,000-fact catalog loads
    in well under a second. Enum columns are read as their stored strings (the values handlers compare with).
    """
    conn = await session.connection()
    knowledge = Knowledge()
    networks: dict[int, str] = dict((await conn.execute(select(Network.id, Network.name))).all())
    articles = select(
        Article.id, Article.outlet, Article.title, Article.url, Article.published_on, Article.kind
    )
    for row in await _rows(conn, articles):
        knowledge.articles[row[0]] = ArticleInfo(*row)
    shows = select(
        Show.id, Show.title, _text(Show.kind), Show.year_key, Show.synopsis, Show.network_id, Show.article_id
    )
    for sid, title, kind, year_key, synopsis, network_id, article_id in await _rows(conn, shows):
        network = networks.get(network_id) if network_id else None
        knowledge.shows[sid] = ShowFacts(sid, title, kind, year_key, synopsis, network, article_id)
    for pid, name, summary in await _rows(conn, select(Person.id, Person.name, Person.summary)):
        knowledge.people[pid] = PersonFacts(pid, name, summary)
    await _load_show_facts(conn, knowledge)
    await _load_people_facts(conn, knowledge)
    prefer_newest(knowledge)
    return knowledge


def _file(owners: Mapping[int, Any], facts: str, record: type[Any], rows: Sequence[Any]) -> None:
    """Append a record made of each row's values after the first to its owner's list named `facts` (rows
    are (owner id, *record fields))."""
    for row, fact in zip(rows, frozen_records(record, (row[1:] for row in rows)), strict=True):
        getattr(owners[row[0]], facts).append(fact)


async def _rows(conn: AsyncConnection, statement: Any) -> Sequence[Any]:
    # One fetchall per query: much cheaper than iterating the cursor row by row.
    return (await conn.execute(statement)).all()


def _text(column: Any) -> Any:
    # The stored string of an Enum column, skipping per-row enum conversion.
    return type_coerce(column, String)


async def _load_show_facts(conn: AsyncConnection, knowledge: Knowledge) -> None:
    shows = knowledge.shows
    releases = select(
        Release.show_id, Release.season, Release.released_on, Release.year, Network.name, Release.article_id
    ).outerjoin(Network, Release.network_id == Network.id)
    _file(shows, "releases", ReleaseFact, await _rows(conn, releases.order_by(Release.id)))
    seasons = select(
        Season.show_id, Season.number, Season.through, Season.episode_count, Season.article_id
    ).order_by(Season.id)
    _file(shows, "seasons", SeasonFact, await _rows(conn, seasons))
    ratings = select(
        Rating.show_id, Rating.source, Rating.audience, Rating.value, Rating.scale, Rating.article_id
    ).order_by(Rating.id)
    _file(shows, "ratings", RatingFact, await _rows(conn, ratings))
    awards = select(
        Award.show_id, Award.body, Award.category, _text(Award.outcome), Award.year, Award.article_id
    ).order_by(Award.id)
    _file(shows, "awards", AwardFact, await _rows(conn, awards))
    index: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    descriptors = select(Descriptor.show_id, Descriptor.kind, Descriptor.value).order_by(Descriptor.id)
    for show_id, kind, value in await _rows(conn, descriptors):
        shows[show_id].descriptors.setdefault(kind, []).append(value)
        index[(kind, value.lower())].append(show_id)
    knowledge.descriptor_index = dict(index)


async def _load_people_facts(conn: AsyncConnection, knowledge: Knowledge) -> None:
    rows = await _rows(
        conn,
        select(
            Credit.id,
            Credit.show_id,
            Credit.person_id,
            _text(Credit.role),
            Credit.character,
            Credit.seasons,
            Credit.episode_count,
            Credit.note,
            Credit.billing,
            Credit.article_id,
        ).order_by(Credit.billing, Credit.id),
    )
    shows, people = knowledge.shows, knowledge.people
    records = frozen_records(CreditFact, rows)
    knowledge.credits = {credit.id: credit for credit in records}
    for credit in records:
        shows[credit.show_id].credits.append(credit)
        people[credit.person_id].credits.append(credit)
    work = select(
        OtherWork.person_id,
        OtherWork.title,
        OtherWork.show_id,
        OtherWork.role,
        OtherWork.network,
        OtherWork.released_on,
        OtherWork.note,
        OtherWork.article_id,
    ).order_by(OtherWork.id)
    _file(people, "work", WorkFact, await _rows(conn, work))
    aliases = select(_text(Alias.entity_kind), Alias.entity_id, Alias.alias).order_by(Alias.id)
    for kind, entity_id, alias in await _rows(conn, aliases):
        if kind == EntityKind.SHOW and entity_id in knowledge.shows:
            knowledge.shows[entity_id].aliases.append(alias)
        elif kind == EntityKind.PERSON and entity_id in knowledge.people:
            knowledge.people[entity_id].aliases.append(alias)
        elif kind == EntityKind.CHARACTER:
            knowledge.character_aliases.setdefault(entity_id, []).append(alias)
