"""`marquee catalog import`: load a catalog file in batches, each in its own transaction, with a progress bar.

Every batch commits on its own, so an interrupted import keeps what it wrote and a re-run adds only the rest.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Never

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from db.import_options import CATALOG_FORMATS
from db.importers.jsonl import import_fact_lines
from db.importers.triples import DEFAULT_SOURCE, Triple, TripleError, TriplesWriter, parse_triple

FORMATS = CATALOG_FORMATS
BATCH_LINES = 5000
MAX_SKIPS_SHOWN = 20


@dataclass
class CatalogSummary:
    """What an import did, for the command's report."""

    path: str
    format: str
    source: str
    lines: int = 0
    shows_created: int = 0
    people_created: int = 0
    facts_added: int = 0
    facts_present: int = 0
    articles_present: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0

    def render(self) -> str:
        """A short human-readable report, listing skipped lines with their numbers and reasons."""
        lines = [
            f"Imported {self.path} ({self.format}, source {self.source!r}) in {self.seconds:.1f} s",
            f"  lines read:      {self.lines:,}",
            f"  new entities:    {self.shows_created + self.people_created:,} "
            f"({self.shows_created:,} shows/films, {self.people_created:,} people)",
            f"  facts added:     {self.facts_added:,}",
            f"  already present: {self.facts_present:,} facts"
            + (f", {self.articles_present:,} articles" if self.articles_present else ""),
            f"  skipped lines:   {len(self.skipped):,}",
        ]
        lines += [f"    line {number}: {reason}" for number, reason in self.skipped[:MAX_SKIPS_SHOWN]]
        if len(self.skipped) > MAX_SKIPS_SHOWN:
            lines.append(f"    ... and {len(self.skipped) - MAX_SKIPS_SHOWN:,} more")
        return "\n".join(lines)


def detect_format(path: Path) -> str:
    """`jsonl` for .jsonl/.json files or a first line that is a JSON object, else `triples`."""
    if path.suffix.lower() in {".jsonl", ".json", ".ndjson"}:
        return "jsonl"
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            text = raw.strip()
            if text and not text.startswith("#"):
                return "jsonl" if text.startswith("{") else "triples"
    return "triples"


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _progress(total: int, enabled: bool, stream: IO[str]) -> tqdm[Never]:
    return tqdm(total=total, unit=" lines", unit_scale=True, disable=not enabled, file=stream, leave=False)


async def import_triples(
    sessions: async_sessionmaker[AsyncSession],
    path: Path,
    source: str = DEFAULT_SOURCE,
    *,
    batch_lines: int = BATCH_LINES,
    progress: bool = False,
    stream: IO[str] = sys.stderr,
) -> CatalogSummary:
    """Import a triples file; malformed lines are reported and skipped, the rest committed batch by batch."""
    summary = CatalogSummary(str(path), "triples", source)
    started = time.perf_counter()
    writer = TriplesWriter(source)
    with _progress(_count_lines(path), progress, stream) as bar, path.open(encoding="utf-8") as handle:
        batch: list[Triple] = []
        for number, raw in enumerate(handle, start=1):
            summary.lines = number
            try:
                triple = parse_triple(raw, number)
            except TripleError as exc:
                summary.skipped.append((number, str(exc)))
                triple = None
            if triple is not None:
                batch.append(triple)
            if len(batch) >= batch_lines:
                await _write_triples(sessions, writer, batch, summary)
                bar.update(number - bar.n)
                batch = []
        await _write_triples(sessions, writer, batch, summary)
        bar.update(summary.lines - bar.n)
    summary.seconds = time.perf_counter() - started
    return summary


async def _write_triples(
    sessions: async_sessionmaker[AsyncSession],
    writer: TriplesWriter,
    batch: list[Triple],
    summary: CatalogSummary,
) -> None:
    if not batch:
        return
    async with sessions.begin() as session:
        result = await writer.write(session, batch)
    summary.shows_created += result.shows_created
    summary.people_created += result.people_created
    summary.facts_added += result.facts_added
    summary.facts_present += result.facts_present


def _is_article(raw: str) -> bool:
    text = raw.strip()
    if not text.startswith("{") or '"article"' not in text:
        return False
    try:
        record = json.loads(text)
    except ValueError:
        return False
    return isinstance(record, dict) and record.get("type") == "article"


def _article_chunks(lines: list[str], source: str | None) -> Iterator[tuple[int, list[str]]]:
    """(number of the chunk's first line, lines) per article; facts before any article line get a `source`
    article (as line 0)."""
    start, chunk = 1, []
    if source:
        start = 0
        chunk = [
            json.dumps(
                {
                    "type": "article",
                    "key": f"catalog:{source}",
                    "kind": "catalog",
                    "outlet": source,
                    "title": source,
                }
            )
        ]
    for number, raw in enumerate(lines, start=1):
        if _is_article(raw):
            if any(line.strip() for line in chunk):
                yield start, chunk
            start, chunk = number, []
        chunk.append(raw)
    if chunk:
        yield start, chunk


async def import_jsonl(
    sessions: async_sessionmaker[AsyncSession],
    path: Path,
    source: str | None = None,
    *,
    progress: bool = False,
    stream: IO[str] = sys.stderr,
) -> CatalogSummary:
    """Import a jsonl fact file one article per transaction (an article already stored is skipped whole)."""
    summary = CatalogSummary(str(path), "jsonl", source or "(articles in the file)")
    started = time.perf_counter()
    lines = (await asyncio.to_thread(path.read_text, encoding="utf-8")).splitlines()
    summary.lines = len(lines)
    with _progress(len(lines), progress, stream) as bar:
        for start, chunk in _article_chunks(lines, source):
            async with sessions.begin() as session:
                result = await import_fact_lines(session, chunk)
            summary.facts_added += result.facts
            summary.articles_present += result.articles_already_present
            # Line numbers are relative to the chunk; a synthetic article line is number 0.
            summary.skipped.extend((start + n - 1, reason) for n, reason in result.skipped)
            bar.update(len(chunk) - (1 if start == 0 else 0))
    summary.seconds = time.perf_counter() - started
    return summary


async def import_catalog(
    sessions: async_sessionmaker[AsyncSession],
    path: Path,
    fmt: str | None = None,
    source: str | None = None,
    *,
    progress: bool = False,
) -> CatalogSummary:
    """Import `path` in `fmt` (detected when None)."""
    chosen = fmt or detect_format(path)
    if chosen == "jsonl":
        return await import_jsonl(sessions, path, source, progress=progress)
    if chosen != "triples":
        raise ValueError(f"unknown catalog format {chosen!r}; expected one of {', '.join(FORMATS)}")
    return await import_triples(sessions, path, source or DEFAULT_SOURCE, progress=progress)
