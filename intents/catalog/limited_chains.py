"""Catalog film lists limited by a year or a genre: "which tom hanks movies came out in 1994",
"spielberg movies in the 70s", "what else has the director of jaws made since 2000", "what comedies has tom
hanks been in".

The limits (`year_limits.py`, `genre_limits.py`) are taken out of the words, the rest is read as a chain
(`chains.py`) that must end on films, and only the films within the limits are listed. Without this,
"released in" was read as a hop to the films' release years and the year itself as a film's title ("2010").
"""

from __future__ import annotations

import html
import logging

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.chains import LIST_LIMIT, YES_NO, Topic, describe, link_topic
from intents.catalog.genre_limits import GenreLimit, read_genre_limit
from intents.catalog.limited_onward import onward_answer
from intents.catalog.paths import Hop, Node, ValueKind, walk
from intents.catalog.reading import read_path
from intents.catalog.role_descriptions import spell_role_descriptions
from intents.catalog.usual_roles import role_of
from intents.catalog.year_limits import YearLimit, read_year_limit
from intents.query import Query, join_names, sources_for
from intents.text import fold

log = logging.getLogger(__name__)
_ALL_ROLES = ["director", "writer", "actor"]


def try_limited_chain(q: Query) -> Answer | None:
    """limited_chain, where a reading bug costs the reading (the other readers answer), not the answer."""
    try:
        return limited_chain(q)
    except Exception:
        log.exception("catalog film limit reading failed for a question of %d characters", len(q.text))
        return None


def limited_chain(q: Query) -> Answer | None:
    """The films a chain ends on, within the year or genre limit the question states; None when the
    question states no limit, or the rest of it is no chain from a catalog name to films."""
    text = html.unescape(q.text)
    tokens = spell_role_descriptions(fold(text).split()[:80])
    if q.index is None or not tokens or tokens[0] in YES_NO:
        return None  # "was tom hanks in a film in 1994?" checks a fact: the intents answer it
    year_read, genre_read = read_year_limit(tokens), read_genre_limit(tokens)
    if genre_read is not None and _in_a_title(q, text, tokens, tokens[genre_read[1] : genre_read[2]]):
        genre_read = None  # "the mysteries of pittsburgh": the genre's word is the title's own
    if year_read is None and genre_read is None:
        return None
    rest = tokens
    # The later span first, so the earlier one's indices still hold.
    spans = sorted(((r[1], r[2]) for r in (year_read, genre_read) if r is not None), reverse=True)
    for start, end in spans:
        rest = rest[:start] + rest[end:]
    topic = link_topic(q.index, q.kb, text, rest)
    if topic is None:
        return None  # "which films came out in 1994": no name to start from
    films, what, then = _films(q, topic, rest)
    if films is None:
        return None
    year = year_read[0] if year_read is not None else None
    genre = genre_read[0] if genre_read is not None else None
    kept = _within(q, films, year, genre)
    said = " ".join(limit.said for limit in (genre, year) if limit is not None)
    if then:
        return onward_answer(q, topic, f"{what.partition(', other than ')[0]} {said}", kept, then)
    return _answer(q, what, said, kept, films)


def _in_a_title(q: Query, text: str, tokens: list[str], words: list[str]) -> bool:
    """Whether the words a limit was read from belong to the name the whole question links."""
    assert q.index is not None
    whole = link_topic(q.index, q.kb, text, tokens)
    said = " ".join(words)
    return whole is not None and any(said in fold(ref.name) for ref in whole[3])


def _within(
    q: Query, films: list[ShowFacts], year: YearLimit | None, genre: GenreLimit | None
) -> list[ShowFacts]:
    """The films within the limits, newest first by the year within the limit ("The Ladykillers (1955,
    2004)" before 1990 is the 1955 one)."""
    within = {s.id: year.within(facts.years(s)) if year is not None else facts.years(s) for s in films}
    kept = films if year is None else [s for s in films if within[s.id]]
    if genre is not None:
        kept = [s for s in kept if any(fold(g) == genre.genre for g in facts.film_values(q.kb, s, "genre"))]
    return sorted(kept, key=lambda s: (-max(within[s.id] or [0]), s.title))


def _films(q: Query, topic: Topic, rest: list[str]) -> tuple[list[ShowFacts] | None, str, tuple[Hop, ...]]:
    """The films the rest of the question leads to from its topic, how to say them, and the hops the question
    goes on with from them ("who directed the movie tom hanks starred in in 1994": to the directors)."""
    start, end, kind, refs = topic
    role = role_of(q.kb, refs, rest[start - 1] if start else "") if kind is ValueKind.PERSON else None
    path = read_path(rest, start, end, kind, None, guess=False)
    if path is None and role is not None:
        path = read_path(rest, start, end, kind, role, guess=True)
        if path is not None and len(path) == 1:
            # No role said ("tom hanks movies"): films in any role, as "what has tom hanks made" lists.
            person = q.kb.people[refs[0].id]
            return facts.films_of(q.kb, person, _ALL_ROLES), f"the films of {person.name}", ()
    # The films the year limits are the last the path reaches (an inverted hop ends on films); from the
    # topic film itself ("who starred in the matrix in 1999") the year picks the film, and no list is limited.
    reached = [at for at, hop in enumerate(path or ()) if hop.inverse]
    if path is None or not reached:
        return None, "", ()
    path, then = path[: reached[-1] + 1], path[reached[-1] + 1 :]
    nodes = walk(q.kb, [Node(kind, r.id) for r in refs], path)
    films = [q.kb.shows[n.key] for n in nodes if isinstance(n.key, int) and n.key in q.kb.shows]
    what = describe(refs[0].name, path)
    if kind is ValueKind.FILM:
        what += f", other than {refs[0].name}"  # the walk never returns the topic itself
    return films, what, then


def _answer(q: Query, what: str, said: str, kept: list[ShowFacts], films: list[ShowFacts]) -> Answer:
    head, other, topic = what.partition(", other than ")
    heading = f"{head} {said}{other}{topic}"  # "... released since 2005, other than Memento"
    if not kept:
        known = sorted({y for s in films for y in facts.years(s)})
        span = f" (the ones I know came out {known[0]}–{known[-1]})" if known else ""
        return Answer(
            text=f"I don't know of any of {heading}{span}.",
            kind="unknown",
            intent="film_chain",
            confidence=0.9,
        )
    return Answer(
        text=f"{heading[0].upper()}{heading[1:]}: {join_names([label(s) for s in kept], limit=LIST_LIMIT)}.",
        intent="film_chain",
        confidence=0.9,
        answers=tuple(dict.fromkeys(s.title for s in kept)),
        sources=sources_for(q.kb, [s.article_id for s in kept[:20]]),
        title=heading[0].upper() + heading[1:],
    )
