"""A chain going on past the films a year or genre limits: "who directed the movie tom hanks starred in in
1994" is the directors of Tom Hanks's films of 1994 (Robert Zemeckis), not of all his films; "what language
is the film directed by luc besson in 1997" is the languages of his 1997 films."""

from __future__ import annotations

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.catalog.chains import LIST_LIMIT, Topic, describe
from intents.catalog.paths import Hop, Node, ValueKind, node_name, walk
from intents.query import Query, join_names, sources_for
from intents.text import fold


def onward_answer(
    q: Query, topic: Topic, films_said: str, kept: list[ShowFacts], then: tuple[Hop, ...]
) -> Answer:
    """The values `then` leads to from the films within the limits (`films_said`: how those films read,
    "the films starring Tom Hanks released in 1994"), the topic itself left out."""
    what = describe(films_said, then)
    nodes = walk(q.kb, [Node(ValueKind.FILM, s.id) for s in kept], then)
    topic_names = {fold(r.name) for r in topic[3]}
    values = [v for v in dict.fromkeys(node_name(q.kb, n) for n in nodes) if fold(v) not in topic_names]
    if not values:
        return Answer(text=f"I don't know {what}.", kind="unknown", intent="film_chain", confidence=0.9)
    heading = what[0].upper() + what[1:]
    return Answer(
        text=f"{heading}: {join_names(values, limit=LIST_LIMIT)}.",
        intent="film_chain",
        confidence=0.9,
        answers=tuple(values),
        sources=sources_for(q.kb, [s.article_id for s in kept[:20]]),
        title=heading,
    )
