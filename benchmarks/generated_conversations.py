"""Follow-up conversations generated from the facts, scored form by form.

    .venv/bin/python -m benchmarks.generated_conversations [--seed 12] [--per-form 25] [--only-seed]
        [--form PREFIX] [--verbose] [--write FILE]

Every form (benchmarks/conversation_*.py) writes conversations from random facts,
with many phrasings per turn, and the expected answers come from the fact lines, not from Marquee. The same
seed writes the same conversations. `--only-seed` asks a fresh database holding only the seed article (and
then the gold articles' shows are ones Marquee doesn't know).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from benchmarks import conversation_ellipsis as ellipsis
from benchmarks import conversation_forms as forms
from benchmarks import conversation_fresh as fresh
from benchmarks import conversation_fresh2 as fresh2
from benchmarks import conversation_more as more
from benchmarks import conversation_refs as refs
from benchmarks import conversation_threads as threads
from benchmarks.conversation_facts import Facts, all_lines, read_facts, seed_lines
from benchmarks.conversations import run
from benchmarks.fan_questions import build_database
from db.bootstrap import open_database

FORMS: dict[str, threads.Template] = {
    "pronoun.actor_other_work": forms.pronoun_actor_other_work,
    "pronoun.person_show_date": forms.pronoun_person_show_date,
    "pronoun.show_it": forms.pronoun_show_it,
    "pronoun.crew_other_work": forms.pronoun_crew_other_work,
    "ellipsis.audience": ellipsis.ellipsis_audience,
    "ellipsis.season": ellipsis.ellipsis_season,
    "ellipsis.character": ellipsis.ellipsis_character,
    "ellipsis.person": ellipsis.ellipsis_person,
    "ellipsis.network": ellipsis.ellipsis_network,
    "switch.shows": ellipsis.switch_shows,
    "correction.season": refs.correction_season,
    "correction.character": refs.correction_character,
    "correction.show": refs.correction_show,
    "answer_ref.days": refs.answer_ref_days,
    "answer_ref.watch": refs.answer_ref_watch,
    "answer_ref.other_show": refs.answer_ref_other_show,
    "answer_ref.first_person": refs.answer_ref_first_person,
    "unknown_followup.show": refs.unknown_followup,
    "unknown_followup.character": more.unknown_character,
    "switch.fronted": more.switch_fronted,
    "correction.not_x_y": more.correction_not_x_y,
    "ellipsis.bare_number": more.ellipsis_bare_number,
    "ellipsis.person_elsewhere": more.ellipsis_person_elsewhere,
    "pronoun.that_guy": more.pronoun_that_guy,
    "pronoun.named_beside": more.pronoun_named_beside,
    "pronoun.other_show": more.pronoun_other_show,
    "fresh.possessive_show": fresh.possessive_show,
    "fresh.possessive_unknown": fresh.possessive_unknown,
    "fresh.what_day": fresh.what_day,
    "fresh.crew_famous": fresh.crew_famous,
    "fresh.before_after": fresh.before_after,
    "fresh.award_yes_no": fresh.award_yes_no,
    "fresh.network_one": fresh.network_one,
    "fresh.person_show_name": fresh.person_show_name,
    "fresh.unknown_ordinary": fresh.unknown_ordinary,
    "fresh2.sooner": fresh2.sooner,
    "fresh2.against_today": fresh2.against_today,
    "fresh2.first_name_possessive": fresh2.first_name_possessive,
    "fresh2.role_on_described_show": fresh2.role_on_described_show,
    "fresh2.nominated_yes_no": fresh2.nominated_yes_no,
    "fresh2.unknown_then_character": fresh2.unknown_then_character,
}


def generate(
    seed: int, per_form: int, facts: Facts, unknowns: list[str], only: str | None
) -> list[dict[str, Any]]:
    """`per_form` conversations of every form (fewer when the facts can't make that many different ones)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for name, template in FORMS.items():
        if only and not name.startswith(only):
            continue
        seen: set[str] = set()
        for _attempt in range(per_form * 20):
            if len(seen) >= per_form:
                break
            made = template(rng, facts, unknowns)
            if made is None:
                continue
            turns = [{"question": q, "expect": e} for q, e in made["turns"]]
            key = json.dumps(turns, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            now: dt.date = made.get("now") or dt.date(2024, 9, 3) + dt.timedelta(days=rng.randint(-30, 60))
            out.append({"id": f"g-{name}-{len(seen)}", "group": name, "now": now.isoformat(), "turns": turns})
    return out


async def _seed_only(url: str) -> None:
    database = await open_database(url)
    await database.close()


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--per-form", type=int, default=25)
    parser.add_argument(
        "--only-seed", action="store_true", help="a fresh database with only the seed article"
    )
    parser.add_argument("--form", help="only the forms whose name starts with this")
    parser.add_argument("--verbose", action="store_true", help="list the turns that went wrong")
    parser.add_argument("--write", type=Path, help="also write the conversations to this JSONL file")
    args = parser.parse_args()
    every = read_facts(all_lines())
    facts = read_facts(seed_lines()) if args.only_seed else every
    unknowns = list(threads.UNKNOWN_SHOWS)
    if args.only_seed:  # the gold articles' shows are unknown to a seed-only database
        unknowns += [title.lower() for title in every.shows if title not in facts.shows]
    conversations = generate(args.seed, args.per_form, facts, unknowns, args.form)
    if args.write:
        args.write.write_text("".join(json.dumps(c) + "\n" for c in conversations), encoding="utf-8")
    asyncio.run(run(conversations, args.verbose, _seed_only if args.only_seed else build_database))


if __name__ == "__main__":
    main()
