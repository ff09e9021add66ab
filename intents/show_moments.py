"""Moments of a show fans name by what happens in them ("the kiss scene", "that rooftop clip"): talk about
the show, never a title nobody knows."""

from __future__ import annotations

_SHOW_MOMENTS = frozenset("scene scenes clip clips moment moments".split())
_MOMENT_DETERMINERS = frozenset("the that this those these".split())
_MOST_MOMENT_WORDS = 4  # "the first kiss scene"; a longer run is more than a moment's name


def names_a_moment(words: list[str]) -> bool:
    """'the kiss scene', 'that rooftop clip': a determiner, what happens, and a word for a moment."""
    return (
        2 < len(words) <= _MOST_MOMENT_WORDS
        and words[-1] in _SHOW_MOMENTS
        and words[0] in _MOMENT_DETERMINERS
    )
