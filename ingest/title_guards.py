"""Names that sit where a title would in a show context but are no title: a character with her actor in
brackets, an owner's possessive before the quoted title, and a place."""

from __future__ import annotations

import re

from ingest.names import PERSON, is_person_name

_PLACE_OF = re.compile(r"\b(?:city|town|state|county|island|streets) of\s+$")


def not_a_title(raw: str, before: str, after: str) -> bool:
    """Is `raw`, found in a show context between `before` and `after`, shown to be no title?"""
    bracket = re.match(rf"\s*\(({PERSON})\)", after)
    if bracket and is_person_name(bracket.group(1)):
        return True  # "the return of Amy (Skyler Day)": a character, her actor in brackets
    if re.search(r"\w['’]s$", raw) and re.match(r"\s+[“\"‘']", after):
        return True  # "canceled Baz Luhrmann's “The Get Down”": the owner, the title quoted after
    # "an offshoot set in the city of Denver got axed": a place
    return _PLACE_OF.search(before) is not None
