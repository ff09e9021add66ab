"""Year limits read from a question's words ("from the 90s", "after 2010"), before any chain is read."""

from __future__ import annotations

from intents.catalog.year_limits import read_year_limit


def test_a_decade_after_a_preposition_is_a_limit() -> None:
    read = read_year_limit("alice moreau movies from the 90s".split())
    assert read is not None and read[0][:2] == (1990, 1999) and read[1:] == (3, 6)


def test_came_out_before_a_year_is_part_of_the_limit() -> None:
    read = read_year_limit("which movies came out before 2000".split())
    assert read is not None and read[0][:2] == (None, 1999) and read[1:] == (2, 6)


def test_a_bare_year_names_a_film_and_is_no_limit() -> None:
    assert read_year_limit("robocop 1987 director".split()) is None
