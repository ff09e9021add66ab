"""Unknown shows and people swept through follow-up threads on a seed-only database: leaks, honest replies,
and Heartstopper turns kept.

    .venv/bin/python -m benchmarks.unknown_sweep [--verbose] [--per-name N] [--threads FILE ...]

Threads (JSON lines, `{"id", "turns"}`) hold a {TITLE} or {PERSON} slot; a turn starting "#HS " is about
Heartstopper (the marker is stripped). Names come from `benchmarks/data/unknown_names_sweep.json`: real TV
titles and people the seed lacks, cut at random into dev and held halves before any run. Threads are cut the
same way (a fixed hash of their id), so dev names only fill dev threads and held names held threads. Each
name fills `--per-name` threads of its half (a fixed random draw), typed as written, in lower case, or lower
case without punctuation. Every thread is asked through `bot.cli_ask.ask_batch` (the call behind
benchmarks/conversations.py) with one conversation id, in a database holding only the seed article.

A slot turn *leaks* when its reply cites the seed article or holds a seed fact (a show, person, character,
network or date of the seed) the question did not say (a possessive it typed, "heartstopper's", says the
name); it is *honest* when it says "I don't have facts about X" with X the name asked (", so I can't compare
it ..." may follow). An #HS turn is *kept* when it is answered about Heartstopper (not "I don't have facts").
Turns whose question itself names a seed name ("did X write the heartstopper books", "any with olivia colman")
are counted among the leaks and also apart, since a seed fact may be part of a fair reply there; a show named
in an earlier turn of the thread ("does X have a role in agatha all along" ... "when does it premiere") is not
told apart, so such a reply counts as a leak too. `--verbose` lists dev misses only; held lines are never
printed. Dev names are cut again into parts a and b (`--dev-part a` lists part a's misses only) so a fix made
looking at part a can be checked on part b. The default (3 threads a name) asks about 5,300 turns in about ten
seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from benchmarks.fan_questions import DATA  # noqa: E402
from benchmarks.unknown_titles import replies_on_seed_only  # noqa: E402
from db.knowledge import Knowledge  # noqa: E402
from intents.text import fold  # noqa: E402

NOW = "2024-09-03T12:00:00+00:00"
UNKNOWN_LEAD = "I don't have facts about "
HS_MARK = "#HS "
NAMES = DATA / "unknown_names_sweep.json"
WRITERS = Path("/work/writers")
THREADS = [
    DATA / "unknown_sweep_own_threads.jsonl",
    DATA / "unknown_show_threads.jsonl",
    DATA / "unknown_person_threads.jsonl",
]
Half = Literal["dev", "held"]
Slot = Literal["title", "person"]
DevPart = Literal["a", "b"]
Verdict = Literal["leak", "honest", "wrong name", "other", "kept", "lost"]


@dataclass(frozen=True)
class Turn:
    """One asked turn: its half, thread, the name in its slot, whether it is about Heartstopper, and text."""

    half: Half
    slot: Slot
    conversation: str
    name: str
    heartstopper: bool
    question: str


def thread_half(thread_id: str) -> Half:
    """A thread's half, fixed by a hash of its id (a thread added later never moves another)."""
    return "dev" if zlib.crc32(f"leak40:{thread_id}".encode()) % 2 == 0 else "held"


def dev_part(name: str) -> DevPart:
    """A dev name's part, a or b, fixed by a hash of the name: fixes are made on a and checked on b."""
    return "a" if zlib.crc32(f"leak41:{name}".encode()) % 2 == 0 else "b"


def load_threads(paths: list[Path]) -> list[dict[str, object]]:
    """Every thread of the files that exist."""
    found: list[dict[str, object]] = []
    for path in paths:
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            found += [json.loads(line) for line in lines if line.strip()]
    return found


def typed(name: str, rng: random.Random) -> str:
    """The name as a fan may type it: as written, lower case, or lower case without punctuation."""
    form = rng.randrange(3)
    if form == 0:
        return name
    if form == 1:
        return name.lower()
    return re.sub(r"[^\w\s']", "", name.lower()).replace("'", "")


def build_turns(per_name: int) -> list[Turn]:
    """Each name of each half in `per_name` threads of that half holding its slot."""
    names = json.loads(NAMES.read_text(encoding="utf-8"))
    threads = load_threads(THREADS)
    out: list[Turn] = []
    rng = random.Random(40)
    for kind, slot, key in (("title", "{TITLE}", "titles"), ("person", "{PERSON}", "people")):
        for half in ("dev", "held"):
            fitting = [
                t for t in threads if thread_half(str(t["id"])) == half and slot in json.dumps(t["turns"])
            ]
            for name in names[key][half]:
                for thread in rng.sample(fitting, min(per_name, len(fitting))):
                    said = typed(name, rng)
                    conversation = f"{thread['id']}:{name}"
                    for text in thread["turns"]:  # type: ignore[attr-defined]
                        hs = str(text).startswith(HS_MARK)
                        question = str(text).removeprefix(HS_MARK).replace(slot, said)
                        out.append(Turn(half, kind, conversation, name, hs, question))  # type: ignore[arg-type]
    return out


def seed_facts(kb: Knowledge) -> list[str]:
    """Every name and date the seed database holds: shows, networks, people, characters, release dates."""
    said: set[str] = set()
    for show in kb.shows.values():
        said.update([show.title, *(n for n in [show.network] if n)])
        for release in show.releases:
            said.update(n for n in [release.network] if n)
            if release.on:
                said.add(f"{release.on:%B} {release.on.day}, {release.on.year}")
        said.update(c.character for c in show.credits if c.character)
    for person in kb.people.values():
        said.update([person.name, *person.aliases])
    return sorted(said)


