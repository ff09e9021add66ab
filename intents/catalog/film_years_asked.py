"""A film's release year asked in fans' words: "when did tom hanks make forrest gump" (the film's year, not
every year of his films, as the chain from the person would read it) and "how old is jaws" (its year and how
long ago that was; the news intents would offer a show command instead)."""

from __future__ import annotations

import html
import re

from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.named_films import catalog_films
from intents.catalog.words import QUESTION_WORDS
from intents.query import Query
from intents.text import STOPWORDS, fold

# Matched on the text as typed, then read on the folded words.
YEAR_ASKED = re.compile(r"^\W*(?:when did|how old is)\b", re.IGNORECASE)
_VERBS = (
    r"make|direct|write|film|shoot|do|release|star in|act in|appear in|play in|be in|come out with|put out"
)
_WHEN_MADE = re.compile(rf"^when did (?P<person>.+?) (?:{_VERBS}) (?P<film>.+)$")
_DID = {"director": "directed", "writer": "wrote", "actor": "starred in"}
_HOW_OLD = re.compile(r"^how old is (?:the (?:movie|film) )?(?P<film>.+?)(?: now| today)?$")


def film_year_asked(q: Query) -> Answer | None:
    """The year of a film only the catalog knows, asked as when a person made it or how old it is; None when
    the question is no such question or names no such film. A person not credited on it is said so."""
    if q.index is None or YEAR_ASKED.match(q.text) is None:
        return None
    words = " ".join(fold(html.unescape(q.text)).split())
    when, old = _WHEN_MADE.match(words), _HOW_OLD.match(words)
    match = when or old
    if match is None or all(w in QUESTION_WORDS | STOPWORDS for w in match.group("film").split()):
        return None
    films = catalog_films(q, match.group("film"))
    if not films:
        return None
    show = films[0]
    years = facts.years(show) or ([show.year_key] if show.year_key else [])
    if not years:
        return None
    year = years[-1] if when is None else years[0]
    age = q.today.year - year
    name = show.title if len(years) == 1 else label(show)
    said = f"{name} came out in {year}" + (f" ({age} years ago)" if age > 1 else "")
    if when is not None:
        people = [r for r in q.index.refs(when.group("person")) if r.kind == "person" and r.id in q.kb.people]
        if not people:
            return None
        person = q.kb.people[people[0].id]
        roles = [_DID[c.role] for c in show.credits if c.person_id == person.id and c.role in _DID]
        if not roles:
            text = f"I don't have {person.name} in the credits of {label(show)}; {said}."
            return Answer(text=text, kind="unknown", intent="film_year", confidence=0.9, show_id=show.id)
        said += f"; {person.name} {' and '.join(dict.fromkeys(roles))} it"
    return Answer(text=f"{said}.", intent="film_year", confidence=0.9, answers=(str(year),), show_id=show.id)
