"""Year and genre limits read from a question's words ("from the 90s", "after 2010", "horror movies"), before
any chain is read."""

from __future__ import annotations

from intents.catalog.genre_limits import read_genre_limit
from intents.catalog.year_limits import read_year_limit


def test_a_decade_after_a_preposition_is_a_limit() -> None:
    read = read_year_limit("alice moreau movies from the 90s".split())
    assert read is not None and read[0][:2] == (1990, 1999) and read[1:] == (3, 6)


def test_came_out_before_a_year_is_part_of_the_limit() -> None:
    read = read_year_limit("which movies came out before 2000".split())
    assert read is not None and read[0][:2] == (None, 1999) and read[1:] == (2, 6)


def test_a_bare_year_names_a_film_and_is_no_limit() -> None:
    assert read_year_limit("robocop 1987 director".split()) is None


def test_a_genre_before_movies_is_a_limit_and_movies_stays() -> None:
    read = read_genre_limit("horror movies directed by john carpenter".split())
    assert read is not None and read[0].genre == "horror" and read[1:] == (0, 1)


def test_a_genre_word_not_said_of_films_is_no_limit() -> None:
    assert read_genre_limit("who took action in the matrix".split()) is None
