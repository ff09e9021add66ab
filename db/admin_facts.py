"""Facts an admin adds or corrects by hand: each is stored under its own `admin` article naming the admin,
dated the day it was added, so it outranks older articles that disagree (readers prefer the newest)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.importers.jsonl import FactError, import_fact_lines

ADMIN_KIND = "admin"


async def add_admin_facts(
    session: AsyncSession, records: list[dict[str, Any]], admin: str, today: dt.date | None = None
) -> None:
    """Store fact records with `admin` as their source (the caller commits); FactError says why not, and
    then nothing is stored."""
    day = today or dt.datetime.now(dt.UTC).date()
    stamp = dt.datetime.now(dt.UTC).isoformat()
    article = {
        "type": "article",
        "outlet": f"Added by {admin}",
        "title": f"Fact added by {admin} on {day.isoformat()}",
        "published": day.isoformat(),
        "kind": ADMIN_KIND,
        # Each addition is its own source: the same fact added twice is two statements.
        "fingerprint": hashlib.sha256(f"{admin}|{stamp}|{json.dumps(records)}".encode()).hexdigest(),
    }
    lines = [json.dumps(article, ensure_ascii=False)] + [json.dumps(r, ensure_ascii=False) for r in records]
    async with session.begin_nested() as savepoint:
        summary = await import_fact_lines(session, lines)
        if summary.skipped:
            await savepoint.rollback()  # all or nothing: no admin article left without its fact
            raise FactError(summary.skipped[0][1])
