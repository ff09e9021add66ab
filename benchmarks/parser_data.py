"""Labelled questions for benchmarks/parser_choice.py, reproducible from a seed.

Training: every intent's example phrasings (intents.collect.default_intents) and the TRAIN templates, with
their slots filled by names from the seed file. Evaluation: the EVALUATE templates (written apart, in other
words) filled the same way, each also once with a typo in one of its own words; a question the training
holds word for word is dropped. Labels come from construction, never from Marquee's answers.
"""

from __future__ import annotations

import random

from benchmarks.parser_evaluation_templates import EVALUATE
from intents.relation_phrasings import Labelled, fill, seed_names
from intents.text import fold


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
