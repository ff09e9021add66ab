"""`marquee ask` and `marquee chat`: the question engine in a terminal."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from bot.batch_lines import decode_line
from bot.render_text import ASK_HELP, CHAT_HELP, render_text
from bot.startup import check_default_show
from intents.answer import Answer
from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.replies import invalid
from intents.stored_snapshot import snapshot_store

if TYPE_CHECKING:
    from db.bootstrap import Database

PROMPT = "you> "


def parse_now(value: str | None, tz: str = "UTC") -> dt.datetime | None:
    """Parse --now: an ISO-8601 date or date-time; one without an offset is a time in the zone `tz`."""
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=ZoneInfo(tz))


def _json(answer: Answer, question: str) -> dict[str, object]:
    """The JSON form, its text as the terminal shows it (with the terminal's help pointer)."""
    return answer.to_json(question) | {"text": answer.text_with_help(ASK_HELP)}


async def open_engine(
    url: str | None, default_show: str | None = None
) -> tuple[Database | None, QuestionEngine]:
    """Open (migrate, seed) the database and load the engine (from the snapshot stored beside the database
    when the facts are unchanged); the default show must be a known one.

    A SQLite database that opening would leave as it is, whose stored snapshot holds its facts, is not
    opened at all (Database None): the snapshot is read directly (QuestionEngine.from_unchanged_database).
    """
    engine = QuestionEngine.from_unchanged_database(url)
    if engine is not None:
        check_default_show(engine, default_show)
        return None, engine
    from db.bootstrap import open_database  # here: SQLAlchemy is imported only when the database is opened

    database = await open_database(url)
    try:
        engine = await QuestionEngine.from_sessions(database.sessions, store=snapshot_store(url))
        check_default_show(engine, default_show)
    except BaseException:
        await database.close()
        raise
    return database, engine


async def close(database: Database | None) -> None:
    """Close what `open_engine` opened (nothing when the snapshot was read directly)."""
    if database is not None:
        await database.close()


async def ask_one(
    url: str | None, question: str, as_json: bool, now: dt.datetime | None, default_show: str | None, tz: str
) -> int:
    """Answer one question and print it."""
    database, engine = await open_engine(url, default_show)
    try:
        answer = await engine.answer(question, Conversation(), now=now, default_show=default_show, tz=tz)
    finally:
        await close(database)
    print(json.dumps(_json(answer, question), ensure_ascii=False) if as_json else render_text(answer))
    return 0


@dataclass(frozen=True, slots=True)
class BatchLine:
    """One batch input line: the question, its conversation (None: a conversation of its own), its clock.

    `problem` says why a line that looks like JSON can't be read; such a line is answered with that reason.
    """

    question: str
    conversation: str | None = None
    now: dt.datetime | None = None
    problem: str | None = None


_JSON_SHAPE = 'a JSON line is {"question": "...", "conversation": "c1", "now": "2024-09-10"}'


def parse_batch_line(raw: str, tz: str = "UTC") -> BatchLine:
    """A plain question, or a JSON object {"question": ..., "conversation": ..., "now": ...}.

    A "now" without an offset is a time in the zone `tz`, like --now."""
    text = raw.rstrip("\r\n")
    shown = text.strip()
    # Meant as JSON: opens with a key, or is braced whole; "{hs3} when?" stays a question.
    if not (shown.startswith('{"') or (shown.startswith("{") and shown.endswith("}"))):
        return BatchLine(text)
    try:
        record = json.loads(text)
    except ValueError:
        return BatchLine(text, problem=f"That line is not valid JSON; {_JSON_SHAPE}.")
    if not isinstance(record, dict):
        return BatchLine(text, problem=f"That line is not a JSON object; {_JSON_SHAPE}.")
    question = record.get("question")
    conversation = record.get("conversation")
    named = isinstance(conversation, str | int) and conversation != ""
    conversation_id = str(conversation) if named else None
    if not isinstance(question, str):
        problem = f'That line has no "question" text; {_JSON_SHAPE}.'
        return BatchLine("", conversation_id, problem=problem)
    now = record.get("now")
    try:
        clock = parse_now(now, tz) if isinstance(now, str) else None
    except ValueError:
        clock = None
    if now is not None and clock is None:
        problem = f'"now" must be an ISO-8601 date or time such as 2024-09-10, not {json.dumps(now)[:40]}.'
        return BatchLine(question, conversation_id, problem=problem)
    return BatchLine(question, conversation_id, clock)


async def ask_batch(
    url: str | None,
    lines: Iterable[str],
    as_json: bool,
    now: dt.datetime | None,
    default_show: str | None,
    tz: str,
    out: TextIO | None = None,
) -> int:
    """Answer one question per line, printing one line (or JSON object) each.

    Plain lines are each their own conversation; JSON lines with the same "conversation" id share one, and
    its clock: a line without "now" keeps the conversation's last "now" (or `now` when it never had one).
    """
    out = out or sys.stdout  # looked up per call so redirected output (tests, pipes) is honoured
    database, engine = await open_engine(url, default_show)
    conversations: dict[str, Conversation] = {}
    clocks: dict[str, dt.datetime] = {}
    warmed = False
    try:
        for raw in lines:
            line = parse_batch_line(raw, tz)
            conversation = (
                conversations.setdefault(line.conversation, Conversation())
                if line.conversation is not None
                else Conversation()
            )
            if line.conversation is not None and line.now is not None:
                clocks[line.conversation] = line.now
            clock = line.now or (clocks.get(line.conversation) if line.conversation is not None else None)
            answer = (
                invalid(line.problem)
                if line.problem is not None
                else await engine.answer(
                    line.question, conversation, now=clock or now, default_show=default_show, tz=tz
                )
            )
            if as_json:
                record = _json(answer, line.question)
                if line.conversation is not None:
                    record["conversation"] = line.conversation
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(answer.text_with_help(ASK_HELP).replace("\n", " ") + "\n")
            if not warmed:  # the first answer is out: the tables later questions need are built now
                out.flush()
                engine.warm_up()
                warmed = True
    finally:
        await close(database)
    out.flush()
    return 0


async def chat(url: str | None, now: dt.datetime | None, default_show: str | None, tz: str) -> int:
    """An interactive conversation; the last show is remembered between lines."""
    database, engine = await open_engine(url, default_show)
    conversation = Conversation()
    interactive = sys.stdin.isatty()
    warmed = False
    print(
        "Marquee chat: ask about a show, e.g. “when does heartstopper season 3 come out?”. "
        "Ctrl-D or `quit` ends."
    )
    try:
        while True:
            if interactive:
                print(PROMPT, end="", flush=True)
            raw = sys.stdin.buffer.readline()  # bytes: a bad byte is replaced, not fatal
            line = decode_line(raw)
            if not raw or line.strip().lower() in {"quit", "exit", ":q"}:
                break
            if not line.strip():
                continue
            answer = await engine.answer(line, conversation, now=now, default_show=default_show, tz=tz)
            print(render_text(answer, help_pointer=CHAT_HELP), flush=True)
            if not warmed:  # while the fan reads the first answer
                engine.warm_up()
                warmed = True
    except KeyboardInterrupt:
        pass
    finally:
        await close(database)
    print("Bye!")
    return 0
