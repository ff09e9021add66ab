"""The trained relation reader: a linear model over a question's slotted words (names replaced by slot words,
"who helmed xshowx xseasonx") that says which intent its relation words ask for, with how clear a margin.

It is asked only where the matcher and frames leave a question undecided (intents/relation_reading.py). Its
weights (intents/relation_model.json) are written by `python -m intents.relation_training` from the intents'
example phrasings and the templates of intents/relation_phrasings.py, deterministically; they are read on
the first undecided question, never at start.
"""

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent / "relation_model.json"
_CHAR_SIZES = (2, 3, 4, 5)
# A pronoun stands where a name would: "what's his background" reads as "what is xpersonx background", as a
# follow-up's subject is the one the conversation holds.
_PRONOUN_SLOTS = {
    **dict.fromkeys("he him his she her hers they them their".split(), "xpersonx"),
    **dict.fromkeys("it its".split(), "xshowx"),
}


_SLOT_WORDS = frozenset({"xshowx", "xpersonx", "xcharx", "xseasonx", "xnetworkx"})


def model_words(slotted: str) -> list[str]:
    """The words as the model reads them: pronouns as the slot words of the names they stand for."""
    return [_PRONOUN_SLOTS.get(word, word) for word in slotted.split()]


def features(slotted: str) -> dict[str, float]:
    """Word 1-2 grams and character 2-5 grams within words (padded by a space each side), as counts scaled
    to unit length, so a question's scores don't grow with its length and margins compare across questions."""
    words = model_words(slotted)
    counts: Counter[str] = Counter()
    counts.update("w " + w for w in words)
    counts.update(f"b {a} {b}" for a, b in itertools.pairwise(words))
    for word in words:
        padded = f" {word} "
        for size in _CHAR_SIZES:
            counts.update("c" + padded[i : i + size] for i in range(len(padded) - size + 1))
    norm = math.sqrt(sum(n * n for n in counts.values())) or 1.0
    return {feature: n / norm for feature, n in counts.items()}


@dataclass(frozen=True, slots=True)
class Reading:
    """The model's best intent for a question, the runner-up, and the score gap between them."""

    intent: str
    runner_up: str
    margin: float
    # The margin the fan's own words give, whole words only and no slot word alone: how far the reading rests
    # on words the training saw, rather than on the names' places or on spellings alike.
    worded: float


@dataclass(frozen=True, slots=True)
class RelationModel:
    """Sparse per-feature weights: for each feature, (intent index, weight) pairs; one bias per intent."""

    intents: tuple[str, ...]
    weights: dict[str, Sequence[tuple[int, float]]]
    bias: tuple[float, ...]

    def scores(self, slotted: str) -> list[float]:
        """Each intent's score for the question (in the order of `intents`)."""
        totals = list(self.bias)
        for feature, value in features(slotted).items():
            for at, weight in self.weights.get(feature, ()):
                totals[at] += weight * value
        return totals

    def read(self, slotted: str) -> Reading:
        """The best intent, its runner-up and the margin between their scores."""
        scores = self.scores(slotted)
        order = sorted(range(len(scores)), key=lambda i: (-scores[i], self.intents[i]))
        best, second = order[0], order[1]
        worded = 0.0
        for feature, value in features(slotted).items():
            if feature[0] in "wb" and not _SLOT_WORDS.issuperset(feature[2:].split()):
                pairs = dict(self.weights.get(feature, ()))
                worded += (pairs.get(best, 0.0) - pairs.get(second, 0.0)) * value
        return Reading(self.intents[best], self.intents[second], scores[best] - scores[second], worded)

    def to_json(self) -> str:
        """The model as the JSON the project ships (stable order, rounded weights)."""
        data = {
            "intents": list(self.intents),
            "bias": list(self.bias),
            "weights": {f: [[i, w] for i, w in pairs] for f, pairs in sorted(self.weights.items())},
        }
        return json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"

    @staticmethod
    def from_json(text: str) -> RelationModel:
        """The model from its shipped JSON."""
        data = json.loads(text)
        # Each [intent index, weight] array is used as the pair it stands for, unconverted: reading the
        # weights costs one JSON parse, a few tens of milliseconds, once per process.
        return RelationModel(tuple(data["intents"]), data["weights"], tuple(data["bias"]))


@cache
def shipped_model() -> RelationModel:
    """The shipped model, read once per process on first use."""
    return RelationModel.from_json(WEIGHTS.read_text(encoding="utf-8"))
