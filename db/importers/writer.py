"""Get-or-create helpers that write facts inside one session, caching ids to avoid repeated lookups.

Every row goes in with INSERT ... ON CONFLICT DO NOTHING against the tables' unique keys (db/fact_keys.py),
so an import racing another import of the same facts neither fails nor duplicates; `written` counts the rows
really added, for honest summaries.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.importers.insert import insert_ignore
from db.models import (
    Alias,
    Article,
    Award,
    AwardOutcome,
    Base,
    Credit,
    Descriptor,
    EntityKind,
    Network,
    OtherWork,
    Person,
    Rating,
    Release,
    Role,
    Season,
    Show,
    ShowKind,
)


class FactWriter:
    """Writes facts for one article; every row it adds carries that article's id."""

    def __init__(self, session: AsyncSession, article: Article) -> None:
        self.session = session
        self.article = article
        self.written = 0  # rows inserted or updated so far
        self._networks: dict[str, Network] = {}
        self._shows: dict[tuple[str, int], Show] = {}
        self._people: dict[str, Person] = {}

    def forget(self) -> None:
        """Drop cached rows: after a savepoint rolls back, rows it created no longer exist."""
        self._networks.clear()
        self._shows.clear()
        self._people.clear()

    async def _insert(self, table: type[Base], **values: Any) -> int | None:
        """Insert one row unless it is already stored; its new id, or None when it was present."""
        statement = insert_ignore(self.session, table).values(**values).returning(table.id)  # type: ignore[attr-defined]
        new_id: int | None = await self.session.scalar(statement)
        if new_id is not None:
            self.written += 1
        return new_id

    async def _fact(self, table: type[Base], **values: Any) -> bool:
        """Insert one fact row of this article; whether it was new."""
        return await self._insert(table, **values, article_id=self.article.id) is not None

    async def network(self, name: str) -> Network:
        """The network called `name`, created if new."""
        if name in self._networks:
            return self._networks[name]
        found = await self.session.scalar(select(Network).where(Network.name == name))
        if found is None:
            await self._insert(Network, name=name)
            found = await self.session.scalar(select(Network).where(Network.name == name))
        assert found is not None
        self._networks[name] = found
        return found

    async def show(
        self,
        title: str,
        kind: ShowKind = ShowKind.SERIES,
        year: int = 0,
        network: str | None = None,
        synopsis: str | None = None,
    ) -> Show:
        """The show with this title (and year), created if new; a given synopsis or network is updated."""
        key = (title, year)
        show = self._shows.get(key)
        query = select(Show).where(Show.title == title, Show.year_key == year)
        if show is None:
            show = await self.session.scalar(query)
        if show is None:
            await self._insert(Show, title=title, kind=kind, year_key=year, article_id=self.article.id)
            show = await self.session.scalar(query)
        assert show is not None
        network_id = (await self.network(network)).id if network else show.network_id
        if network_id != show.network_id or (synopsis and synopsis != show.synopsis):
            show.network_id = network_id
            show.synopsis = synopsis or show.synopsis
            self.written += 1
            await self.session.flush()
        self._shows[key] = show
        return show

    async def existing_show(self, title: str) -> Show | None:
        """The show with this title if Marquee knows it, without creating one."""
        for (cached_title, _year), show in self._shows.items():
            if cached_title == title:
                return show
        return await self.session.scalar(select(Show).where(Show.title == title).limit(1))

    async def person(self, name: str, summary: str | None = None) -> Person:
        """The person called `name`, created if new."""
        person = self._people.get(name)
        if person is None:
            person = await self.session.scalar(select(Person).where(Person.name == name))
        if person is None:
            await self._insert(Person, name=name)
            person = await self.session.scalar(select(Person).where(Person.name == name))
        assert person is not None
        if summary and summary != person.summary:
            person.summary = summary
            self.written += 1
            await self.session.flush()
        self._people[name] = person
        return person

    async def alias(self, kind: EntityKind, entity_id: int, alias: str) -> None:
        """Record another name for an entity (ignored if already known)."""
        await self._insert(Alias, entity_kind=kind, entity_id=entity_id, alias=alias)

    async def release(
        self,
        show: Show,
        season: int | None,
        on: dt.date | None,
        year: int | None = None,
        network: str | None = None,
    ) -> bool:
        """A premiere/release date (or only a year) for a show or one of its seasons; whether it was new."""
        network_id = (await self.network(network)).id if network else None
        year = year if year is not None else (on.year if on else None)
        return await self._fact(
            Release, show_id=show.id, season=season, released_on=on, year=year, network_id=network_id
        )

    async def season(self, show: Show, number: int, through: int | None, episodes: int | None) -> bool:
        """A season (or span of seasons) and its episode count; whether it was new."""
        return await self._fact(
            Season, show_id=show.id, number=number, through=through, episode_count=episodes
        )

    async def credit(
        self,
        show: Show,
        person: Person,
        role: Role,
        character: str | None = None,
        seasons: str | None = None,
        episodes: int | None = None,
        note: str | None = None,
        billing: int = 100,
    ) -> int:
        """A person's credit on a show; the credit's id, whether new or already stored."""
        key = {"show_id": show.id, "person_id": person.id, "role": role, "article_id": self.article.id}
        new_id = await self._insert(
            Credit,
            **key,
            character=character,
            seasons=seasons,
            episode_count=episodes,
            note=note,
            billing=billing,
        )
        if new_id is not None:
            return new_id
        found = await self.session.scalar(
            select(Credit.id)
            .filter_by(**key)
            .where(
                Credit.character.is_not_distinct_from(character), Credit.seasons.is_not_distinct_from(seasons)
            )
        )
        assert found is not None
        return found

    async def rating(self, show: Show, source: str, audience: str, value: float, scale: str) -> bool:
        """A score from a ratings source; whether it was new."""
        return await self._fact(
            Rating, show_id=show.id, source=source, audience=audience, value=value, scale=scale
        )

    async def award(self, show: Show, body: str, category: str | None, outcome: AwardOutcome) -> bool:
        """An award nomination, win, or a reported absence of nominations; whether it was new."""
        return await self._fact(Award, show_id=show.id, body=body, category=category, outcome=outcome)

    async def descriptor(self, show: Show, kind: str, value: str) -> bool:
        """A genre, language or tag; whether it was new."""
        return await self._fact(Descriptor, show_id=show.id, kind=kind, value=value)

    async def other_work(
        self,
        person: Person,
        title: str,
        show: Show | None,
        role: str | None,
        network: str | None,
        on: dt.date | None,
        note: str | None,
    ) -> bool:
        """Something else a person worked on; whether it was new."""
        return await self._fact(
            OtherWork,
            person_id=person.id,
            title=title,
            show_id=show.id if show else None,
            role=role,
            network=network,
            released_on=on,
            note=note,
        )
