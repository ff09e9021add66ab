"""`marquee doctor`: check the configuration and say what is fine and what to fix (never the token)."""

from __future__ import annotations

import asyncio
import base64
import binascii
import enum
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.settings import Settings
from bot.startup import ConfigurationError, check_default_show
from db.engine import create_engine, create_sessionmaker, describe_url
from db.errors import explain
from db.health import DatabaseHealth, SchemaState, inspect_database
from intents.engine import QuestionEngine

DISCORD_API = "https://discord.com/api/v10"
TIMEOUT = aiohttp.ClientTimeout(total=8)
# Application flags saying the Message Content intent is enabled in the developer portal.
MESSAGE_CONTENT_FLAGS = (1 << 18) | (1 << 19)
NEEDED_INTENTS = "Guilds, Guild Messages, Direct Messages and the privileged Message Content intent"
_TOKEN = re.compile(r"([A-Za-z0-9_-]{17,40})\.([A-Za-z0-9_-]{5,10})\.([A-Za-z0-9_-]{25,})")
PORTAL = "https://discord.com/developers/applications"


class Verdict(enum.Enum):
    """How a finding counts: only FIX makes `doctor` exit non-zero; a NOTE is a choice, not a problem."""

    OK = "ok"
    NOTE = "note"
    WARN = "warn"
    FIX = "FIX"


@dataclass(frozen=True)
class Finding:
    """One line of the report: what was checked and what to do about it."""

    verdict: Verdict
    topic: str
    text: str

    def render(self) -> str:
        return f"  {self.verdict.value:<4}  {self.topic}: {self.text}"


def token_problem(token: str) -> str | None:
    """Why `token` can't be a bot token, or None; the answer never quotes the token."""
    if token.startswith(("Bot ", "Bearer ")):
        return "remove the 'Bot ' prefix: put only the token itself"
    if token != token.strip() or any(c in token for c in "\"' \t"):
        return "it contains spaces or quotes; put only the token itself"
    if token.isdigit():
        return "that is an application or user id, not the bot token (Bot -> Reset Token)"
    match = _TOKEN.fullmatch(token)
    if match is None:
        if re.fullmatch(r"[A-Za-z0-9_-]{32}", token):
            return "that looks like the OAuth2 client secret, not the bot token (Bot -> Reset Token)"
        return "it doesn't look like a bot token (three parts joined by dots); copy it again (Reset Token)"
    first = match.group(1)
    try:
        user_id = base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        user_id = ""
    if not user_id.isdigit():
        return "its first part should encode the bot's user id; copy it again (Bot -> Reset Token)"
    return None


def check_token(settings: Settings) -> Finding:
    """DISCORD_TOKEN set and shaped like a bot token."""
    if settings.discord_token is None:
        # Every setting is optional: without a token the bot runs as the playground, which is no failure.
        return Finding(
            Verdict.NOTE,
            "DISCORD_TOKEN",
            f"not set, so `marquee run` serves the browser playground; to join Discord, "
            f"create a bot at {PORTAL} and put its token in .env",
        )
    problem = token_problem(settings.discord_token.get_secret_value())
    if problem is not None:
        return Finding(Verdict.FIX, "DISCORD_TOKEN", problem)
    return Finding(Verdict.OK, "DISCORD_TOKEN", "set and shaped like a bot token (not shown)")


async def check_discord(settings: Settings) -> list[Finding]:
    """Discord (or DISCORD_API_URL) answers, accepts the token, and has the Message Content intent on."""
    api = (settings.discord_api_url or DISCORD_API).rstrip("/")
    findings = []
    if settings.discord_gateway_url:
        findings.append(await check_gateway(settings.discord_gateway_url))
    if settings.discord_token is None or token_problem(settings.discord_token.get_secret_value()):
        if settings.discord_api_url:
            findings.append(await check_api_answers(api))
        verdict = Verdict.NOTE if settings.discord_token is None else Verdict.WARN
        findings.append(Finding(verdict, "intents", f"Marquee needs {NEEDED_INTENTS}; not checked"))
        return findings
    headers = {"Authorization": f"Bot {settings.discord_token.get_secret_value()}"}
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT, headers=headers) as http:
            async with http.get(f"{api}/users/@me") as me:
                if me.status == 401:
                    return [*findings, Finding(Verdict.FIX, "DISCORD_TOKEN", "Discord rejected it: reset it")]
                me.raise_for_status()
                bot_name = (await me.json()).get("username", "?")
            async with http.get(f"{api}/applications/@me") as app:
                app.raise_for_status()
                flags = int((await app.json()).get("flags") or 0)
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        text = f"can't reach Discord at {api}: {_reason(exc)}"
        return [*findings, Finding(Verdict.FIX, "DISCORD_API_URL", text)]
    findings.append(Finding(Verdict.OK, "Discord", f"{api} accepted the token (bot {bot_name})"))
    if flags & MESSAGE_CONTENT_FLAGS:
        findings.append(Finding(Verdict.OK, "intents", f"{NEEDED_INTENTS} (enabled)"))
    else:
        findings.append(
            Finding(
                Verdict.FIX,
                "intents",
                f"enable the Message Content intent on the Bot page at {PORTAL} (needs {NEEDED_INTENTS})",
            )
        )
    return findings


