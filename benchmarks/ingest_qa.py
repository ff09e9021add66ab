"""End to end: ingest each gold article with `marquee ingest --approve` into a fresh database, then ask fans'
questions about its gold facts with `marquee ask --batch --json` and score every answer.

Run: .venv/bin/python -m benchmarks.ingest_qa [--sets articles dev fresh fresh2] [--verbose] [--varied]
     [--no-published] [--min-confidence X] [--jobs N]

A question is *correct* when every value answered is one the gold allows, *wrong* when any is not (including
facts filed under the wrong show), *missing* when the engine honestly does not know. Probes ask what the
article does NOT say (a creator it never names, a role for an actor it never casts in the show): any answer
to a probe is a wrong fact. Wrong answers cost more than missing ones, so precision is the figure to watch.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from benchmarks.extraction import SETS, Case, evaluate, load_set
from benchmarks.ingest_qa_questions import Record, questions, verdict
from db.ingest_store import DEFAULT_MIN_CONFIDENCE


@dataclass(frozen=True)
class IngestRun:
    """What `marquee ingest --approve` said (exit code, its JSON draft) and the replies to the questions."""

    exit_code: int
    draft: Record | None
    replies: list[Record]


def ingest_then_ask(
    text: str,
    asks: list[tuple[str, str | None]],
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    min_confidence: float | None = None,
) -> IngestRun:
    """Ingest one article into a fresh database through the real CLI (`marquee ingest --approve --json`),
    then ask (question, now) pairs through `marquee ask --batch --json`, one batch per distinct `now`."""
    from bot.cli import main as marquee

    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite+aiosqlite:///{tmp}/marquee.db"
        article = Path(tmp) / "article.txt"
        article.write_text(text, encoding="utf-8")
        argv = ["ingest", str(article), "--approve", "--json", "--db", db_url]
        for flag, value in (("--published", published), ("--outlet", outlet), ("--url", url)):
            if value:
                argv += [flag, value]
        if min_confidence is not None:
            argv += ["--min-confidence", str(min_confidence)]
        ingested = io.StringIO()
        with contextlib.redirect_stdout(ingested), contextlib.redirect_stderr(io.StringIO()):
            code = marquee(argv)
        try:
            draft = json.loads(ingested.getvalue()) if code == 0 else None
        except json.JSONDecodeError:  # "already imported" and other plain-text outcomes
            draft = None
        replies: dict[int, Record] = {}
        for now in dict.fromkeys(n for _q, n in asks):
            chosen = [i for i, (_q, n) in enumerate(asks) if n == now]
            batch = Path(tmp) / "questions.txt"
            batch.write_text("".join(asks[i][0].replace("\n", " ") + "\n" for i in chosen), encoding="utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                marquee(
                    ["ask", "--batch", str(batch), "--json", "--db", db_url, *(["--now", now] if now else [])]
                )
            lines = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
            replies.update(zip(chosen, lines, strict=True))
    return IngestRun(code or 0, draft, [replies[i] for i in range(len(asks))])


def run_case(case: Case, varied: bool, with_published: bool, min_confidence: float | None) -> list[Record]:
    """Ingest one article into a fresh database through the CLI, ask its questions, score the replies."""
    name, text, published, gold, also_ok = case
    asked = questions(gold, also_ok, published.isoformat() if published else None, varied)
    day = published.isoformat() if with_published and published else None
    run = ingest_then_ask(text, [(q.text, None) for q in asked], day, min_confidence=min_confidence)
    keep = ("answers", "text")
    return [
        {"article": name, "kind": q.kind, "probe": q.probe, "question": q.text, "accept": sorted(q.accept)}
        | {k: r.get(k) for k in keep}
        | {"verdict": verdict(q, r)}
        for q, r in zip(asked, run.replies, strict=True)
    ]


def report(results: list[Record], verbose: bool) -> dict[str, Counter[str]]:
    """Print the wrong (and with verbose the missing) answers and the table per question kind."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        table[("probe " if r["probe"] else "") + r["kind"]][r["verdict"]] += 1
        if r["verdict"] == "wrong" or (verbose and r["verdict"] == "missing" and not r["probe"]):
            print(f"  {r['verdict'].upper():7} {r['article']:24} {r['question']}")
            print(f"          expected {r['accept'] or 'no answer'}; got {r['answers']}: {r['text'][:150]}")
    header = ("question kind", "asked", "right", "wrong", "missing", "precision", "recall")
    print("{:14} {:>5} {:>5} {:>5} {:>7} {:>9} {:>6}".format(*header))
    kinds = sorted(k for k in table if not k.startswith("probe"))
    for kind in [*kinds, "ALL"]:
        c = sum((table[k] for k in kinds), Counter()) if kind == "ALL" else table[kind]
        n, ok, bad = sum(c.values()), c["correct"], c["wrong"]
        precision = ok / (ok + bad) if ok + bad else 1.0
        print(f"{kind:14} {n:5} {ok:5} {bad:5} {c['missing']:7} {precision:9.3f} {ok / n if n else 1:6.3f}")
    probes = sum((c for k, c in table.items() if k.startswith("probe")), Counter())
    print(
        f"probes (the article does not say): {sum(probes.values())} asked, {probes['missing']} abstained, "
        f"{probes['wrong']} answered with a made-up fact"
    )
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=sorted(SETS))
    parser.add_argument("--verbose", action="store_true", help="also list the questions left unanswered")
    parser.add_argument("--varied", action="store_true", help="rotate through several phrasings per kind")
    parser.add_argument("--no-published", action="store_true", help="ingest without --published")
    parser.add_argument("--min-confidence", type=float, help="pass --min-confidence to marquee ingest")
    parser.add_argument("--jobs", type=int, default=4, help="articles ingested in parallel")
    parser.add_argument("--json", metavar="FILE", help="write every scored question to FILE")
    args = parser.parse_args()
    results: list[Record] = []
    for name in args.sets:
        chosen = load_set(name)
        if not chosen:
            continue
        print(f"== {name}: {len(chosen)} articles")
        options = {"varied": args.varied, "with_published": not args.no_published}
        with ProcessPoolExecutor(args.jobs) as pool:
            scored = pool.map(partial(run_case, **options, min_confidence=args.min_confidence), chosen)
            batch = [r for case in scored for r in case]
        report(batch, args.verbose)
        threshold = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
        with contextlib.redirect_stdout(io.StringIO()):
            tp, fp, fn = evaluate(False, threshold, False, [name])["ALL"]
        precision, recall = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
        print(f"extraction atoms: precision {precision:.3f}, recall {recall:.3f}\n")
        results += batch
    if len(args.sets) > 1:
        print(f"== all sets: {len({r['article'] for r in results})} articles")
        report(results, False)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
