"""A picture or clip a show's makers put out ("Netflix's X account posted a behind-the-scenes photo of
season 3 showing Joe Locke and Kit Connor"), kept as one descriptor of the show (kind `post`, its fields as
JSON): a fact few shows have, which needs no table of its own."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from db.fact_records import ShowFacts

POST_KIND = "post"
# The fields a `post` fact line may carry; `what` and `by` are required.
_FIELDS = ("what", "by", "platform", "account", "season", "date", "people")


@dataclass(frozen=True, slots=True)
class Post:
    """One picture or clip: what it is, who posted it where and when, the season and people it shows."""

    what: str  # "behind-the-scenes photo"
    by: str  # who posted it: "Netflix"
    platform: str | None = None  # "X"
    account: str | None = None  # "the official Netflix X account"
    season: int | None = None
    date: dt.date | None = None  # the day it was reported posted
    people: tuple[str, ...] = ()


def encode_post(record: dict[str, Any]) -> str:
    """The descriptor value stored for a `post` fact line (its known fields, in a fixed order)."""
    kept = {name: record[name] for name in _FIELDS if record.get(name) is not None}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


def decode_post(value: str) -> Post | None:
    """The post a stored value holds; None for a value that is not one (never raises)."""
    try:
        fields = json.loads(value)
        season = fields.get("season")
        day = fields.get("date")
        return Post(
            what=str(fields["what"]),
            by=str(fields["by"]),
            platform=fields.get("platform"),
            account=fields.get("account"),
            season=int(season) if season is not None else None,
            date=dt.date.fromisoformat(day) if day else None,
            people=tuple(str(p) for p in fields.get("people") or ()),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def posts_of(show: ShowFacts) -> list[Post]:
    """The pictures and clips on record for a show, in the order stored."""
    found = (decode_post(value) for value in show.descriptors.get(POST_KIND, ()))
    return [post for post in found if post is not None]
