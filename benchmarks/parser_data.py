"""Labelled questions for benchmarks/parser_choice.py, reproducible from a seed.

Training: every intent's example phrasings (intents.collect.default_intents) and the TRAIN templates, with
their slots filled by names from the seed file. Evaluation: the EVALUATE templates (written apart, in other
words) filled the same way, each also once with a typo in one of its own words; a question the training
holds word for word is dropped. Labels come from construction, never from Marquee's answers.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.parser_evaluation_templates import EVALUATE
from benchmarks.parser_templates import TRAIN
from intents.collect import default_intents
from intents.text import fold

SEED = Path(__file__).resolve().parents[1] / "db" / "seed" / "heartstopper-s3.jsonl"
SLOT = re.compile(r"\{(show|person|character|season|network)\}")


@dataclass(frozen=True)
class SeedNames:
    """Names a seed-only database holds, by slot."""

    by_slot: dict[str, list[str]] = field(default_factory=dict)


def seed_names() -> SeedNames:
    """Titles (and aliases), people, characters (and short names), networks, read from the seed file."""
    shows: list[str] = []
    people: list[str] = []
    characters: list[str] = []
    networks: list[str] = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        kind = record.get("type")
        if kind == "show":
            shows += [record["title"], *(a for a in record.get("aliases", []) if "spin" not in a.lower())]
            networks.append(record.get("network") or "")
        elif kind == "credit":
            people.append(record["person"])
            if record.get("character"):
                characters += [record["character"], *record.get("character_aliases", [])]
    seasons = ["season 3", "season 2", "s3", "season three", "the new season"]
    slots = {"show": shows, "person": people, "character": characters, "season": seasons, "network": networks}
    return SeedNames({k: sorted(set(v) - {""}) for k, v in slots.items()})


def fill(template: str, names: SeedNames, rng: random.Random) -> str:
    """The template with each slot replaced by a name drawn from the seed."""
    return SLOT.sub(lambda m: rng.choice(names.by_slot[m.group(1)]), template)


def typo(question: str, rng: random.Random, protected: set[str]) -> str:
    """One slip in one ordinary word of four letters or more: a dropped, doubled or swapped letter."""
    words = question.split()
    spots = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha() and fold(w) not in protected]
    if not spots:
        return question
    index = rng.choice(spots)
    word = words[index]
    at = rng.randrange(1, len(word) - 1)
    slip = rng.choice(("drop", "double", "swap"))
    if slip == "drop":
        word = word[:at] + word[at + 1 :]
    elif slip == "double":
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    words[index] = word
    return " ".join(words)


Labelled = list[tuple[str, str]]  # (question, intent)


def training_set(seed: int = 8, fills: int = 3) -> Labelled:
    """Every intent's examples and the TRAIN templates, each filled `fills` times (once when slotless)."""
    rng = random.Random(seed)
    names = seed_names()
    templates = [(e, i.name) for i in default_intents() for e in i.examples]
    templates += [(t, name) for name, group in TRAIN.items() for t in group]
    items: dict[str, str] = {}
    for template, intent in templates:
        for _ in range(fills if SLOT.search(template) else 1):
            items.setdefault(fill(template, names, rng), intent)
    return list(items.items())


def evaluation_set(seed: int = 8, fills: int = 2, training: Labelled | None = None) -> Labelled:
    """The EVALUATE templates filled `fills` times, plus each once with a typo; none the training holds."""
    rng = random.Random(seed + 1000)
    names = seed_names()
    protected = {fold(w) for group in names.by_slot.values() for n in group for w in n.split()}
    seen = {fold(q) for q, _ in training or []}
    items: dict[str, str] = {}
    for intent, group in EVALUATE.items():
        for template in group:
            for n in range(fills + 1):
                question = fill(template, names, rng)
                if n == fills:  # the last copy carries a typo
                    question = typo(question, rng, protected)
                if fold(question) not in seen:
                    items.setdefault(question, intent)
    return list(items.items())
