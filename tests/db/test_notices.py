"""PostgreSQL change notices (migration 0005 triggers, db/notices.py listener), on a real server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy.engine import make_url

from db import guilds
from db.bootstrap import Database, open_database
from db.importers.jsonl import import_fact_lines
from db.notices import ChangeListener, listens
from tests.faults import TcpProxy

ARTICLE = [
    {"type": "article", "key": "notice-1", "outlet": "Test Wire", "title": "Notice"},
    {"type": "show", "title": "Notice Show"},
]


@dataclass
class Heard:
    facts: int = 0
    guilds: list[int] = field(default_factory=list)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def on_facts(self) -> None:
        self.facts += 1
        self.changed.set()

    def on_settings(self, guild_id: int) -> None:
        self.guilds.append(guild_id)
        self.changed.set()


@pytest.fixture
async def database(postgres_url: str) -> AsyncIterator[Database]:
    db = await open_database(postgres_url, seed=False)
    yield db
    await db.close()


@pytest.fixture
async def listening(database: Database) -> AsyncIterator[tuple[Heard, TcpProxy]]:
    url = make_url(database.engine.url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    heard = Heard()
    listener = ChangeListener(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
        heard.on_facts,
        heard.on_settings,
    )
    listener.start()
    await asyncio.wait_for(listener.connected.wait(), 10)
    yield heard, proxy
    await listener.stop()
    await proxy.cut()


def test_only_postgres_gets_notices() -> None:
    assert [listens("postgresql+asyncpg://h/db"), listens("sqlite+aiosqlite:///x.db")] == [True, False]


async def test_facts_written_elsewhere_are_heard(
    database: Database, listening: tuple[Heard, TcpProxy]
) -> None:
    heard, _proxy = listening
    async with database.sessions.begin() as session:
        await import_fact_lines(session, [json.dumps(r) for r in ARTICLE])
    await asyncio.wait_for(heard.changed.wait(), 2)
    assert heard.facts >= 1


async def test_a_settings_change_is_heard_with_its_guild(
    database: Database, listening: tuple[Heard, TcpProxy]
) -> None:
    heard, _proxy = listening
    async with database.sessions.begin() as session:
        await guilds.set_prefix(session, 42, "?")
    await asyncio.wait_for(heard.changed.wait(), 2)
    assert heard.guilds[-1:] == [42]


async def test_a_reconnected_listener_reports_a_change(listening: tuple[Heard, TcpProxy]) -> None:
    heard, proxy = listening
    await proxy.cut()
    await asyncio.sleep(1.5)  # the listener notices and retries
    await proxy.restore()
    await asyncio.wait_for(heard.changed.wait(), 15)
    assert heard.facts == 1
