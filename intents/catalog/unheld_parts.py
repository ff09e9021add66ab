"""'who plays neo in the matrix': a part in a catalog film. The catalog holds casts, never characters, so the
reply says the part is not in the facts first, then gives the cast (one of them plays it), instead of
answering with the cast as if it said who plays the part.
"""

from __future__ import annotations

import html
import re

from intents.answer import Answer
from intents.catalog.answers import film_answer, label, pick_year
from intents.catalog.link import Found
from intents.catalog.reading import LEXICON_WORDS
from intents.catalog.words import QUESTION_WORDS
from intents.query import Query
from intents.text import STOPWORDS, fold, title_case

# Matched on the text as typed, before anything is folded: most questions fail this one match.
_VERBS = (
    r"plays|played|portrays|portrayed|voices|voiced|is playing|was playing|played the part of"
    r"|plays the part of"
)
_ASKS_PART = re.compile(
    rf"^\W*(?:so |and |but )?(?:who(?:'s|’s)|(?:who|which actor|which actress) (?:is|was|{_VERBS}))"
    r" (.+) in .+",
    re.IGNORECASE,
)
_PART = re.compile(
    rf"^(?:whos|who s|(?:who|which actor|which actress) (?:is|was|{_VERBS})) (?P<part>.+?) in (?P<film>.+)$"
)
# Words that say who is in a film without naming a part ("who was also in", "who else is in").
_NO_PART = frozenset(
    {"also", "else", "actually", "really", "still", "lead", "leads", "main", "star", "first"}
)
_MAX_PART_WORDS = 4
# "who was with keanu reeves in speed" asks for the others in the cast, not for a part.
_BESIDE = frozenset({"with", "alongside", "opposite", "beside", "next"})


def unheld_part(q: Query) -> Answer | None:
    """'I don't have who plays Neo in The Matrix (1999) in my facts.' and the film's cast; None unless the
    question asks who plays a part in a film only the catalog knows."""
    if q.index is None or _ASKS_PART.match(q.text) is None:
        return None
    tokens = fold(html.unescape(q.text).replace("[", "").replace("]", "")).split()
    match = _PART.match(" ".join(tokens).rstrip(" ?"))
    if match is None:
        return None
    part, film = match.group("part").split(), match.group("film").split()
    content = [w for w in part if w not in STOPWORDS]
    if not content or len(part) > _MAX_PART_WORDS or part[0] in _BESIDE:
        return None
    if any(w in _NO_PART or w in LEXICON_WORDS or w in QUESTION_WORDS for w in content):
        return None  # "who was also in X", "who starred in X"
    if any(r.kind == "person" for r in q.index.refs(" ".join(part))):
        return None  # "who was tom hanks in big" asks for the person's part, not who plays it
    key = " ".join(film)
    refs = [r for r in q.index.refs(key) if r.kind == "show" and r.id in q.kb.shows]
    if not refs or any(("show", r.id) not in q.index.catalog_only for r in refs):
        return None  # a news show may hold its characters: its own intents answer
    shows = pick_year([q.kb.shows[r.id] for r in refs], q)
    found = Found("show", tuple(refs), len(tokens) - len(film), len(tokens), 100.0)
    cast = film_answer(q, shows, "actor", found)
    missing = f"I don't have who plays {title_case(part)} in {label(shows[0])} in my facts"
    if cast.kind != "answer":
        return Answer(text=f"{missing}, nor its cast.", kind="unknown", intent="film_actor", confidence=0.9)
    return Answer(
        text=f"{missing}. {cast.text}",
        intent=cast.intent,
        confidence=cast.confidence,
        answers=cast.answers,
        sources=cast.sources,
        title=cast.title,
        show_id=cast.show_id,
    )
