"""Fans' wordings of catalog questions that the relation-path reader (`chains.py`) would misread, tried
before it: a year limit ("tom hanks films from the 90s"), the cast alongside someone ("who starred alongside
tom hanks in big"), a part the catalog cannot hold ("who plays neo in the matrix"), a genre or a language
checked ("is jaws a comedy", "is kismet available in french", `language_checks.py`), two credits asked at
once ("who wrote and directed memento"), a film's year asked as when someone made it or how old it is ("how
old is jaws") and a person's newest or first film ("keanu reeves' first movie", `newest_films.py`), two people
in one list ("movies with christian bale directed by christopher nolan", `shared_films.py`).

Five matches on the text as typed decide whether any of them may apply, so the MetaQA-shaped questions that
make up most catalog traffic pay for five calls and no more.
"""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.catalog.both_roles import both_roles
from intents.catalog.film_co_stars import film_co_stars
from intents.catalog.film_years_asked import YEAR_ASKED, film_year_asked
from intents.catalog.genre_checks import genre_check
from intents.catalog.language_checks import language_check
from intents.catalog.limited_chains import try_limited_chain
from intents.catalog.newest_films import NEWEST_ASKED, newest_film
from intents.catalog.shared_films import SHARED_ASKED, shared_films
from intents.catalog.unheld_parts import unheld_part
from intents.query import Query

# A year or decade after a word that makes it a limit (`year_limits.py` reads it exactly).
_YEAR_LIMIT = re.compile(r"\b(?:in|from|during|before|after|since|until|till) (?:the )?'?\d", re.IGNORECASE)
# A genre said of the films listed (`genre_limits.py` reads it exactly): a plural, or a genre before "films".
_GENRE_PLURALS = """comedies dramas thrillers westerns musicals documentaries romances romcoms mysteries
    biopics cartoons""".split()
_GENRE_NOUNS = """horror action comedy drama thriller crime war adventure romance romantic animated animation
    family western mystery fantasy documentary musical sports? historical""".split()
_GENRE_LIMIT = re.compile(
    rf"\b(?:{'|'.join(_GENRE_PLURALS)}|(?:{'|'.join(_GENRE_NOUNS)}) (?:movies?|films?|flicks?|pictures))\b",
    re.IGNORECASE,
)
# The words a genre limit opens with; in ASCII text its first word is a whole run of word characters.
_GENRE_OPENERS = frozenset([*_GENRE_PLURALS, *(w.replace("s?", "") for w in _GENRE_NOUNS), "sports"])
_WORD_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
# How the other readings open: "who ...", "which actor ...", "is/was ...".
_OPENING = re.compile(r"^\W*(?:(?:so|and|but) )?(?:who|which act|is\b|was\b|isn|wasn)", re.IGNORECASE)


def fan_reading(q: Query) -> Answer | None:
    """The answer one of the fans' catalog readings gives, or None to leave the question to the chains."""
    # The limits' patterns try every alternative at every character: each runs only where it may match, the
    # year's after a digit, the genre's after one of its words (in ASCII text; other text is searched).
    text = q.text
    year = _DIGIT.search(text) is not None and _YEAR_LIMIT.search(text) is not None
    genre_said = not (text.isascii() and _GENRE_OPENERS.isdisjoint(_WORD_RUN.findall(text.lower())))
    if year or (genre_said and _GENRE_LIMIT.search(text) is not None):
        limited = try_limited_chain(q)
        if limited is not None:
            return limited
    if _OPENING.match(q.text) is None:
        if YEAR_ASKED.match(q.text) is not None:
            return film_year_asked(q)
        if SHARED_ASKED.search(q.text) is not None:
            return shared_films(q)
        return newest_film(q) if NEWEST_ASKED.search(q.text) is not None else None
    return film_co_stars(q) or unheld_part(q) or genre_check(q) or language_check(q) or both_roles(q)
