"""Promotional pictures a show's news reported ("The official Netflix X account has unveiled a new
behind-the-scenes photo of season 3 showing A and B"), kept as a show's `picture` descriptor whose value is
a small JSON object decoded by db.posts, gathered here once per snapshot: the one source every picture
reader answers from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from db.knowledge import Knowledge, ShowFacts
from db.posts import Post, posts_of
from intents.snapshot_memo import PerSnapshot

PICTURE_INTENT = "picture"  # the intent named on every answer about a picture


@dataclass(frozen=True, slots=True)
class Picture:
    """One reported picture of a show: what it is, of which season, who put it out where, when, and whom
    it shows."""

    show_id: int
    what: str  # "behind-the-scenes photo"
    season: int | None
    by: str  # "the official Netflix X account"
    site: str | None  # "X"
    on: dt.date | None  # the day it was reported
    showing: tuple[str, ...]  # people, as the facts name them


_TABLES: PerSnapshot[Knowledge, tuple[Picture, ...]] = PerSnapshot()


def pictures_held(kb: Knowledge) -> tuple[Picture, ...]:
    """Every reported picture in the snapshot, newest first (made once per snapshot)."""
    return _TABLES.get(kb, lambda: _read_pictures(kb))


def pictures_of(show: ShowFacts) -> list[Picture]:
    """The reported pictures of one show, newest first (read from its own facts: a question about one show's
    picture never gathers every show's)."""
    return _newest_first(_picture(show.id, post) for post in posts_of(show))


def _read_pictures(kb: Knowledge) -> tuple[Picture, ...]:
    return tuple(
        _newest_first(_picture(show.id, post) for show in kb.shows.values() for post in posts_of(show))
    )


def _picture(show_id: int, post: Post) -> Picture:
    return Picture(show_id, post.what, post.season, post.by, post.platform, post.date, post.people)


def _newest_first(pictures: Iterable[Picture]) -> list[Picture]:
    return sorted(pictures, key=lambda p: p.on or dt.date.min, reverse=True)
