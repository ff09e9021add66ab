"""Bulk importer for `subject|relation|object` catalog triples (the MetaQA/WikiMovies KB format).

Rows are written with Core executemany inserts, one batch per call. Idempotency comes from reading the keys of
the facts already stored for a batch's shows before inserting, so a re-run (or a run after an interruption)
adds only what is missing and never touches facts that came from elsewhere.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from db.import_options import DEFAULT_CATALOG_SOURCE
from db.importers.insert import insert_ignore
from db.models import Article, Base, Credit, Descriptor, Person, Rating, Release, Role, Show, ShowKind

DEFAULT_SOURCE = DEFAULT_CATALOG_SOURCE
# SQLite allows 32,766 bound parameters and asyncpg 32,767; IN lists stay far below both.
_CHUNK = 1000
_YEAR_SUFFIX = re.compile(r"^(.*\S)\s+\((\d{4})\)$")

CREDIT_ROLES: dict[str, Role] = {
    "directed_by": Role.DIRECTOR,
    "written_by": Role.WRITER,
    "starred_actors": Role.ACTOR,
}
DESCRIPTOR_KINDS: dict[str, str] = {
    "in_language": "language",
    "has_genre": "genre",
    "has_tags": "tag",
    "has_imdb_votes": "imdb_votes",
    # Numeric ratings become Rating rows; word ratings ("good") are kept as descriptors.
    "has_imdb_rating": "imdb_rating",
}
RELATIONS = frozenset({*CREDIT_ROLES, *DESCRIPTOR_KINDS, "release_year"})


class TripleError(ValueError):
    """A triple line that cannot be stored, with the reason."""


@dataclass(frozen=True, slots=True)
class Triple:
    """One parsed line; `line` is its 1-based number in the file."""

    line: int
    subject: str
    relation: str
    obj: str


def parse_triple(raw: str, line: int) -> Triple | None:
    """Parse one line; None for blank and `#` comment lines, TripleError for a malformed one."""
    text = raw.strip()
    if not text or text.startswith("#"):
        return None
    parts = [p.strip() for p in text.split("|")]
    if len(parts) != 3:
        raise TripleError(f"expected subject|relation|object, found {len(parts)} field(s)")
    subject, relation, obj = parts
    if not subject or not obj:
        raise TripleError("empty subject or object")
    if relation not in RELATIONS:
        raise TripleError(f"unknown relation {relation!r}")
    if relation == "release_year" and not (obj.isdigit() and 1800 <= int(obj) <= 2200):
        raise TripleError(f"release_year must be a year, got {obj!r}")
    if len(subject) > 500 or len(obj) > 300:
        raise TripleError("name too long")
    return Triple(line, subject, relation, obj)


def split_title(subject: str) -> tuple[str, int | None]:
    """'RoboCop (2014)' -> ('RoboCop', 2014): a year in the subject keeps same-titled films apart."""
    match = _YEAR_SUFFIX.match(subject)
    if match:
        return match.group(1), int(match.group(2))
    return subject, None


def source_fingerprint(source: str) -> str:
    """The article fingerprint of a catalog source name."""
    return hashlib.sha256(f"catalog:{source}".encode()).hexdigest()


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


async def _insert_counted(
    session: AsyncSession, table: type[Base], rows: list[dict[str, Any]], conflict: list[str] | None = None
) -> int:
    """Insert `rows`, skipping those already stored (by anyone); how many were really written."""
    written = 0
    for chunk in _chunks(rows):
        statement = insert_ignore(session, table, conflict).returning(table.id)  # type: ignore[attr-defined]
        written += len((await session.execute(statement, list(chunk))).all())
    return written


@dataclass
class BatchResult:
    """What one batch wrote."""

    shows_created: int = 0
    people_created: int = 0
    facts_added: int = 0
    facts_present: int = 0


# A fact key starts with the name of the table its row goes to.
_TABLES: dict[str, type[Base]] = {
    "credit": Credit,
    "release": Release,
    "rating": Rating,
    "descriptor": Descriptor,
}


class TriplesWriter:
    """Writes triples for one catalog source; caches show and person ids across batches."""

    def __init__(self, source: str = DEFAULT_SOURCE, kind: ShowKind = ShowKind.FILM) -> None:
        self.source = source
        self.kind = kind
        self.article_id: int | None = None
        self._shows: dict[str, int] = {}
        self._people: dict[str, int] = {}

    async def ensure_article(self, session: AsyncSession) -> int:
        """The source's Article id, created on first import (kept on re-runs so they can resume)."""
        fingerprint = source_fingerprint(self.source)
        found = await session.scalar(select(Article.id).where(Article.fingerprint == fingerprint))
        if found is None:
            await session.execute(
                insert_ignore(session, Article, ["fingerprint"]),
                [
                    {
                        "outlet": self.source,
                        "title": self.source,
                        "kind": "catalog",
                        "fingerprint": fingerprint,
                    }
                ],
            )
            found = await session.scalar(select(Article.id).where(Article.fingerprint == fingerprint))
        assert found is not None
        self.article_id = found
        return found

    async def write(self, session: AsyncSession, triples: Sequence[Triple]) -> BatchResult:
        """Store a batch in `session` (the caller owns the transaction)."""
        result = BatchResult()
        if not triples:
            return result
        if self.article_id is None:
            await self.ensure_article(session)
        result.shows_created = await self._resolve_shows(session, {t.subject for t in triples})
        names = {t.obj for t in triples if t.relation in CREDIT_ROLES}
        result.people_created = await self._resolve_people(session, names)
        show_ids = sorted({self._shows[t.subject] for t in triples})
        present = await self._existing_keys(session, show_ids)
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in _TABLES}
        for triple in triples:
            key, row = self._row(triple)
            if key in present:
                result.facts_present += 1
                continue
            present.add(key)
            rows[key[0]].append(row)
        for name, table in _TABLES.items():
            if rows[name]:
                # Rows a concurrent import stored first are skipped (unique key); RETURNING counts the rest.
                added = await _insert_counted(session, table, rows[name])
                result.facts_added += added
                result.facts_present += len(rows[name]) - added
        return result

    def _row(self, t: Triple) -> tuple[tuple[Any, ...], dict[str, Any]]:
        show_id = self._shows[t.subject]
        base = {"show_id": show_id, "article_id": self.article_id}
        if t.relation in CREDIT_ROLES:
            role = CREDIT_ROLES[t.relation]
            person_id = self._people[t.obj]
            return ("credit", show_id, person_id, role.value), {**base, "person_id": person_id, "role": role}
        if t.relation == "release_year":
            year = int(t.obj)
            return ("release", show_id, year), {**base, "season": None, "year": year}
        value = _number(t.obj) if t.relation == "has_imdb_rating" else None
        if value is not None:
            row = {**base, "source": "IMDb", "audience": "users", "value": value, "scale": "/10"}
            return ("rating", show_id, value), row
        kind = DESCRIPTOR_KINDS[t.relation]
        return ("descriptor", show_id, kind, t.obj), {**base, "kind": kind, "value": t.obj}

    async def _resolve_shows(self, session: AsyncSession, subjects: set[str]) -> int:
        missing = sorted(s for s in subjects if s not in self._shows)
        if not missing:
            return 0
        titles = sorted({split_title(s)[0] for s in missing})
        found: dict[str, list[tuple[int, int]]] = {}
        for chunk in _chunks(titles):
            rows = await session.execute(
                select(Show.id, Show.title, Show.year_key).where(Show.title.in_(chunk)).order_by(Show.id)
            )
            for show_id, title, year_key in rows:
                found.setdefault(title, []).append((year_key, show_id))
        create: list[dict[str, Any]] = []
        for subject in missing:
            title, year = split_title(subject)
            known = dict(found.get(title, []))
            if year is not None and year in known:
                self._shows[subject] = known[year]
            elif year is None and known:
                # One title, no year: the undated show if there is one, else the first stored show so titled.
                self._shows[subject] = known.get(0, found[title][0][1])
            else:
                create.append(
                    {"title": title, "year_key": year or 0, "kind": self.kind, "article_id": self.article_id}
                )
        created = 0
        if create:
            created = await _insert_counted(session, Show, create, ["title", "year_key"])
            wanted = {(c["title"], c["year_key"]) for c in create}
            ids: dict[tuple[str, int], int] = {}
            for chunk in _chunks(sorted(wanted)):
                rows = await session.execute(
                    select(Show.id, Show.title, Show.year_key).where(
                        tuple_(Show.title, Show.year_key).in_(chunk)
                    )
                )
                ids.update({(title, year): show_id for show_id, title, year in rows})
            for subject in missing:
                if subject not in self._shows:
                    title, year = split_title(subject)
                    self._shows[subject] = ids[(title, year or 0)]
        return created

    async def _resolve_people(self, session: AsyncSession, names: set[str]) -> int:
        missing = sorted(n for n in names if n not in self._people)
        if not missing:
            return 0
        await self._select_people(session, missing)
        create = [{"name": n} for n in missing if n not in self._people]
        created = 0
        if create:
            created = await _insert_counted(session, Person, create, ["name"])
            await self._select_people(session, [c["name"] for c in create])
        return created

    async def _select_people(self, session: AsyncSession, names: Sequence[str]) -> None:
        for chunk in _chunks(names):
            rows = await session.execute(select(Person.id, Person.name).where(Person.name.in_(chunk)))
            self._people.update({name: person_id for person_id, name in rows})

    async def _existing_keys(self, session: AsyncSession, show_ids: Sequence[int]) -> set[tuple[Any, ...]]:
        keys: set[tuple[Any, ...]] = set()
        for chunk in _chunks(show_ids):
            credits = select(Credit.show_id, Credit.person_id, Credit.role).where(Credit.show_id.in_(chunk))
            for show_id, person_id, role in await session.execute(credits):
                keys.add(("credit", show_id, person_id, str(role)))
            releases = select(Release.show_id, Release.year).where(
                Release.show_id.in_(chunk), Release.season.is_(None), Release.year.is_not(None)
            )
            keys.update(("release", s, y) for s, y in (await session.execute(releases)))
            ratings = select(Rating.show_id, Rating.value).where(
                Rating.show_id.in_(chunk), Rating.source == "IMDb", Rating.audience == "users"
            )
            keys.update(("rating", s, v) for s, v in (await session.execute(ratings)))
            descriptors = select(Descriptor.show_id, Descriptor.kind, Descriptor.value).where(
                Descriptor.show_id.in_(chunk)
            )
            keys.update(("descriptor", s, k, v) for s, k, v in (await session.execute(descriptors)))
        return keys
