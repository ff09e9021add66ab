"""The catalog film a fan's reading names: the films whose folded title the words are, the one the question
means first (`answers.pick_year`); none when the words name no film, or a show the news holds (its own
intents answer it)."""

from __future__ import annotations

from db.knowledge import ShowFacts
from intents.catalog.answers import pick_year
from intents.query import Query


def catalog_films(q: Query, words: str) -> list[ShowFacts]:
    """The catalog-only films the folded `words` name, best match first; [] when none."""
    if q.index is None:
        return []
    refs = [r for r in q.index.refs(words) if r.kind == "show" and r.id in q.kb.shows]
    if not refs or any(("show", r.id) not in q.index.catalog_only for r in refs):
        return []
    return pick_year([q.kb.shows[r.id] for r in refs], q)
