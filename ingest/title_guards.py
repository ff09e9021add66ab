"""Names that sit where a title would in a show context but are no title: a character with her actor in
brackets, an owner's possessive before the quoted title, a place, and a person in a cast list that a
release day in brackets closes."""

from __future__ import annotations

import re

from ingest.names import PERSON, is_person_name

# "Castle (March 9) stars ...": the context of a title with its day in brackets (title_patterns number 26).
DATED_ENTRY = 26
# A bracket opening with a month, which that context needs: a cheap test before the costly pattern.
DATED_BRACKET = re.compile(r"\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_PLACE_OF = re.compile(r"\b(?:city|town|state|county|island|streets) of\s+$")


def not_a_title(number: int, raw: str, before: str, after: str) -> bool:
    """Is `raw`, found by show context `number` between `before` and `after`, shown to be no title?"""
    bracket = re.match(rf"\s*\(({PERSON})\)", after)
    if bracket and is_person_name(bracket.group(1)):
        return True  # "the return of Amy (Skyler Day)": a character, her actor in brackets
    if re.search(r"\w['’]s$", raw) and re.match(r"\s+[“\"‘']", after):
        return True  # "canceled Baz Luhrmann's “The Get Down”": the owner, the title quoted after
    if _PLACE_OF.search(before):
        return True  # "a spinoff for the city of Chicago was canceled": a place
    if number != DATED_ENTRY:
        return False
    # "..., and Jesse Plemons (October 6th).": a film's day after its cast list; "hunt down the Maker
    # (September 29th)": a lower-case "the" shows a common noun's capital.
    people = all(is_person_name(p) for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", raw))
    listed = people and re.search(r"(?:,|\band|\bstars?|\bstarring)\s+$", before)
    return bool(listed or re.search(r"\bthe\s+$", before))
