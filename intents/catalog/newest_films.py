"""A person's newest or first film: "what's the latest tom hanks movie", "keanu reeves' first movie".

Without it the words list every film of the person (or none). Titles the catalog merges from several films
("47 Ronin (1994, 2013)") cannot say which year is the person's, so they count only when no other title has
a year.
"""

from __future__ import annotations

import html
import re

from db.knowledge import Knowledge, PersonFacts
from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.surnames import surname_person
from intents.query import Query, join_names
from intents.text import fold

_NEWEST = ("latest", "newest", "most recent", "last", "recent")
_OLDEST = ("first", "earliest", "oldest", "debut")
_WHICH = "|".join((*_NEWEST, *_OLDEST))
# Matched on the text as typed, then read on the folded words.
# "... the newest film with keanu reeves": the person after the film.
_OF = r"(?:with|by|starring|featuring|from|of|directed by)"
NEWEST_ASKED = re.compile(
    rf"\b(?:{_WHICH})\b.*\b(?:movies?|films?|flicks?|pictures?)(?:\W*$| {_OF} )", re.IGNORECASE
)
_OPEN = r"^(?:(?:whats|what is|what was|which is|which was|what|which|name|tell me) )?(?:the )?"
_FILM = r"(?:movie|film|flick|picture)s?"
_BEFORE = re.compile(rf"{_OPEN}(?P<which>{_WHICH}) (?P<person>.+?) {_FILM}(?: ever)?$")
_AFTER = re.compile(rf"{_OPEN}(?P<person>.+?) (?P<which>{_WHICH}) {_FILM}(?: ever)?$")
_OF_PERSON = re.compile(rf"{_OPEN}(?P<which>{_WHICH}) {_FILM} {_OF} (?P<person>.+?)$")
_ROLES = ("director", "writer", "actor")


def newest_film(q: Query) -> Answer | None:
    """'Tom Hanks's latest film: Captain Phillips (2013) ...'; None unless the question asks for a catalog
    person's newest or first film."""
    if q.index is None or NEWEST_ASKED.search(q.text) is None:
        return None
    words = " ".join(fold(html.unescape(q.text)).split())
    match = _BEFORE.match(words) or _AFTER.match(words) or _OF_PERSON.match(words)
    if match is None:
        return None
    person = _person(q, match.group("person"))
    if person is None:
        return None
    newest = match.group("which") in _NEWEST
    dated = _dated_films(q.kb, person)
    if not dated:
        return None
    year = max(dated.values()) if newest else min(dated.values())
    films = sorted(title for title, y in dated.items() if y == year)
    said = ("latest" if newest else "first") + (" film" if len(films) == 1 else " films")
    text = f"{person.name}'s {said} in my facts: {join_names(films)} ({year})."
    return Answer(text=text, intent="film_newest", confidence=0.9, answers=tuple(films))


def _person(q: Query, said: str) -> PersonFacts | None:
    assert q.index is not None
    for name in (said, said[:-1] if said.endswith("s") else ""):
        refs = [r for r in q.index.refs(name) if r.kind == "person" and r.id in q.kb.people] if name else []
        if refs and all(("person", r.id) in q.index.catalog_only for r in refs):
            return q.kb.people[refs[0].id]
    # "what was spielberg's first movie": a catalog maker called by surname alone.
    known = surname_person(q.index, q.kb, said) if " " not in said else None
    return q.kb.people[known.id] if known is not None else None


def _dated_films(kb: Knowledge, person: PersonFacts) -> dict[str, int]:
    """Each of the person's films with its one release year; merged titles only when no film has one."""
    films = facts.films_of(kb, person, _ROLES)
    single = {s.title: facts.years(s)[0] for s in films if len(facts.years(s)) == 1}
    if single:
        return single
    return {label(s): facts.years(s)[0] for s in films if facts.years(s)}
