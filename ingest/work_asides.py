"""Whether a title in brackets after a person's name is that person's other work ("Jeff Garlin ("Curb")")."""

from __future__ import annotations

import re

from ingest.names import PERSON, is_person_name

# "Jeff Garlin (“Curb”)", and in a cast list "Dylan (Matt Long, “Jack and Bobby”)": the actor's other work.
_ASIDE_OPEN = re.compile(rf"(?:({PERSON})\s+\(|\(({PERSON}),)\s*[“\"‘']?$")
_ASIDE_CLOSE = re.compile(r"[”\"’']?\s*[),;]")
_SURNAME_ASIDE = re.compile(r"(?<![\w'’])(?<!\bThe )[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+\([“\"‘']$")
# 'Kay ("Criminal," "Killing Eve")', "Vale (Iron Bay, Salt Road) returns": a later title of a bracketed
# list after a name, or a list after a surname, names that person's other work too.
_LISTED_ASIDE = re.compile(
    rf"(?:({PERSON})|(?<![\w'’])(?<!\bThe )[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+\("
    r"(?:[“\"‘']?[A-Z][^()“”\";]{0,50}?(?:[.]?[”\"’']?,|,[”\"’'])\s+(?:and\s+)?)+[“\"‘']?$"
)
_LISTED_CLOSE = re.compile(r"[”\"’']?\s*\)\s*(?:[a-z,;]|$)")
_LIST_OPEN = re.compile(r"(?:(?<![\w'’])(?<!\bThe )[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+\($")
_LIST_NEXT = re.compile(r"(?:[.]?[”\"’']?,|,[”\"’'])\s+[“\"‘']?[A-Z]")


def work_aside(before: str, after: str) -> bool:
    """'Jeff Garlin ("Curb Your Enthusiasm")', 'Kari Lizer (The New Adventures of Old Christine)': a title
    in brackets after a person's name is what that person is known for."""
    opened = _ASIDE_OPEN.search(before)
    if opened and is_person_name(opened.group(1) or opened.group(2)) and _ASIDE_CLOSE.match(after):
        return True
    # 'Dunham ("Tiny Furniture")': a quoted title in brackets after a surname alone is that person's too.
    if _SURNAME_ASIDE.search(before) and re.match(r"[”\"’']\s*\)", after):
        return True
    listed = _LISTED_ASIDE.search(before)
    if listed and (listed.group(1) is None or is_person_name(listed.group(1))) and _LISTED_CLOSE.match(after):
        return True
    # "Vale (Iron Bay, Salt Road)": the first of a list after a surname.
    return bool(_LIST_OPEN.search(before) and _LIST_NEXT.match(after))
