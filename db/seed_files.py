"""The bundled seed files and the identity each of their articles is stored under, read without SQLAlchemy
(a start that reads its stored snapshot directly checks that the seed is stored already)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

SEED_DIR = Path(__file__).parent / "seed"


def article_fingerprint(record: dict[str, Any]) -> str:
    """The identity an article line is stored under: its `fingerprint`, else a hash of its `key`."""
    if record.get("fingerprint"):
        return str(record["fingerprint"])
    key = record.get("key") or json.dumps(record, sort_keys=True)
    return hashlib.sha256(str(key).encode()).hexdigest()


def seed_article_fingerprints(seed_dir: Path = SEED_DIR) -> set[str]:
    """The fingerprints of the articles in the seed files (every JSON line whose type is article; a line
    that is no JSON object is no article, and loading the seed skips it too)."""
    found: set[str] = set()
    for path in sorted(seed_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("type") == "article":
                found.add(article_fingerprint(record))
    return found
