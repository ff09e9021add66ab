"""A show's `picture` descriptor (a picture its makers posted, as the news reported it) is read back whole."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.bootstrap import open_database
from db.importers.jsonl import import_fact_lines
from db.knowledge import load_knowledge
from db.posts import decode_post, posts_of

ARTICLE = {
    "type": "article",
    "key": "post-1",
    "outlet": "Test Wire",
    "title": "A test",
    "published": "2025-01-02",
}
PICTURE = {"what": "first-look photo", "season": 2, "by": "Hulu", "site": "Instagram", "on": "2025-01-02",
           "showing": ["A. Person"]}  # fmt: skip
LINE = {"type": "descriptor", "show": "Test Show", "kind": "picture", "value": json.dumps(PICTURE)}


async def test_a_picture_descriptor_is_read_back_as_the_shows_post(sqlite_url: str) -> None:
    database = await open_database(sqlite_url, seed=False)
    try:
        async with database.sessions.begin() as session:
            summary = await import_fact_lines(session, [json.dumps(ARTICLE), json.dumps(LINE)])
        async with database.sessions() as session:
            kb = await load_knowledge(session)
    finally:
        await database.close()
    assert summary.facts == 1 and not summary.skipped
    (show,) = [s for s in kb.shows.values() if s.title == "Test Show"]
    (post,) = posts_of(show)
    assert (post.what, post.by, post.platform, post.season, post.people) == (
        "first-look photo",
        "Hulu",
        "Instagram",
        2,
        ("A. Person",),
    )


@pytest.mark.parametrize("value", ["drama", '{"what": "photo"}', '{"season": 3}'])
def test_a_stored_value_that_is_no_picture_reads_as_none(value: str) -> None:
    assert decode_post(value) is None


def test_a_stored_picture_reads_its_day_and_people() -> None:
    read = decode_post('{"what": "photo", "by": "N", "season": 2, "on": "2024-01-02", "showing": ["A B"]}')
    assert read is not None and read.season == 2 and read.date == dt.date(2024, 1, 2)
    assert read.people == ("A B",)
