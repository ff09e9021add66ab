"""Unknown titles on a seed-only database: leaks of the seed show's facts, honest replies, and controls.

    .venv/bin/python -m benchmarks.unknown_titles [--verbose] [--list-unseen]

Fills the question templates and follow-up threads of `benchmarks/unknown_titles_data.py` with titles the
database lacks (most made of everyday words: "One Day", "You", "This Is Us") and asks them through
`bot.cli_ask.ask_batch` (the code behind `marquee ask --batch --json`, one conversation id per thread) in a
database holding only the seed article, where the seed show is the default. A reply *leaks* when it holds
a fact of the seed show the question did not say (its title, network, people, characters, dates); it is
*honest* when it says "I don't have facts about <the title>". Controls: the same templates with the seed
show's own title must still be answered (or say what is missing about it), and questions naming no title
must never get "I don't have facts".
`--verbose` lists the dev half's misses; the unseen half is only counted unless `--list-unseen`.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fan_questions import build_database  # noqa: E402
from benchmarks.unknown_titles_data import KNOWN_TITLE, NO_TITLE, TEMPLATES, THREADS, TITLES, halves  # noqa: E402
from bot.cli_ask import ask_batch  # noqa: E402
from db.bootstrap import open_database  # noqa: E402
from db.knowledge import Knowledge, load_knowledge  # noqa: E402
from intents.derived import derive  # noqa: E402
from intents.text import fold  # noqa: E402

NOW = "2024-09-03T12:00:00+00:00"
UNKNOWN_LEAD = "I don't have facts about "


@dataclass(frozen=True)
class Asked:
    """One question asked: its probe (which half, which check), the title it names, and the reply."""

    probe: str  # "template", "thread", "known", "no_title"
    half: str  # "dev" or "unseen"
    title: str  # the unknown title, "" for controls
    conversation: str
    question: str
    reply: dict[str, object]


def seed_facts(kb: Knowledge) -> list[str]:
    """What the seed (default) show's facts say: its title, networks, people, characters and dates."""
    show = derive(kb, frozenset()).best_show
    if show is None:
        return []
    said = {show.title, *(n for n in [show.network] if n)}
    for release in show.releases:
        if release.network:
            said.add(release.network)
        if release.on:
            said.add(f"{release.on:%B} {release.on.day}, {release.on.year}")
    for credit in show.credits:
        if credit.person_id in kb.people:
            person = kb.people[credit.person_id]
            said.update([person.name, *person.aliases])
        if credit.character:
            said.add(credit.character)
    return sorted(said)


def leaked(question: str, text: str, facts: list[str]) -> list[str]:
    """The seed facts a reply holds that its question did not say."""
    asked, replied = f" {fold(question)} ", f" {fold(text)} "
    return [f for f in facts if f" {fold(f)} " in replied and f" {fold(f)} " not in asked]


def honest(title: str, text: str) -> bool:
    """Says it has no facts about this very title (any capitals)."""
    return fold(text).startswith(fold(UNKNOWN_LEAD + title))


def _lines() -> list[tuple[str, str, str, str, str]]:
    """(probe, half, title, conversation id, question) for every question, in asking order."""
    out: list[tuple[str, str, str, str, str]] = []
    dev_t, _ = halves(TEMPLATES)
    dev_th, _ = halves(THREADS)
    for ti, title in enumerate(TITLES):
        for n, template in enumerate(TEMPLATES):
            half = "dev" if n in dev_t else "unseen"
            out.append(("template", half, title, f"t{ti}.{n}", template.format(x=title.lower())))
        for n, thread in enumerate(THREADS):
            half = "dev" if n in dev_th else "unseen"
            for turn in thread:
                out.append(("thread", half, title, f"th{ti}.{n}", turn.format(x=title.lower())))
    for n, template in enumerate(TEMPLATES):
        half = "dev" if n in dev_t else "unseen"
        out.append(("known", half, "", f"k{n}", template.format(x=KNOWN_TITLE)))
    for n, question in enumerate(NO_TITLE):
        out.append(("no_title", "dev" if n % 2 == 0 else "unseen", "", f"n{n}", question))
    return out


async def replies_on_seed_only(
    batch: list[str], facts_of: Callable[[Knowledge], list[str]]
) -> tuple[list[dict[str, object]], list[str]]:
    """Every JSON line's reply from a fresh seed-only database (through `marquee ask --batch --json`'s code),
    and the facts `facts_of` reads from that database: what a leak would hold."""
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/seed_only.db"
        await build_database(url, with_gold=False)
        database = await open_database(url)
        try:
            async with database.sessions() as session:
                facts = facts_of(await load_knowledge(session))
        finally:
            await database.close()
        out = io.StringIO()
        await ask_batch(url, batch, True, None, None, "UTC", out=out)
    return [json.loads(line) for line in out.getvalue().splitlines()], facts


async def ask_all() -> tuple[list[Asked], list[str]]:
    """Every probe question's reply from a fresh seed-only database, and the seed facts a leak would hold."""
    lines = _lines()
    batch = [json.dumps({"question": q, "conversation": c, "now": NOW}) for *_, c, q in lines]
    replies, facts = await replies_on_seed_only(batch, seed_facts)
    asked = [Asked(*line, reply) for line, reply in zip(lines, replies, strict=True)]
    return asked, facts


def _verdict(a: Asked, facts: list[str]) -> str:
    text = str(a.reply.get("text", ""))
    if a.probe in ("template", "thread"):
        if leaked(a.question, text, facts):
            return "leak"
        if honest(a.title, text):
            return "honest"
        return "wrong name" if text.startswith(UNKNOWN_LEAD) else "other"
    if a.probe == "known":
        if a.reply.get("kind") == "answer":
            return "answered"
        # "I don't have a premiere date for Heartstopper season 2": honest about the show it named.
        return "said what is missing" if fold(KNOWN_TITLE) in fold(text) else "not answered"
    return "false unknown" if text.startswith(UNKNOWN_LEAD) else "fine"


def report(asked: list[Asked], facts: list[str], verbose: bool, list_unseen: bool) -> None:
    """Counts by probe and half, then the misses asked for."""
    verdicts = [(a, _verdict(a, facts)) for a in asked]
    print(f"seed facts counted as leaks: {', '.join(facts)}")
    for probe in ("template", "thread", "known", "no_title"):
        for half in ("dev", "unseen"):
            group = [v for a, v in verdicts if a.probe == probe and a.half == half]
            counts = {v: group.count(v) for v in dict.fromkeys(sorted(group))}
            shown = "  ".join(f"{v} {n}" for v, n in counts.items())
            print(f"{probe:9} {half:7} {len(group):5} questions: {shown}")
    for half in ("dev", "unseen"):
        unknown = [v for a, v in verdicts if a.probe in ("template", "thread") and a.half == half]
        print(f"{half:7} unknown-title leaks: {unknown.count('leak')}/{len(unknown)}")
    for a, v in verdicts:
        miss = v not in ("honest", "answered", "said what is missing", "fine")
        if miss and ((verbose and a.half == "dev") or (list_unseen and a.half == "unseen")):
            print(f"- [{a.probe} {a.half} {v}] {a.question!r} -> {a.reply.get('text')}")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the dev half's misses")
    parser.add_argument("--list-unseen", action="store_true", help="list the unseen half's misses too")
    args = parser.parse_args()
    asked, facts = asyncio.run(ask_all())
    report(asked, facts, args.verbose, args.list_unseen)


if __name__ == "__main__":
    main()
