"""Two people in one film list: "movies with christian bale directed by christopher nolan" (the films both
are credited on, in the roles said). Without it the first name is the topic and the role said of the second
is read as the first's ("the films directed by Christian Bale")."""

from __future__ import annotations

import html
import re

from db.knowledge import PersonFacts
from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.query import Query, join_names
from intents.text import fold

# Matched on the text as typed, then read on the folded words.
_WITH = r"(?:with|starring|featuring)"
_BY = r"(?:directed|written) by"
SHARED_ASKED = re.compile(rf"\b{_WITH}\b.+\b{_BY}\b|\b{_BY}\b.+\b(?:starring|featuring)\b", re.IGNORECASE)
_FILMS = r"(?:(?:what|which|any|list|name|show me|the) )*(?:films?|movies?|pictures?|flicks?)"
_ROLE = r"(?P<verb>directed|written)"
_WERE = r"(?:(?:that |which )?(?:were|was|are|is) )?"
_READS = (
    re.compile(rf"^{_FILMS} {_WITH} (?P<actor>.+?) {_WERE}{_ROLE} by (?P<other>.+)$"),
    re.compile(rf"^{_FILMS} {_WERE}{_ROLE} by (?P<other>.+?) {_WITH} (?P<actor>.+)$"),
)
_ROLES = {"directed": "director", "written": "writer"}


def shared_films(q: Query) -> Answer | None:
    """'The films starring Christian Bale and directed by Christopher Nolan: ...'; None unless the question
    names two catalog people in that shape."""
    if q.index is None or SHARED_ASKED.search(q.text) is None:
        return None
    words = " ".join(fold(html.unescape(q.text)).split())
    match = next((m for m in (r.match(words) for r in _READS) if m is not None), None)
    if match is None:
        return None
    actor, other = _person(q, match.group("actor")), _person(q, match.group("other"))
    if actor is None or other is None:
        return None
    role = _ROLES[match.group("verb")]
    theirs = {s.id for s in facts.films_of(q.kb, other, [role])}
    both = [s for s in facts.films_of(q.kb, actor, ["actor"]) if s.id in theirs]
    what = f"the films starring {actor.name} and {match.group('verb')} by {other.name}"
    if not both:
        return Answer(
            text=f"I don't know of any of {what}.", kind="unknown", intent="film_chain", confidence=0.9
        )
    return Answer(
        text=f"{what[0].upper()}{what[1:]}: {join_names([label(s) for s in both])}.",
        intent="film_chain",
        confidence=0.9,
        answers=tuple(s.title for s in both),
    )


def _person(q: Query, said: str) -> PersonFacts | None:
    assert q.index is not None
    refs = [r for r in q.index.refs(said) if r.kind == "person" and r.id in q.kb.people]
    if not refs or any(("person", r.id) not in q.index.catalog_only for r in refs):
        return None
    return q.kb.people[refs[0].id]
