"""'who starred alongside tom hanks in big': the cast of one catalog film but the person named, who is said
first. Without it the words read as a chain from the person ("starred ... tom hanks": his films)."""

from __future__ import annotations

import html
import re

from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.named_films import catalog_films
from intents.catalog.reading import LEXICON_WORDS
from intents.catalog.words import QUESTION_WORDS
from intents.query import Query, join_names
from intents.text import STOPWORDS, fold

_BESIDE = r"(?:alongside|with|opposite|next to|beside)"
# Matched on the text as typed (most questions fail it at once), then read on the folded words.
_ASKS = re.compile(rf"^\W*(?:who|which act\w*) \w+ {_BESIDE} .+ in .+", re.IGNORECASE)
_READ = re.compile(
    rf"^(?:who|which actors?|which actresses?) (?:starred|stars|acted|acts|appeared|appears|was|is|were|are"
    rf"|played|plays) (?:also )?{_BESIDE} (?P<person>.+?) in (?P<film>.+)$"
)
_FRAME = LEXICON_WORDS | QUESTION_WORDS | STOPWORDS


def film_co_stars(q: Query) -> Answer | None:
    """'Alongside Tom Hanks, Big (1988) stars John Heard, ...'; None unless the question names a catalog
    person and a film only the catalog knows in that shape."""
    if q.index is None or _ASKS.match(q.text) is None:
        return None
    match = _READ.match(" ".join(fold(html.unescape(q.text)).split()))
    if match is None or all(w in _FRAME for w in match.group("film").split()):
        return None  # "who starred with X in films": no film named
    people = [r for r in q.index.refs(match.group("person")) if r.kind == "person" and r.id in q.kb.people]
    films = catalog_films(q, match.group("film")) if people else []
    if not films:
        return None
    show = films[0]
    person = q.kb.people[people[0].id]
    cast = [p.name for p in facts.people_for(q.kb, show, "actor")]
    others = [name for name in cast if name != person.name]
    if person.name not in cast:
        held = f"; it stars {join_names(cast)}" if cast else ""
        text = f"I don't have {person.name} in the cast of {label(show)}{held}."
        return Answer(text=text, kind="unknown", intent="film_actor", confidence=0.9, show_id=show.id)
    if not others:
        text = f"I don't have anyone else in the cast of {label(show)}: it lists {person.name} alone."
        return Answer(text=text, kind="unknown", intent="film_actor", confidence=0.9, show_id=show.id)
    return Answer(
        text=f"Alongside {person.name}, {label(show)} stars {join_names(others)}.",
        intent="film_actor",
        confidence=0.9,
        answers=tuple(others),
        show_id=show.id,
    )
