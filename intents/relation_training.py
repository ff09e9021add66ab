"""Training the relation model (intents/relation_model.py), reproducibly, from the project's own files.

    python -m intents.relation_training           # writes intents/relation_model.json
    python -m intents.relation_training --check   # exits 1 when retraining gives other weights

The training questions are the intents' example phrasings and the templates of intents/relation_phrasings.py,
their slots filled with seed names (fixed seed), and the writers' tune and dev questions of
intents/relation_examples.jsonl with the intent that answered them right; all read as the engine's matcher
reads them: cleaned, normalized and linked in a seed-only database, names as slot words. The learner is an
averaged perceptron (fixed seed, fixed epochs, fixed order), so the same files always give the same weights.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence

from db.bootstrap import open_database
from intents.engine import QuestionEngine
from intents.relation_model import WEIGHTS, RelationModel, features
from intents.relation_phrasings import Labelled, training_set, writers_examples
from intents.text import clean_input, fold, split_command
from intents.understand.asking import question_part
from intents.understand.normalize import normalize

SEED = 8
EPOCHS = 12
_DIGITS = 4  # weights are rounded so the shipped file is small and the same on every machine


def slotted(engine: QuestionEngine, question: str) -> str:
    """The question as the engine's matcher sees it: cleaned, normalized, linked, names as slot words."""
    _command, text = split_command(clean_input(question))
    text, _aside = question_part(text)
    tokens = normalize(fold(text).split()[:80], engine.matcher.vocabulary, engine.shorthands, engine.is_name)
    return engine.link(tokens).slotted


async def slotted_forms(questions: list[str]) -> dict[str, str]:
    """Each question's slotted form, read by an engine over a fresh seed-only database."""
    with tempfile.TemporaryDirectory() as tmp:
        database = await open_database(f"sqlite+aiosqlite:///{tmp}/seed.db")
        try:
            engine = await QuestionEngine.from_sessions(database.sessions)
            return {q: slotted(engine, q) for q in questions}
        finally:
            await database.close()


def train(examples: list[tuple[str, str]], epochs: int = EPOCHS, seed: int = SEED) -> RelationModel:
    """An averaged multiclass perceptron over (slotted question, intent) pairs."""
    intents = tuple(sorted({label for _, label in examples}))
    at = {name: i for i, name in enumerate(intents)}
    rows = [(features(text), at[label]) for text, label in examples]
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(intents))
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(intents))  # sums for the average
    stamps: dict[str, list[int]] = defaultdict(lambda: [0] * len(intents))
    bias, bias_totals, bias_stamps = [0.0] * len(intents), [0.0] * len(intents), [0] * len(intents)
    step = 0

    def update(row: dict[str, float], label: int, sign: float) -> None:
        for feature, value in row.items():
            w, t, s = weights[feature], totals[feature], stamps[feature]
            t[label] += (step - s[label]) * w[label]
            s[label] = step
            w[label] += sign * value
        bias_totals[label] += (step - bias_stamps[label]) * bias[label]
        bias_stamps[label] = step
        bias[label] += sign

    rng = random.Random(seed)
    order = list(range(len(rows)))
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            step += 1
            row, gold = rows[index]
            scores = list(bias)
            for feature, value in row.items():
                if feature in weights:
                    for i, w in enumerate(weights[feature]):
                        scores[i] += w * value
            guess = max(range(len(intents)), key=lambda i: (scores[i], -i))
            if guess != gold:
                update(row, gold, 1.0)
                update(row, guess, -1.0)
    step += 1

    def averaged(w: list[float], t: list[float], s: list[int]) -> list[float]:
        return [round((t[i] + (step - s[i]) * w[i]) / step, _DIGITS) for i in range(len(w))]

    kept: dict[str, Sequence[tuple[int, float]]] = {}
    for feature in sorted(weights):
        pairs = tuple(
            (i, w) for i, w in enumerate(averaged(weights[feature], totals[feature], stamps[feature])) if w
        )
        if pairs:
            kept[feature] = pairs
    return RelationModel(intents, kept, tuple(averaged(bias, bias_totals, bias_stamps)))


def trained_model() -> RelationModel:
    """The model the project's files give: the training set read by a seed-only engine, then trained."""
    labelled: Labelled = list(dict([*training_set(SEED), *writers_examples()]).items())
    forms = asyncio.run(slotted_forms([q for q, _ in labelled]))
    return train([(forms[q], intent) for q, intent in labelled])


def main() -> None:
    """Command line entry: write the weights, or check the shipped ones are what training gives."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights")
    args = parser.parse_args()
    text = trained_model().to_json()
    if args.check:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == text
        print("shipped weights reproduced" if same else "shipped weights differ from retraining")
        sys.exit(0 if same else 1)
    WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS} ({len(text) / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
