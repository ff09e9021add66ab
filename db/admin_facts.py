"""Facts an admin adds or corrects by hand: each is stored under its own `admin` article naming the admin,
dated the day it was added, so it outranks older articles that disagree (readers prefer the newest).

A date or a network is corrected by adding it again (the newest statement wins); a credit is one value of
a list (a show's creators), so correcting one replaces the values it stands for (`replace=True`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.importers.jsonl import FactError, import_fact_lines
from db.models import Credit, Role, Show

ADMIN_KIND = "admin"


async def add_admin_facts(
    session: AsyncSession,
    records: list[dict[str, Any]],
    admin: str,
    today: dt.date | None = None,
    *,
    replace: bool = False,
) -> int:
    """Store fact records with `admin` as their source (the caller commits); FactError says why not, and
    then nothing is stored. With `replace`, each credit first removes the credits it corrects (the show's
    other creators; that season's directors; whoever else played that character); how many it removed."""
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
        removed = 0
        for record in records if replace else []:
            if record.get("type") == "credit":
                removed += await _remove_replaced(session, record)
        summary = await import_fact_lines(session, lines)
        if summary.skipped:
            await savepoint.rollback()  # all or nothing: no admin article left without its fact
            raise FactError(summary.skipped[0][1])
    return removed


async def _remove_replaced(session: AsyncSession, credit: dict[str, Any]) -> int:
    """Delete the stored credits `credit` corrects: same show (by title) and role, and for a director with a
    season that season, for an actor that character."""
    shows = select(Show.id).where(func.lower(Show.title) == str(credit["show"]).lower())
    role = Role(credit["role"])
    statement = delete(Credit).where(Credit.show_id.in_(shows), Credit.role == role)
    if credit.get("seasons") is not None:
        statement = statement.where(Credit.seasons == str(credit["seasons"]))
    if role is Role.ACTOR:
        statement = statement.where(func.lower(Credit.character) == str(credit["character"]).lower())
    result = await session.execute(statement)
    return int(getattr(result, "rowcount", 0) or 0)
