"""Promotional pictures a show's news reported ("The official Netflix X account has unveiled a new
behind-the-scenes photo of season 3 showing A and B"), kept as a show's `picture` descriptor whose value is
a small JSON object (what, season, by, site, on, showing), read here once per snapshot."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from db.knowledge import Knowledge
from intents.snapshot_memo import PerSnapshot

PICTURE_KIND = "picture"  # the descriptor kind that holds one


@dataclass(frozen=True, slots=True)
class Picture:
    """One reported picture of a show: what it is, of which season, who put it out where, when, and whom
    it shows."""

    show_id: int
    what: str  # "behind-the-scenes photo"
    season: int | None
    by: str | None  # "the official Netflix X account"
    site: str | None  # "X"
    on: dt.date | None  # the day it was reported
    showing: tuple[str, ...]  # people, as the facts name them


_TABLES: PerSnapshot[Knowledge, tuple[Picture, ...]] = PerSnapshot()


def pictures_held(kb: Knowledge) -> tuple[Picture, ...]:
    """Every reported picture in the snapshot, newest first (made once per snapshot)."""
    return _TABLES.get(kb, lambda: _read_pictures(kb))


def picture_of(value: str, show_id: int) -> Picture | None:
    """The picture a descriptor value describes, or None when it is not one (not JSON, no `what`)."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("what"), str):
        return None
    season = data.get("season")
    on = data.get("on")
    try:
        day = dt.date.fromisoformat(on) if isinstance(on, str) else None
    except ValueError:
        day = None
    showing = data.get("showing") or []
    return Picture(
        show_id=show_id,
        what=data["what"],
        season=season if isinstance(season, int) else None,
        by=data.get("by") if isinstance(data.get("by"), str) else None,
        site=data.get("site") if isinstance(data.get("site"), str) else None,
        on=day,
        showing=tuple(str(p) for p in showing if isinstance(p, str)),
    )


def _read_pictures(kb: Knowledge) -> tuple[Picture, ...]:
    found = [
        picture
        for show in kb.shows.values()
        for value in show.descriptors.get(PICTURE_KIND, ())
        if (picture := picture_of(value, show.id)) is not None
    ]
    return tuple(sorted(found, key=lambda p: p.on or dt.date.min, reverse=True))
