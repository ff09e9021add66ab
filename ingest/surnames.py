"""Every full name an article gives, by surname: what lets "Burton directed ..." name Tim Burton."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.names import NOT_NAME, PERSON, is_person_name


def surname_index(text: str, titles: frozenset[str]) -> dict[str, frozenset[str]]:
    """Every person-shaped full name in `text`, by its last word."""
    index: dict[str, set[str]] = {}
    # "Downton Abbey’s Tuppence Middleton": the name after a possessive is indexed too.
    parts = (
        p
        for line in text.splitlines()
        for m in re.finditer(PERSON, line)
        for p in re.split(r"['’]s\b", m.group())
    )
    # "or “Mad Max,” who ...": a name in quotes is a nickname or a title, never someone's full name.
    quoted = set(re.findall(rf"[“\"‘']({PERSON})[,.!?]?[”\"’']", text))
    for name in parts:
        if name in quoted:
            continue
        words = name.split()
        while len(words) > 2 and words[0] in NOT_NAME:
            words = words[1:]  # "When Dan Fogelman's Paradise premiered": the name starts after "When"
        name = " ".join(words)
        if name not in titles and is_person_name(name) and not any(name in t for t in titles):
            index.setdefault(name.split()[-1], set()).add(name)
    return {k: frozenset(v) for k, v in index.items()}


def family_name_first(word: str, surnames: Mapping[str, frozenset[str]]) -> list[str]:
    """The full names in the `surnames` index whose first word is `word` ("Qiao" in "Qiao Shenglan", a name
    written family name first), unless `word` is someone's last word."""
    if word in surnames:
        return []
    return sorted({name for names in surnames.values() for name in names if name.split()[0] == word})
