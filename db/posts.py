"""A picture a show's makers put out, as the news reported it ("The official Netflix X account has unveiled
a new behind-the-scenes photo of season 3 showing Joe Locke and Kit Connor"): a show's `picture` descriptor
whose value is a small JSON object (`what`, `season`, `by`, `site`, `on`, `showing`), a fact few shows have,
which needs no table of its own."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from db.fact_records import ShowFacts

POST_KIND = "picture"  # the descriptor kind that holds one


@dataclass(frozen=True, slots=True)
class Post:
    """One picture: what it is, who posted it where and when, the season and people it shows."""

    what: str  # "behind-the-scenes photo"
    by: str  # who posted it: "the official Netflix X account"
    platform: str | None = None  # "X"
    season: int | None = None
    date: dt.date | None = None  # the day it was reported posted
    people: tuple[str, ...] = ()


def decode_post(value: str) -> Post | None:
    """The picture a stored value holds; None for a value that is not one (never raises)."""
    try:
        fields = json.loads(value)
        season = fields.get("season")
        day = fields.get("on")
        return Post(
            what=str(fields["what"]),
            by=str(fields["by"]),
            platform=fields.get("site"),
            season=int(season) if season is not None else None,
            date=dt.date.fromisoformat(day) if day else None,
            people=tuple(str(p) for p in fields.get("showing") or ()),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def posts_of(show: ShowFacts) -> list[Post]:
    """The pictures on record for a show, in the order stored."""
    found = (decode_post(value) for value in show.descriptors.get(POST_KIND, ()))
    return [post for post in found if post is not None]
