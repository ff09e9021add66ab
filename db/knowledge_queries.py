"""The queries that read every stored fact into a Knowledge snapshot (db.knowledge), a few bulk queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
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
from db.knowledge import Knowledge
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


async def read_knowledge(session: AsyncSession, knowledge: Knowledge) -> Knowledge:
    """Read every fact in a fixed number of queries (no per-show queries).

    Plain Core column queries on the session's connection, not ORM entities, filling the empty `knowledge`: a
    130,000-fact catalog loads in well under a second. Enum columns are read as their stored strings (the
    values handlers compare with).
    """
    conn = await session.connection()
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
