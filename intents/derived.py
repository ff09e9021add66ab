"""What the engine derives from a knowledge snapshot: the linker's index, shorthands, the default show."""

from __future__ import annotations

from typing import NamedTuple

from db.knowledge import Knowledge, ShowFacts
from intents.known_words import DOMAIN_WORDS
from intents.linking import EntityIndex
from intents.subjects import Subjects
from intents.understand.shorthands import Shorthands


class Derived(NamedTuple):
    """What the engine derives from a knowledge snapshot."""

    entity_index: EntityIndex
    shorthands: Shorthands
    best_show: ShowFacts | None
    subjects: Subjects


def derive(knowledge: Knowledge, vocabulary: frozenset[str], previous: EntityIndex | None = None) -> Derived:
    """What the engine builds from a snapshot (pure: a reload runs it in a worker thread).

    With `previous`, the candidate index is derived from the previous one with the names that changed
    (copy-on-write: the previous index, still answering questions meanwhile, is never modified).
    """
    index = EntityIndex(knowledge, previous=previous)
    shorthands = Shorthands.build(knowledge, vocabulary | DOMAIN_WORDS)
    # The best-covered news show: the fallback subject when nothing else names one.
    news = knowledge.news_article_ids()
    in_news = {s.id for s in knowledge.shows.values() for c in s.credits if c.article_id in news}
    best_show = max(
        knowledge.shows.values(), key=lambda s: (s.id in in_news, s.fact_count, -s.id), default=None
    )
    return Derived(index, shorthands, best_show, Subjects(knowledge, index, best_show))
