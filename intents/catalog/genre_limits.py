"""A genre said as a limit on a list of films: "what comedies has tom hanks been in", "horror movies
directed by john carpenter", "spielberg's war films". Read from folded tokens; `limited_chains.py` applies it.
"""

from __future__ import annotations

from typing import NamedTuple

# A plural that is the films themselves ("comedies"), as the catalog's genre (folded).
_GENRE_NOUNS = {
    "comedies": "comedy",
    "dramas": "drama",
    "thrillers": "thriller",
    "westerns": "western",
    "musicals": "musical",
    "documentaries": "documentary",
    "romances": "romance",
    "romcoms": "romance",
    "mysteries": "mystery",
    "biopics": "biography",
    "cartoons": "animation",
}
# A word that says the genre of the films named after it ("horror movies").
_GENRE_WORDS = {
    "horror": "horror",
    "action": "action",
    "comedy": "comedy",
    "drama": "drama",
    "thriller": "thriller",
    "crime": "crime",
    "war": "war",
    "adventure": "adventure",
    "romance": "romance",
    "romantic": "romance",
    "animated": "animation",
    "animation": "animation",
    "family": "family",
    "western": "western",
    "mystery": "mystery",
    "fantasy": "fantasy",
    "documentary": "documentary",
    "musical": "musical",
    "sport": "sport",
    "sports": "sport",
    "historical": "history",
}
_FILM_NOUNS = frozenset({"movies", "movie", "films", "film", "flicks", "flick", "pictures"})


class GenreLimit(NamedTuple):
    """The genre a film must have (folded) and how to say it."""

    genre: str
    said: str  # "of genre Comedy"


def read_genre_limit(tokens: list[str]) -> tuple[GenreLimit, int, int] | None:
    """The genre limit the folded words state, with the span of tokens to take out, or None. A genre word
    before "movies" is taken out and "movies" kept, so the rest still reads as a question about films."""
    for at, word in enumerate(tokens):
        genre = _GENRE_NOUNS.get(word)
        if genre is not None:
            return _limit(genre), at, at + 1
        genre = _GENRE_WORDS.get(word)
        if genre is not None and tokens[at + 1 : at + 2] and tokens[at + 1] in _FILM_NOUNS:
            return _limit(genre), at, at + 1
    return None


def _limit(genre: str) -> GenreLimit:
    return GenreLimit(genre, f"of genre {genre.title()}")
