"""Get-or-create helpers that write facts inside one session, caching ids to avoid repeated lookups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import (
    Alias,
    Article,
    Award,
    AwardOutcome,
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
        self._networks: dict[str, Network] = {}
        self._shows: dict[tuple[str, int], Show] = {}
        self._people: dict[str, Person] = {}

    def forget(self) -> None:
        """Drop cached rows: after a savepoint rolls back, rows it created no longer exist."""
        self._networks.clear()
        self._shows.clear()
        self._people.clear()

    async def network(self, name: str) -> Network:
        """The network called `name`, created if new."""
        if name in self._networks:
            return self._networks[name]
        found = await self.session.scalar(select(Network).where(Network.name == name))
        if found is None:
            found = Network(name=name)
            self.session.add(found)
            await self.session.flush()
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
        if show is None:
            show = await self.session.scalar(select(Show).where(Show.title == title, Show.year_key == year))
        if show is None:
            show = Show(title=title, kind=kind, year_key=year, article_id=self.article.id)
            self.session.add(show)
        if network:
            show.network_id = (await self.network(network)).id
        if synopsis:
            show.synopsis = synopsis
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
            person = Person(name=name)
            self.session.add(person)
        if summary:
            person.summary = summary
        await self.session.flush()
        self._people[name] = person
        return person

    async def alias(self, kind: EntityKind, entity_id: int, alias: str) -> None:
        """Record another name for an entity (ignored if already known)."""
        exists = await self.session.scalar(
            select(Alias.id).where(
                Alias.entity_kind == kind, Alias.entity_id == entity_id, Alias.alias == alias
            )
        )
        if exists is None:
            self.session.add(Alias(entity_kind=kind, entity_id=entity_id, alias=alias))

    async def release(
        self,
        show: Show,
        season: int | None,
        on: dt.date | None,
        year: int | None = None,
        network: str | None = None,
    ) -> None:
        """A premiere/release date (or only a year) for a show or one of its seasons."""
        network_id = (await self.network(network)).id if network else None
        self.session.add(
            Release(
                show_id=show.id,
                season=season,
                released_on=on,
                year=year if year is not None else (on.year if on else None),
                network_id=network_id,
                article_id=self.article.id,
            )
        )

    def season(self, show: Show, number: int, through: int | None, episodes: int | None) -> None:
        """A season (or span of seasons) and its episode count."""
        self.session.add(
            Season(
                show_id=show.id,
                number=number,
                through=through,
                episode_count=episodes,
                article_id=self.article.id,
            )
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
    ) -> Credit:
        """A person's credit on a show."""
        credit = Credit(
            show_id=show.id,
            person_id=person.id,
            role=role,
            character=character,
            seasons=seasons,
            episode_count=episodes,
            note=note,
            billing=billing,
            article_id=self.article.id,
        )
        self.session.add(credit)
        await self.session.flush()
        return credit

    def rating(self, show: Show, source: str, audience: str, value: float, scale: str) -> None:
        """A score from a ratings source."""
        self.session.add(
            Rating(
                show_id=show.id,
                source=source,
                audience=audience,
                value=value,
                scale=scale,
                article_id=self.article.id,
            )
        )

    def award(self, show: Show, body: str, category: str | None, outcome: AwardOutcome) -> None:
        """An award nomination, win, or a reported absence of nominations."""
        self.session.add(
            Award(show_id=show.id, body=body, category=category, outcome=outcome, article_id=self.article.id)
        )

    def descriptor(self, show: Show, kind: str, value: str) -> None:
        """A genre, language or tag."""
        self.session.add(Descriptor(show_id=show.id, kind=kind, value=value, article_id=self.article.id))

    def other_work(
        self,
        person: Person,
        title: str,
        show: Show | None,
        role: str | None,
        network: str | None,
        on: dt.date | None,
        note: str | None,
    ) -> None:
        """Something else a person worked on."""
        self.session.add(
            OtherWork(
                person_id=person.id,
                title=title,
                show_id=show.id if show else None,
                role=role,
                network=network,
                released_on=on,
                note=note,
                article_id=self.article.id,
            )
        )
