"""The revisions in db/migrations/versions, read from their files without Alembic or SQLAlchemy."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.MULTILINE)
_DOWN = re.compile(r'^down_revision(?:: [^=]+)? = (?:"([^"]+)"|None)', re.MULTILINE)


def known_revisions() -> tuple[set[str], set[str]]:
    """Every revision in db/migrations/versions, and those another revision builds on."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if (down := _DOWN.search(source)) and down.group(1):
            parents.add(down.group(1))
    return revisions, parents


def head_revision() -> str | None:
    """The newest revision in db/migrations/versions: the one no other revision builds on."""
    revisions, parents = known_revisions()
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
