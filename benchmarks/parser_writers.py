"""Intent labels for the writers' tune questions (benchmarks/data/fan_questions_tune.jsonl), for
benchmarks/parser_choice.py: phrasings written by people who never saw the code or the templates.

Only one-relation questions about the seed facts are labelled (no commands, no two-hop or two-part
questions, none whose relation is unclear). The engine was tuned on these questions, the model never saw
them: a home match for the engine.
"""

from __future__ import annotations

import json
from pathlib import Path

TUNE = Path(__file__).resolve().parent / "data" / "fan_questions_tune.jsonl"

LABELS: dict[str, str] = {
    "who_plays": "g-049 g-071 g-255 g-405 g-480 n-003 n-029 n-066 n-078 n-087 n-359 n-360",
    "plays_whom": "g-004 g-202 g-268 n-005 n-030",
    "cast": "g-203 g-248 g-410 n-021 n-072 n-081 n-264 n-373",
    "directors": "g-005 g-052 g-206 g-270 g-434 g-459 g-482 n-006 n-025 n-064 n-065 n-278 n-369",
    "creator": "g-044 g-055 g-256 n-042 n-377",
    "crew": "n-261",
    "profile": "g-080 n-016",
    "other_work": "g-207 g-208 g-272 n-020 n-031 n-032 n-096 n-271 n-378",
    "where_to_watch": "g-002 g-047 g-054 g-438 n-027 n-063 n-269 n-372 n-380",
    "premiere": "g-007 g-048 g-233 g-234 g-269 g-403 g-411 g-460 g-466 g-467 g-481 g-488 n-001 n-002 n-022"
    " n-024 n-034 n-086 n-089 n-095 n-253 n-268 n-279 n-375",
    "ratings": "g-030 g-053 g-072 g-229 g-253 g-408 n-010 n-041 n-070 n-258",
    "awards": "g-486 n-012 n-013 n-038 n-073 n-083 n-085 n-256 n-257 n-365",
    "seasons": "g-439 n-026 n-079 n-276",
    "about": "n-091",
}


def writers_set() -> list[tuple[str, str]]:
    """(question, intent) for every labelled writers' tune question, in file order."""
    by_id = {i: intent for intent, ids in LABELS.items() for i in ids.split()}
    items = []
    for line in TUNE.read_text(encoding="utf-8").splitlines():
        if line.strip() and (record := json.loads(line))["id"] in by_id:
            items.append((str(record["question"]), by_id[record["id"]]))
    return items
