"""Titles a network's possessive or a bracketed network names: a round-up placing each show."""

from __future__ import annotations

import re

from ingest.title_patterns import GENRE, NET

# "Netflix's most-watched English-language series": a word describing the kind of show is no title.
_NOT_A_KIND = re.compile(
    rf"\s+(?:{GENRE}|shows|films|movies|seasons?|titles?|programm\w*|original|content)\b"
)
_POSSESSIVE = re.compile(rf"(?:{NET})['’‘]s\s+(?:[a-z][\w-]*\s+){{0,3}}[“\"‘']?")
# Where a network in brackets follows a title ("Oak Sun (Starz)"): a lookahead, so every such place is found.
_NETWORK_IN_BRACKETS = re.compile(rf"(?=[”\"’']?\s+\((?:{NET})\s*[,;)])")


def owned_titles(prose: str, titles: set[str]) -> frozenset[str]:
    """Titles a network's possessive names ("Fox's New Girl, NBC's Whitney"): a round-up placing each show,
    which is a fact worth a record even when the article says nothing else about the show."""
    owned: set[str] = set()
    # Only titles starting with the character after the possessive can follow it: a round-up has hundreds
    # of possessives and titles, so look up that character's titles rather than trying every one.
    by_initial: dict[str, list[str]] = {}
    for title in titles:
        by_initial.setdefault(title[:1], []).append(title)
    for match in _POSSESSIVE.finditer(prose):
        after = prose[match.end() : match.end() + 120]
        for title in by_initial.get(after[:1], []) + by_initial.get("", []):
            rest = after[len(title) :]
            if after.startswith(title) and not re.match(r"\w", rest) and not _NOT_A_KIND.match(rest):
                owned.add(title)
    # "Oak Sun (Starz)": a network in brackets right after the title places it just as well. The places such
    # brackets start are found once; a title is placed when it ends at one (no pattern compiled per title).
    ends = [match.start() for match in _NETWORK_IN_BRACKETS.finditer(prose)]
    owned |= {t for t in titles if any(end >= len(t) and prose[end - len(t) : end] == t for end in ends)}
    return frozenset(owned)
