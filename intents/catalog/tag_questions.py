"""One-hop tag questions about a catalog film or person, which the path reader leaves to the tag intents
("words describing [The Help]", "which films can be described by [tom hanks]"): the composer has nothing to
add to them, so the message goes straight to the intents (no composed readings tried, nor sub-questions)."""

from __future__ import annotations

import html

from intents.catalog.chains import YES_NO, bracketed_span, link_topic
from intents.catalog.paths import CatalogRelation
from intents.catalog.reading import read_path
from intents.query import Query
from intents.text import fold

# The words a tag phrase of the path reader starts with (reading._VALUE_PHRASES): a cheap check first.
_TAG_WORDS = frozenset(
    "tag tags keyword keywords topic topics describe describes described describing".split()
)
_FILM_WORDS = frozenset({"film", "films", "movie", "movies", "picture", "pictures"})


def for_the_tag_intents(q: Query) -> bool:
    """Whether the question asks one hop of tags from a film or person only the catalog knows, or the films a
    tag describes ("what films are about [bruce willis]", "films described by rick moranis")."""
    text = html.unescape(q.text)
    tokens = fold(text).split()[:80]
    index = q.index
    if index is None or not tokens or tokens[0] in YES_NO:
        return False
    if _TAG_WORDS.isdisjoint(tokens) and "about" not in tokens:
        return False
    topic = link_topic(index, q.kb, text, tokens)
    if topic is not None:
        start, end, kind, _ = topic
        path = read_path(tokens, start, end, kind, None, guess=False)
        if path is not None and len(path) == 1 and path[0].relation is CatalogRelation.HAS_TAGS:
            return True
    # "films described by rick moranis": the name linked is a tag too (a [bracketed] one need be no name)
    span = (topic[0], topic[1]) if topic is not None else bracketed_span(text, tokens)
    if span is None or _FILM_WORDS.isdisjoint(tokens[: span[0]]):
        return False
    name = " ".join(tokens[span[0] : span[1]])
    named = index.names.get(name, [])
    return bool(index.tags.get(name)) and all((r.kind, r.id) in index.catalog_only for r in named)
