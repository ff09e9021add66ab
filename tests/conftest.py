"""Shared fixtures: SQLite and PostgreSQL databases, the seeded knowledge and a question engine."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from db.bootstrap import Database, open_database
from db.knowledge import Knowledge, load_knowledge
from intents.engine import QuestionEngine
from tests.helpers import AFTER_PREMIERE, BEFORE_PREMIERE, SHARED_DIR

__all__ = ["AFTER_PREMIERE", "BEFORE_PREMIERE", "SHARED_DIR"]

POSTGRES_ADMIN_URL = os.environ.get(
    "MARQUEE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


async def _postgres_reachable() -> str | None:
    import asyncpg

    dsn = POSTGRES_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://")
    try:
        connection = await asyncio.wait_for(asyncpg.connect(dsn), timeout=3)
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        return f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {exc}"
    await connection.close()
    return None


@functools.cache
def postgres_problem() -> str | None:
    """Why PostgreSQL can't be used, or None; probed once, in a thread so any event loop may call it."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _postgres_reachable()).result()


@pytest.fixture
def postgres_available() -> None:
    """Skip (or, with MARQUEE_REQUIRE_POSTGRES=1 as in CI, fail) when PostgreSQL is unreachable."""
    problem = postgres_problem()
    if problem is None:
        return
    if os.environ.get("MARQUEE_REQUIRE_POSTGRES") == "1":
        pytest.fail(problem)
    pytest.skip(problem)


async def _admin(sql: str) -> None:
    import asyncpg

    dsn = POSTGRES_ADMIN_URL.replace("postgresql+asyncpg://", "postgresql://")
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@pytest.fixture
async def postgres_url(postgres_available: None) -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"marquee_test_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}"')
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Each database test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'marquee.db'}"
        return
    request.getfixturevalue("postgres_available")
    name = f"marquee_test_{uuid.uuid4().hex[:12]}"
    await _admin(f'CREATE DATABASE "{name}"')
    try:
        yield f"{POSTGRES_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def seeded_db(sqlite_url: str) -> AsyncIterator[Database]:
    """A migrated SQLite database holding the seed facts."""
    database = await open_database(sqlite_url)
    try:
        yield database
    finally:
        await database.close()


async def _load_seed_knowledge(directory: Path) -> Knowledge:
    database = await open_database(f"sqlite+aiosqlite:///{directory / 'seed.db'}")
    try:
        async with database.sessions() as session:
            return await load_knowledge(session)
    finally:
        await database.close()


@pytest.fixture(scope="session")
def seed_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts, loaded once per test session (a plain, immutable-by-convention snapshot)."""
    return asyncio.run(_load_seed_knowledge(tmp_path_factory.mktemp("seed")))


@pytest.fixture
def engine(seed_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the seed facts whose clock stands at the seed article's date."""
    return QuestionEngine(seed_knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """../shared beside the repository; tests using it skip when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} is absent (only present beside the project's own checkout)")
    yield SHARED_DIR
