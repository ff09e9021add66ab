"""An immutable in-memory snapshot of every stored fact, loaded in a few bulk queries.

Questions are answered from this snapshot so one question costs no database round trip; whoever writes facts
(seed, import, ingest approval) asks the engine to reload it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

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


@dataclass(slots=True)
class Knowledge:
    """Every fact Marquee can answer from, indexed by id."""

    shows: dict[int, ShowFacts] = field(default_factory=dict)
    people: dict[int, PersonFacts] = field(default_factory=dict)
    articles: dict[int, ArticleInfo] = field(default_factory=dict)
    credits: dict[int, CreditFact] = field(default_factory=dict)
    character_aliases: dict[int, list[str]] = field(default_factory=dict)
    # (kind, lower-cased value) -> show ids, for "which films are about X".
    descriptor_index: dict[tuple[str, str], list[int]] = field(default_factory=dict)

    def from_news(self, article_id: int) -> bool:
        """True when a fact came from a news article rather than a bulk catalog."""
        info = self.articles.get(article_id)
        return info is not None and info.kind == "news"

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
    """Read every fact in a fixed number of queries (no per-show queries)."""
    knowledge = Knowledge()
    networks: dict[int, str] = {
        row.id: row.name for row in await session.execute(select(Network.id, Network.name))
    }
    for a in (await session.execute(select(Article))).scalars():
        knowledge.articles[a.id] = ArticleInfo(a.id, a.outlet, a.title, a.url, a.published_on, a.kind)
    show_rows = await session.execute(
        select(Show.id, Show.title, Show.kind, Show.year_key, Show.synopsis, Show.network_id, Show.article_id)
    )
    for sid, title, kind, year_key, synopsis, network_id, article_id in show_rows:
        knowledge.shows[sid] = ShowFacts(
            sid,
            title,
            str(kind),
            year_key,
            synopsis,
            networks.get(network_id) if network_id else None,
            article_id,
        )
    for pid, name, summary in await session.execute(select(Person.id, Person.name, Person.summary)):
        knowledge.people[pid] = PersonFacts(pid, name, summary)
    await _load_show_facts(session, knowledge, networks)
    await _load_people_facts(session, knowledge)
    return knowledge


async def _load_show_facts(session: AsyncSession, knowledge: Knowledge, networks: dict[int, str]) -> None:
    shows = knowledge.shows
    for r in (await session.execute(select(Release))).scalars():
        network = networks.get(r.network_id) if r.network_id else None
        shows[r.show_id].releases.append(ReleaseFact(r.season, r.released_on, r.year, network, r.article_id))
    for s in (await session.execute(select(Season))).scalars():
        shows[s.show_id].seasons.append(SeasonFact(s.number, s.through, s.episode_count, s.article_id))
    for g in (await session.execute(select(Rating))).scalars():
        shows[g.show_id].ratings.append(RatingFact(g.source, g.audience, g.value, g.scale, g.article_id))
    for w in (await session.execute(select(Award))).scalars():
        shows[w.show_id].awards.append(AwardFact(w.body, w.category, str(w.outcome), w.year, w.article_id))
    index: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    rows = await session.execute(select(Descriptor.show_id, Descriptor.kind, Descriptor.value))
    for show_id, kind, value in rows:
        shows[show_id].descriptors.setdefault(kind, []).append(value)
        index[(kind, value.lower())].append(show_id)
    knowledge.descriptor_index = dict(index)


async def _load_people_facts(session: AsyncSession, knowledge: Knowledge) -> None:
    rows = await session.execute(
        select(
            Credit.id,
            Credit.show_id,
            Credit.person_id,
            Credit.role,
            Credit.character,
            Credit.seasons,
            Credit.episode_count,
            Credit.note,
            Credit.billing,
            Credit.article_id,
        ).order_by(Credit.billing, Credit.id)
    )
    for cid, show_id, person_id, role, character, seasons, episodes, note, billing, article_id in rows:
        credit = CreditFact(
            cid, show_id, person_id, str(role), character, seasons, episodes, note, billing, article_id
        )
        knowledge.credits[credit.id] = credit
        knowledge.shows[credit.show_id].credits.append(credit)
        knowledge.people[credit.person_id].credits.append(credit)
    for o in (await session.execute(select(OtherWork))).scalars():
        knowledge.people[o.person_id].work.append(
            WorkFact(o.title, o.show_id, o.role, o.network, o.released_on, o.note, o.article_id)
        )
    for kind, entity_id, alias in await session.execute(
        select(Alias.entity_kind, Alias.entity_id, Alias.alias)
    ):
        if kind == EntityKind.SHOW and entity_id in knowledge.shows:
            knowledge.shows[entity_id].aliases.append(alias)
        elif kind == EntityKind.PERSON and entity_id in knowledge.people:
            knowledge.people[entity_id].aliases.append(alias)
        elif kind == EntityKind.CHARACTER:
            knowledge.character_aliases.setdefault(entity_id, []).append(alias)