def verdict(turn: Turn, reply: dict[str, object], facts: list[str]) -> Verdict:
    """What a reply is for its turn."""
    text = str(reply.get("text", ""))
    if turn.heartstopper:
        return "lost" if text.startswith(UNKNOWN_LEAD) or reply.get("kind") != "answer" else "kept"
    # A command shown as an example ("try `!premiere heartstopper`") tells no fact.
    asked, replied = _said(turn.question), f" {fold(re.sub(r'`[^`]*`', ' ', text))} "
    if reply.get("sources") or any(f" {fold(f)} " in replied and f" {fold(f)} " not in asked for f in facts):
        return "leak"
    if text.startswith(UNKNOWN_LEAD):
        said = text.removeprefix(UNKNOWN_LEAD)
        # "I don't have facts about X, so I can't compare it with Heartstopper": X is the name said back.
        named = same_name(turn.name, said) or same_name(turn.name, said.partition(", so ")[0])
        return "honest" if named else "wrong name"
    return "other"


def _said(question: str) -> str:
    """The question's folded words, each possessive also said bare: "heartstopper's" names Heartstopper, so a
    reply saying "Heartstopper" back tells nothing the question did not (fold alone makes "heartstoppers")."""
    bare = re.sub(r"(\w)['\u2019]s\b", r"\1", question)
    return f" {fold(question)} | {fold(bare)} "


def names_seed(turn: Turn, facts: list[str]) -> bool:
    """Whether the question itself names a seed name (Heartstopper, Joe Locke, ...)."""
    asked = _said(turn.question)
    return any(f" {fold(f)} " in asked for f in facts if f.lower() != "netflix")


def same_name(name: str, said: str) -> bool:
    """The name said back is the name asked ("It Is a Sin" for "It's a Sin", any capitals or "The")."""

    def bare(text: str) -> str:
        return re.sub(r"^the ", "", fold(text.rstrip(".")).replace(" is ", "s ")).replace(" ", "")

    return fuzz.ratio(bare(name), bare(said)) >= 88


async def ask(turns: list[Turn]) -> tuple[list[dict[str, object]], list[str]]:
    """Every turn's reply from a fresh seed-only database, and the seed facts a leak would hold."""
    batch = [json.dumps({"question": t.question, "conversation": t.conversation, "now": NOW}) for t in turns]
    return await replies_on_seed_only(batch, seed_facts)


def report_parts(judged: list[tuple[Turn, dict[str, object], Verdict]]) -> None:
    """Dev leaks of each dev part (names cut in two by `dev_part`), slot turns and person turns apart."""
    for part in ("a", "b"):
        mine = [
            (t, v)
            for t, _, v in judged
            if t.half == "dev" and not t.heartstopper and dev_part(t.name) == part
        ]
        people = [v for t, v in mine if t.slot == "person"]
        print(
            f"dev-{part} leaks {[v for _, v in mine].count('leak')}/{len(mine)} turns  "
            f"person leaks {people.count('leak')}/{len(people)}  "
            f"honest {[v for _, v in mine].count('honest')}/{len(mine)}"
        )


def report(
    turns: list[Turn],
    replies: list[dict[str, object]],
    facts: list[str],
    verbose: bool,
    part: DevPart | None = None,
) -> None:
    """Counts by half and kind of name, then the dev misses (of one dev part when given) when asked."""
    judged = [(t, r, verdict(t, r, facts)) for t, r in zip(turns, replies, strict=True)]
    for half in ("dev", "held"):
        for kind in ("title", "person"):
            group = [v for t, _, v in judged if t.half == half and t.slot == kind]
            counts = Counter(group)
            shown = "  ".join(f"{v} {counts[v]}" for v in sorted(counts))
            print(f"{half:5} {kind:7} {len(group):5} turns: {shown}")
        slots = [v for t, _, v in judged if t.half == half and not t.heartstopper]
        hs = [v for t, _, v in judged if t.half == half and t.heartstopper]
        leaked = {t.conversation for t, _, v in judged if t.half == half and v == "leak"}
        # Turns naming a seed name themselves ("did X write the heartstopper books") counted apart too.
        mixed = [v for t, _, v in judged if t.half == half and not t.heartstopper and names_seed(t, facts)]
        print(
            f"{half:5} leaks {slots.count('leak')}/{len(slots)} turns ({len(leaked)} threads; "
            f"{mixed.count('leak')}/{len(mixed)} in turns naming a seed name)  "
            f"honest {slots.count('honest')}/{len(slots)}  #HS kept {hs.count('kept')}/{len(hs)}"
        )
    report_parts(judged)
    if verbose:
        for t, r, v in judged:
            if t.half == "dev" and v not in ("honest", "kept") and part in (None, dev_part(t.name)):
                print(f"- [{v} {t.conversation}] {t.question!r} -> {r.get('text')}")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list the dev half's misses")
    parser.add_argument("--per-name", type=int, default=3, help="threads each name fills")
    parser.add_argument("--threads", nargs="+", type=Path, help="thread files (default: own and writers')")
    parser.add_argument("--dev-part", choices=("a", "b"), help="list the misses of this dev part only")
    args = parser.parse_args()
    if args.threads:
        THREADS[:] = args.threads
    turns = build_turns(args.per_name)
    replies, facts = asyncio.run(ask(turns))
    report(turns, replies, facts, args.verbose, args.dev_part)


if __name__ == "__main__":
    main()
