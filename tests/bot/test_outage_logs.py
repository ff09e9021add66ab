"""Logs while PostgreSQL is unreachable (cut by a proxy in front of the real server): one line per outage,
one when it ends, no traceback; and the token never reaches a log line."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from sqlalchemy.engine import make_url

from bot.discord_app import create_bot
from bot.exts.refresh import Refresh
from bot.logsafety import REDACTED, RedactingFormatter
from bot.settings import Settings
from db.bootstrap import open_database
from db.engine import create_engine, create_sessionmaker
from intents.engine import QuestionEngine
from tests.faults import TcpProxy


@dataclass
class Outage:
    proxy: TcpProxy
    cog: Refresh


@pytest.fixture
async def outage(postgres_url: str) -> AsyncIterator[Outage]:
    await (await open_database(postgres_url)).close()
    url = make_url(postgres_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    engine = create_engine(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False))
    sessions = create_sessionmaker(engine)
    try:
        bot = create_bot(Settings(_env_file=None), await QuestionEngine.from_sessions(sessions), sessions)
        cog = Refresh(bot, interval=1)
        cog.version = await cog._read_version()
        yield Outage(proxy, cog)
    finally:
        await proxy.cut()
        await engine.dispose()


def _refresh_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.exts.refresh"]


async def test_polls_during_an_outage_log_one_line_without_traceback(
    outage: Outage, caplog: pytest.LogCaptureFixture
) -> None:
    await outage.proxy.cut()
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            await outage.cog.check()
    assert [(r.levelname, r.exc_info) for r in _refresh_lines(caplog)] == [("WARNING", None)]


async def test_the_end_of_an_outage_is_logged_once(outage: Outage, caplog: pytest.LogCaptureFixture) -> None:
    await outage.proxy.cut()
    await outage.cog.check()
    await outage.proxy.restore()
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        for _ in range(2):
            await outage.cog.check()
    assert [r.getMessage() for r in _refresh_lines(caplog)] == [
        "facts refresh resumed: the database is reachable again"
    ]


def test_the_token_is_redacted_from_messages_and_tracebacks() -> None:
    token = "MTIzNDU2Nzg5.secret.token-value"
    try:
        raise RuntimeError(f"bad header Authorization: Bot {token}")
    except RuntimeError:
        exc_info = sys.exc_info()
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "token %s", (token,), exc_info=exc_info)
    line = RedactingFormatter([token]).format(record)
    assert [token in line, line.count(REDACTED)] == [False, 2]
