"""Reading the engine's snapshot at start: the stored copy when the facts and the code are unchanged
(db.snapshot_store), else the facts from the database, with the version a fresh copy is to be stored under.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from db.freshness import FactsVersion, facts_version
from db.knowledge import Knowledge, load_knowledge
from db.snapshot_store import SnapshotStore, source_fingerprint
from db.unchanged_sqlite import unchanged_facts_version
from db.urls import default_database_url
from intents.derived import Derived

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

# The code that shapes a snapshot: how facts are read (db) and what is derived from them (intents).
SNAPSHOT_SOURCES = (Path(__file__).resolve().parents[1] / "db", Path(__file__).resolve().parent)


class StoredSnapshot(NamedTuple):
    """What a store holds: the facts and the tables derived from them, pickled together (they share
    objects, so one pickle keeps every derived table pointing into the same facts)."""

    knowledge: Knowledge
    derived: Derived


@dataclass(frozen=True, slots=True)
class ReadSnapshot:
    """The snapshot read at start: `derived` is None when it is still to be derived; `store_as` is the
    facts version to store a freshly derived one under (None: nothing to store)."""

    knowledge: Knowledge
    derived: Derived | None = None
    store_as: FactsVersion | None = None


def snapshot_store(url: str | None) -> SnapshotStore | None:
    """The store for the database at `url` (None where it has none), keyed by today's snapshot code."""
    return SnapshotStore.beside(url, source_fingerprint(SNAPSHOT_SOURCES))


def unchanged_store(url: str | None) -> tuple[SnapshotStore, FactsVersion] | None:
    """The store beside a SQLite database that opening would leave as it is, with the database's facts
    version read directly (db.unchanged_sqlite): what `store.load` needs to give the snapshot a start would
    read after opening the database. None where there is no store or opening may change the database."""
    store = snapshot_store(url)
    if store is None:
        return None
    version = unchanged_facts_version(url or default_database_url())
    return None if version is None else (store, version)


async def read_snapshot(session: AsyncSession, store: SnapshotStore | None) -> ReadSnapshot:
    """The stored snapshot when it matches the facts, else the facts read afresh.

    The version is read before the facts and again after: a fresh snapshot is stored under it only when
    no write came in between, so a stored snapshot never holds facts its key does not cover.
    """
    if store is None:
        return ReadSnapshot(await load_knowledge(session))
    version = await facts_version(session)
    stored = await asyncio.to_thread(store.load, version)  # a bot's event loop keeps serving meanwhile
    if isinstance(stored, StoredSnapshot):
        return ReadSnapshot(stored.knowledge, stored.derived)
    knowledge = await load_knowledge(session)
    unchanged = await facts_version(session) == version
    return ReadSnapshot(knowledge, store_as=version if unchanged else None)


def store_snapshot(
    store: SnapshotStore | None, version: FactsVersion | None, knowledge: Knowledge, derived: Derived
) -> None:
    """Store a just-derived snapshot for the next start (before any question has used it: questions fill
    lazily made tables, which are not stored)."""
    if store is not None and version is not None:
        store.save(version, StoredSnapshot(knowledge, derived))