async def check_api_answers(api: str) -> Finding:
    """DISCORD_API_URL answers HTTP at all (any status will do: without a token nothing more is checked)."""
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http, http.get(f"{api}/gateway"):
            pass
    except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
        return Finding(Verdict.FIX, "DISCORD_API_URL", f"can't reach {api}: {_reason(exc)}")
    return Finding(Verdict.OK, "DISCORD_API_URL", f"{api} answers")


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


async def check_gateway(url: str) -> Finding:
    """The gateway's host accepts connections (a TCP connect; no session is opened)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme in ("wss", "https") else 80)
    if not parts.hostname:
        return Finding(Verdict.FIX, "DISCORD_GATEWAY_URL", f"{url!r} is not a ws:// or wss:// URL")
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname, port), TIMEOUT.total)
    except (OSError, TimeoutError) as exc:
        return Finding(Verdict.FIX, "DISCORD_GATEWAY_URL", f"can't reach {url}: {exc}")
    writer.close()
    await writer.wait_closed()
    return Finding(Verdict.OK, "DISCORD_GATEWAY_URL", f"{url} accepts connections")


async def check_database(url: str, default_show: str | None) -> list[Finding]:
    """Reachable, migrated, seeded; and the default show is one the facts know."""
    try:
        engine = create_engine(url)
    except Exception as exc:  # any URL or driver problem is reported, not raised
        return [Finding(Verdict.FIX, "DATABASE_URL", explain(exc, url))]
    try:
        return await _inspect(engine, url, default_show)
    except Exception as exc:
        return [Finding(Verdict.FIX, "DATABASE_URL", explain(exc, url))]
    finally:
        await engine.dispose()


async def _inspect(engine: AsyncEngine, url: str, default_show: str | None) -> list[Finding]:
    health = await inspect_database(engine)
    findings = [_schema_finding(health, describe_url(url))]
    if health.seed_articles == 0:
        findings.append(Finding(Verdict.FIX, "seed", "no seed facts in the installation; reinstall Marquee"))
    elif health.schema is SchemaState.UNKNOWN:
        pass  # the schema line already says what to do
    elif health.schema is not SchemaState.CURRENT:
        findings.append(Finding(Verdict.WARN, "seed", "loaded by `marquee db upgrade` (or the first start)"))
    elif health.seed_articles_stored == health.seed_articles:
        findings.append(Finding(Verdict.OK, "seed", f"{health.seed_articles} seed article(s) loaded"))
    else:
        findings.append(Finding(Verdict.WARN, "seed", "seed facts not loaded yet; run `marquee db upgrade`"))
    if default_show and health.schema is SchemaState.CURRENT:
        question_engine = await QuestionEngine.from_sessions(create_sessionmaker(engine))
        try:
            check_default_show(question_engine, default_show, "DEFAULT_SHOW")
            findings.append(Finding(Verdict.OK, "DEFAULT_SHOW", f"{default_show!r} is a known show"))
        except ConfigurationError as exc:
            findings.append(Finding(Verdict.FIX, "DEFAULT_SHOW", str(exc).removeprefix("DEFAULT_SHOW: ")))
    elif default_show:
        findings.append(Finding(Verdict.WARN, "DEFAULT_SHOW", "checked once the database is migrated"))
    return findings


def _schema_finding(health: DatabaseHealth, where: str) -> Finding:
    if health.schema is SchemaState.CURRENT:
        return Finding(
            Verdict.OK, "database", f"{where}: reachable, schema at {health.revision} (the newest)"
        )
    if health.schema is SchemaState.EMPTY:
        return Finding(
            Verdict.WARN, "database", f"{where}: reachable but empty; `marquee db upgrade` fills it"
        )
    if health.schema is SchemaState.BEHIND:
        text = f"{where}: schema at {health.revision}, newest is {health.head}; run `marquee db upgrade`"
        return Finding(Verdict.WARN, "database", text)
    text = f"{where}: schema at {health.revision}, which this version doesn't know; upgrade Marquee"
    return Finding(Verdict.FIX, "database", text)


async def diagnose(settings: Settings, setting_problems: list[str], url: str, online: bool) -> list[Finding]:
    """Every check, in the order an operator would fix things."""
    findings = [Finding(Verdict.FIX, *problem.split(": ", 1)) for problem in setting_problems]
    findings.append(check_token(settings))
    if online:
        findings += await check_discord(settings)
    findings += await check_database(url, settings.default_show)
    if not any(f.topic == "TIMEZONE" for f in findings):
        findings.append(Finding(Verdict.OK, "TIMEZONE", settings.timezone))
    if not any(f.topic == "LOG_LEVEL" for f in findings):
        findings.append(Finding(Verdict.OK, "LOG_LEVEL", settings.log_level))
    return findings


def report(findings: list[Finding]) -> tuple[str, int]:
    """The printed report and the exit status (1 when something must be fixed)."""
    to_fix = sum(f.verdict is Verdict.FIX for f in findings)
    lines = [f.render() for f in findings]
    lines.append(f"{to_fix} thing(s) to fix." if to_fix else "Everything needed is in place.")
    return "\n".join(lines), 1 if to_fix else 0
