"""The project's own fact format: one JSON object per line, each naming its `type`.

Types: article, show, release, season, credit, person, rating, award, work, descriptor (aliases are fields of
show, credit and person). Facts after an `article` line belong to that article. See DEVELOPERS.md "Fact files"
for every field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.importers.insert import insert_ignore
from db.importers.writer import FactWriter
from db.models import Article, AwardOutcome, EntityKind, Role, ShowKind
from db.seed_files import article_fingerprint  # also read where SQLAlchemy is not imported


class FactError(ValueError):
    """A fact line that cannot be stored, with the reason."""


@dataclass
class ImportSummary:
    """What an import did: counts and the lines it skipped, with reasons."""

    articles: int = 0
    articles_already_present: int = 0
    facts: int = 0  # lines that wrote something new
    facts_present: int = 0  # valid lines whose facts were all stored already
    skipped: list[tuple[int, str]] = field(default_factory=list)


def _date(value: Any, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise FactError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}") from exc


def _require(record: dict[str, Any], *names: str) -> None:
    missing = [n for n in names if not record.get(n)]
    if missing:
        raise FactError(f"missing field(s): {', '.join(missing)}")


def _int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise FactError(f"{name} must be a whole number")
    try:
        return int(value)
    except ValueError as exc:
        raise FactError(f"{name} must be a whole number, got {value!r}") from exc


async def _apply(writer: FactWriter, record: dict[str, Any]) -> None:
    kind = record.get("type")
    if kind == "show":
        _require(record, "title")
        show = await writer.show(
            record["title"],
            ShowKind(record.get("kind", "series")),
            _int(record.get("year"), "year") or 0,
            record.get("network"),
            record.get("synopsis"),
        )
        for alias in record.get("aliases", []):
            await writer.alias(EntityKind.SHOW, show.id, alias)
    elif kind == "release":
        _require(record, "show")
        on = _date(record.get("date"), "date")
        year = _int(record.get("year"), "year")
        season = _int(record.get("season"), "season")
        if on is None and year is None:
            raise FactError("a release needs a date or a year")
        show = await writer.show(record["show"], year=_int(record.get("show_year"), "show_year") or 0)
        await writer.release(show, season, on, year, record.get("network"))
    elif kind == "season":
        _require(record, "show", "number")
        number = _int(record["number"], "number") or 0
        through, episodes = _int(record.get("through"), "through"), _int(record.get("episodes"), "episodes")
        show = await writer.show(record["show"])
        await writer.season(show, number, through, episodes)
    elif kind == "credit":
        _require(record, "show", "person", "role")
        try:
            role = Role(record["role"])
        except ValueError as exc:
            raise FactError(f"unknown role {record['role']!r}") from exc
        episodes, billing = _int(record.get("episodes"), "episodes"), _int(record.get("billing"), "billing")
        show = await writer.show(record["show"], year=_int(record.get("show_year"), "show_year") or 0)
        person = await writer.person(record["person"])
        credit_id = await writer.credit(
            show,
            person,
            role,
            record.get("character"),
            record.get("seasons"),
            episodes,
            record.get("note"),
            billing or 100,
        )
        for alias in record.get("person_aliases", []):
            await writer.alias(EntityKind.PERSON, person.id, alias)
        for alias in record.get("character_aliases", []):
            await writer.alias(EntityKind.CHARACTER, credit_id, alias)
    elif kind == "person":
        _require(record, "name")
        person = await writer.person(record["name"], record.get("summary"))
        for alias in record.get("aliases", []):
            await writer.alias(EntityKind.PERSON, person.id, alias)
    elif kind == "rating":
        _require(record, "show", "source", "value")
        try:
            value = float(record["value"])
        except (TypeError, ValueError) as exc:
            raise FactError(f"a rating value must be a number, got {record['value']!r}") from exc
        show = await writer.show(record["show"])
        await writer.rating(
            show, record["source"], record.get("audience", "critics"), value, record.get("scale", "%")
        )
    elif kind == "award":
        _require(record, "show", "body", "outcome")
        try:
            outcome = AwardOutcome(record["outcome"])
        except ValueError as exc:
            raise FactError(f"unknown award outcome {record['outcome']!r}") from exc
        show = await writer.show(record["show"])
        await writer.award(show, record["body"], record.get("category"), outcome)
    elif kind == "work":
        _require(record, "person", "title")
        on = _date(record.get("date"), "date")
        person = await writer.person(record["person"])
        linked = await writer.existing_show(record["title"])
        await writer.other_work(
            person, record["title"], linked, record.get("role"), record.get("network"), on, record.get("note")
        )
    elif kind == "descriptor":
        _require(record, "show", "kind", "value")
        show = await writer.show(record["show"])
        await writer.descriptor(show, record["kind"], record["value"])
    else:
        raise FactError(f"unknown type {kind!r}")


def _article_kind(value: Any) -> str:
    # "catalog" marks bulk knowledge bases: their people get no surname shortcuts and yield to news names.
    # "admin" marks a fact an admin added or corrected by hand; it reads like news.
    if value in (None, "news", "catalog", "admin"):
        return str(value or "news")
    raise FactError(f"article kind must be 'news', 'catalog' or 'admin', got {value!r}")


async def import_fact_lines(session: AsyncSession, lines: Iterable[str]) -> ImportSummary:
    """Import fact lines into `session` (the caller commits). An article already present is skipped whole."""
    summary = ImportSummary()
    writer: FactWriter | None = None
    skipping_article = False
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        try:
            record = json.loads(text)
            if not isinstance(record, dict):
                raise FactError("each line must be a JSON object")
            if record.get("type") == "article":
                # Facts after a rejected article line must not fall to the previous article.
                writer = None
                skipping_article = False
                _require(record, "outlet", "title")
                fingerprint = article_fingerprint(record)
                # Inserted unless stored already: a concurrent import of the same article waits for the
                # first one's transaction (PostgreSQL) and then finds the article present.
                article_id = await session.scalar(
                    insert_ignore(session, Article, ["fingerprint"])
                    .values(
                        outlet=record["outlet"],
                        title=record["title"],
                        url=record.get("url"),
                        published_on=_date(record.get("published"), "published"),
                        kind=_article_kind(record.get("kind")),
                        fingerprint=fingerprint,
                    )
                    .returning(Article.id)
                )
                skipping_article = article_id is None
                if skipping_article:
                    summary.articles_already_present += 1
                    continue
                article = await session.get_one(Article, article_id)
                writer = FactWriter(session, article)
                summary.articles += 1
                continue
            if skipping_article:
                continue
            if writer is None:
                raise FactError("a fact must follow an article line")
            # Each branch validates a line before writing, and each line is written in its own SAVEPOINT:
            # a line rejected half-way (a show created, then its credit refused) leaves nothing behind.
            before = writer.written
            try:
                async with session.begin_nested():
                    await _apply(writer, record)
            except BaseException:
                writer.forget()
                raise
            if writer.written > before:
                summary.facts += 1
            else:
                summary.facts_present += 1
        except (json.JSONDecodeError, FactError, ValueError, TypeError, KeyError) as exc:
            summary.skipped.append((number, str(exc)))
    return summary
