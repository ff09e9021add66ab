"""Score the extractor on short made-up articles that exercise sentence shapes real news uses.

Run: PYTHONPATH=. .venv/bin/python -m benchmarks.news_shapes_probe [--set FILE] [--verbose]

Each line of benchmarks/data/news_shapes_probe.jsonl (or of the file --set names, such as
news_shapes_probe_news23.jsonl) holds an article written for this probe (invented shows
and people), the facts it clearly states (`facts`) and facts a careless reading would invent (`wrong`).
Recall: gold facts found. Precision: extracted credit, release, renewal and networked show records that match
a gold fact (on the fields the gold gives), over all such records. A `wrong` fact found is always listed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from ingest import extract_facts, to_fact_records

PROBE = Path(__file__).parent / "data" / "news_shapes_probe.jsonl"
# Fields that say what a record claims; a record matches a gold fact when these agree where gold gives them.
_KEYS = {
    "credit": ("show", "person", "role", "character"),
    "show": ("title", "network"),
    "release": ("show", "season", "date"),
    "renewal": ("show", "season", "status"),
}


def _matches(record: dict[str, Any], gold: dict[str, Any], records: list[dict[str, Any]]) -> bool:
    """Does the record state the gold fact (every field the gold gives, other than `type`)? A renewal is
    stated as the show's status ("renewed for season 3", "final season: 5"); a cancellation as the status
    "canceled" with the show's last season among the article's season records."""
    if gold["type"] == "renewal" and record["type"] == "descriptor" and record.get("kind") == "status":
        if record.get("show") != gold["show"]:
            return False
        if gold["status"] == "cancelled":
            made = {
                r.get("number") for r in records if r["type"] == "season" and r.get("show") == gold["show"]
            }
            return record.get("value") == "canceled" and gold["season"] in made
        if gold["status"] == "final season":
            return record.get("value") == f"final season: {gold['season']}"
        return record.get("value") == f"{gold['status']} for season {gold['season']}"
    return record["type"] == gold["type"] and all(record.get(k) == v for k, v in gold.items() if k != "type")


def _scored(record: dict[str, Any]) -> bool:
    """Records counted for precision: claims a fan could be told (a bare title claims nothing)."""
    if record["type"] == "show":
        return record.get("network") is not None
    return record["type"] in _KEYS


def _agrees(record: dict[str, Any], golds: list[dict[str, Any]]) -> bool:
    """Is the record consistent with some gold fact on its claim fields?"""
    keys = _KEYS[record["type"]]
    for gold in golds:
        if gold["type"] != record["type"]:
            continue
        same = all(record.get(k) == gold[k] for k in keys if k in gold and record.get(k) is not None)
        if same and all(k in record for k in keys if k in gold and k in ("show", "title", "person")):
            return True
    return False


def main() -> None:
    """Print per-article misses (with --verbose) and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--set", type=Path, default=PROBE, help="probe file (default: %(default)s)")
    args = parser.parse_args()
    found_gold = total_gold = right = claimed = wrong_found = 0
    for line in args.set.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        published = dt.date.fromisoformat(case["published"])
        records = to_fact_records(extract_facts(case["text"], published))[1:]
        missed = [g for g in case["facts"] if not any(_matches(r, g, records) for r in records)]
        bad = [r for r in records if _scored(r) and not _agrees(r, case["facts"])]
        invented = [w for w in case["wrong"] if any(_matches(r, w, records) for r in records)]
        found_gold += len(case["facts"]) - len(missed)
        total_gold += len(case["facts"])
        scored = [r for r in records if _scored(r)]
        claimed += len(scored)
        right += len(scored) - len(bad)
        wrong_found += len(invented)
        if args.verbose and (missed or bad or invented):
            print(f"- {case['id']}")
            for gold in missed:
                print(f"    missed {gold}")
            for record in bad:
                print(f"    not in gold {record}")
            for record in invented:
                print(f"    INVENTED {record}")
    precision = right / claimed if claimed else 1.0
    recall = found_gold / total_gold if total_gold else 1.0
    print(
        f"news shapes probe: precision {precision:.3f} ({right}/{claimed}), recall {recall:.3f} "
        f"({found_gold}/{total_gold}), wrong facts found {wrong_found}"
    )


if __name__ == "__main__":
    main()
