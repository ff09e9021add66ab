"""Which parser should pick the intent: the engine's matcher and frames, a trained linear model, or a mix?

    .venv/bin/pip install -e '.[dev]'   # scikit-learn is in the dev extra, for this benchmark only
    .venv/bin/python -m benchmarks.parser_choice [--seed N] [--model svm|logreg] [--confusions K]

Questions come from benchmarks/parser_data.py: the model trains on the intents' example phrasings and the
TRAIN templates, filled with seed names; everything is scored on the EVALUATE templates, written apart in
fan slang and shorthand, with typos. Compared on those unseen phrasings:
  (a) engine: the "intent" of `bot.cli_ask.ask_batch`'s JSON reply, in a seed-only database (a clarify or
      "I don't know" reply counts as no decision, so as a miss);
  (b) model: TF-IDF word 1-2 grams + char_wb 2-5 grams into a linear classifier, over the engine's own
      slotted form of the question (names replaced by slot words, as IntentMatcher sees them);
  (c) mix: the engine's decision, the model's only where the engine gave none;
  (d) the model with the grammar kept: a decisive relation frame (intents/understand/frames.py) overrides it;
  (e) the relation model the engine ships (intents/relation_model.py, an averaged perceptron), alone.
Since model33 the engine of (a) reads with that shipped model where its rules are undecided, so (a) is
what (c) was built to be.
Timings: training, model load (pickle), and per-question predict latency (p50/p99) one question at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import pickle
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from benchmarks.parser_data import evaluation_set
from benchmarks.parser_writers import writers_set
from bot.cli_ask import ask_batch, close, open_engine
from intents.relation_model import shipped_model
from intents.relation_phrasings import Labelled, training_set
from intents.relation_training import slotted
from intents.understand.frames import decisive_frame

NOW = "2024-09-03T12:00:00+00:00"


@dataclass
class EngineView:
    """What the engine makes of the questions: replies, slotted forms, command names, matcher latencies."""

    replies: dict[str, dict[str, Any]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)
    commands: dict[str, str] = field(default_factory=dict)
    frames: dict[str, str | None] = field(default_factory=dict)  # the decisive relation frame, if any
    rank_seconds: list[float] = field(default_factory=list)


async def engine_view(questions: list[str], timed: int) -> EngineView:
    """The engine's JSON replies to each question (each its own conversation), every question's slotted
    form, and the matcher's ranking time for the first `timed`, from one fresh seed-only database."""
    view = EngineView()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/seed.db"
        database, engine = await open_engine(url)
        try:
            view.forms = {q: slotted(engine, q) for q in questions}
            view.commands = {c: i.name for c, i in engine.commands.items()}
            view.frames = {q: decisive_frame(form) for q, form in view.forms.items()}
            for question in questions[:timed]:
                started = time.perf_counter()
                engine.matcher.rank(view.forms[question])
                view.rank_seconds.append(time.perf_counter() - started)
        finally:
            await close(database)
        out = io.StringIO()
        lines = [json.dumps({"question": q, "now": NOW}) for q in questions]
        await ask_batch(url, lines, True, None, None, "UTC", out=out)
    view.replies = {r["question"]: r for r in map(json.loads, out.getvalue().splitlines())}
    return view


def make_model(kind: str) -> Pipeline:
    """Word 1-2 grams and character 2-5 grams (within words), TF-IDF weighted, into a linear classifier."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
        ]
    )
    classifier = LinearSVC(C=1.0) if kind == "svm" else LogisticRegression(C=20.0, max_iter=2000)
    return Pipeline([("features", features), ("classify", classifier)])


def engine_decision(reply: dict[str, Any]) -> str | None:
    """The intent the engine answered with; None for a clarify, don't-know or invalid reply."""
    if reply.get("kind") in ("clarify", "invalid") or not reply.get("intent"):
        return None
    return str(reply["intent"])


def engine_top_guess(reply: dict[str, Any], commands: dict[str, str]) -> str | None:
    """The engine's decision, or for a "did you mean" the intent of its first suggested command."""
    decided = engine_decision(reply)
    if decided is not None or reply.get("kind") != "clarify":
        return decided
    first = str((reply.get("suggestions") or [""])[0]).split()
    return commands.get(first[0].lstrip("!")) if first and first[0].startswith("!") else None


def most_confident(model: Pipeline, forms: list[str], keep: int) -> list[bool]:
    """Which of the questions are among the `keep` the model is surest of (largest top score)."""
    scores = model.decision_function(forms).max(axis=1)
    cutoff = sorted(scores, reverse=True)[max(keep - 1, 0)]
    return [bool(score >= cutoff) for score in scores]


def accuracy(gold: list[str], guesses: list[str | None]) -> tuple[int, int, int]:
    """(right, wrong intent, no decision)."""
    right = sum(g == p for g, p in zip(gold, guesses, strict=True))
    undecided = sum(p is None for p in guesses)
    return right, len(gold) - right - undecided, undecided


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def spread(seconds: list[float]) -> str:
    """p50 and p99 in milliseconds."""
    return f"p50 {statistics.median(seconds) * 1000:.2f} ms, p99 {percentile(seconds, 0.99) * 1000:.2f} ms"


