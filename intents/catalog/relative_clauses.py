"""A person's films named by a clause after them: "who directed the movies [Tom Hanks] was in".

The reader orders relation phrases outward from the name, words before it first, so "the movies [X] appeared
in" would read "directed" first (X's directed films) and the clause second. A clause right after the person,
with the films said just before the name, says which of the person's films are meant: it is the first hop.
"was in" and "has been in" say acting without a role verb; "[X] worked with" asks for the people of X's films.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_FILMS_BEFORE = re.compile(r"\b(?:films?|movies?|pictures?|flicks?)(?: (?:that|which))?$")
_AUXILIARY = r"(?:(?:has|had|have|did|does|do) )?"
_BEEN_IN = re.compile(rf"^{_AUXILIARY}(?:was|were|is|are|been|be) in\b")
_VERB = re.compile(rf"^{_AUXILIARY}(?P<verb>\S)")


class Clause(NamedTuple):
    """Where the clause's verb starts in the joined words after the person, and whether it says acting
    without a role verb (then the clause's words up to `end` name no other relation)."""

    verb_start: int
    acted: bool
    end: int


def clause_after_person(before: tuple[str, ...], after: tuple[str, ...]) -> Clause | None:
    """The clause naming a person's films ("the movies [X] starred in"), or None when there is none."""
    if not after or _FILMS_BEFORE.search(" ".join(before)) is None:
        return None
    right = " ".join(after)
    been_in = _BEEN_IN.match(right)
    if been_in is not None:
        return Clause(0, True, been_in.end())
    verb = _VERB.match(right)
    return Clause(verb.start("verb") if verb is not None else 0, False, 0)


_WORKED_WITH = re.compile(rf"^{_AUXILIARY}(?:ever )?work(?:s|ed|ing)? with\b")


def worked_with(after: tuple[str, ...]) -> bool:
    """Whether the words after a person ask whom they worked with ("which actors has [X] worked with"): the
    people named before, in the films of the person's usual role."""
    return _WORKED_WITH.match(" ".join(after)) is not None