def report_line(label: str, gold: list[str], guesses: list[str | None]) -> None:
    right, wrong, undecided = accuracy(gold, guesses)
    n = len(gold)
    print(f"{label:37} {right:4}/{n:<4} {100 * right / n:6.1f}%   wrong {wrong:3}   undecided {undecided:3}")


def confusions(gold: list[str], guesses: list[str | None], top: int) -> list[str]:
    """The commonest (expected -> chosen) mistakes."""
    pairs = Counter((g, p or "(none)") for g, p in zip(gold, guesses, strict=True) if g != p)
    return [f"{g} -> {p} x{n}" for (g, p), n in pairs.most_common(top)]


def per_intent(gold: list[str], columns: dict[str, list[str | None]]) -> None:
    """Accuracy per expected intent, one column per method."""
    print(f"{'intent':16}" + "".join(f"{name:>10}" for name in columns))
    for intent in sorted(set(gold)):
        rows = [i for i, g in enumerate(gold) if g == intent]
        cells = [100 * sum(guesses[i] == intent for i in rows) / len(rows) for guesses in columns.values()]
        print(f"{intent:16}" + "".join(f"{c:9.0f}%" for c in cells) + f"   (n={len(rows)})")


def compare(
    title: str, labelled: Labelled, view: EngineView, model: Pipeline, args: argparse.Namespace
) -> None:
    """The three methods' figures on one labelled set, per intent, their commonest confusions."""
    questions = [q for q, _ in labelled]
    gold = [label for _, label in labelled]
    forms = [view.forms[q] for q in questions]
    replies = [view.replies[q] for q in questions]
    print(f"\n== {title}: {len(labelled)} questions, {len(set(gold))} intents")
    predicted: list[str | None] = [str(p) for p in model.predict(forms)]
    by_engine = [engine_decision(r) for r in replies]
    top_guess = [engine_top_guess(r, view.commands) for r in replies]
    mixed = [e if e is not None else m for e, m in zip(by_engine, predicted, strict=True)]
    framed = [view.frames[q] or m for q, m in zip(questions, predicted, strict=True)]
    decided = sum(e is not None for e in by_engine)
    sure = most_confident(model, forms, decided)
    held_back = [p if keep else None for p, keep in zip(predicted, sure, strict=True)]
    report_line("(a) engine (matcher + frames)", gold, by_engine)
    report_line("(a') engine, did-you-mean as a guess", gold, top_guess)
    report_line(f"(b) model ({args.model})", gold, predicted)
    report_line(f"(b') model, surest {decided} only", gold, held_back)
    report_line("(c) engine, model when undecided", gold, mixed)
    report_line("(d) model, a decisive frame overrides", gold, framed)
    report_line("(e) shipped relation model alone", gold, [shipped_model().read(f).intent for f in forms])
    columns = {"engine": by_engine, "model": predicted, "mix": mixed, "framed": framed}
    per_intent(gold, columns)
    for name, guesses in columns.items():
        print(f"{name} confusions: " + "; ".join(confusions(gold, guesses, args.confusions)))
    if args.verbose:
        for i, question in enumerate(questions):
            if by_engine[i] != gold[i] or predicted[i] != gold[i]:
                said = f"engine {by_engine[i]}, model {predicted[i]}"
                print(f"- [{gold[i]}] {question!r} ({forms[i]!r}): {said}")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--model", choices=("svm", "logreg"), default="svm")
    parser.add_argument("--confusions", type=int, default=8, help="how many confusions to list per method")
    parser.add_argument("--verbose", action="store_true", help="list every evaluation miss")
    args = parser.parse_args()

    train: Labelled = training_set(args.seed)
    evaluate: Labelled = evaluation_set(args.seed, training=train)
    writers: Labelled = writers_set()
    asked = list(dict.fromkeys(q for q, _ in [*evaluate, *writers, *train]))
    view = asyncio.run(engine_view(asked, len(evaluate)))
    print(f"training questions {len(train)} (seed {args.seed})")

    started = time.perf_counter()
    model = make_model(args.model)
    model.fit([view.forms[q] for q, _ in train], [label for _, label in train])
    trained = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.pickle"
        path.write_bytes(pickle.dumps(model))
        started = time.perf_counter()
        model = pickle.loads(path.read_bytes())  # our own file, written just above
        loaded = time.perf_counter() - started
        size = path.stat().st_size
    latencies: list[float] = []
    for question, _ in evaluate:
        started = time.perf_counter()
        model.predict([view.forms[question]])
        latencies.append(time.perf_counter() - started)
    print(f"engine matcher rank per question: {spread(view.rank_seconds)}")
    print(
        f"model: trained in {trained * 1000:.0f} ms; its pickle ({size / 1024:.0f} KiB)"
        f" loads in {loaded * 1000:.1f} ms; predict per question: {spread(latencies)}"
    )
    compare("unseen template phrasings (slang, shorthand, typos)", evaluate, view, model, args)
    compare("writers' tune questions, one relation each (engine tuned on them)", writers, view, model, args)


if __name__ == "__main__":
    main()
