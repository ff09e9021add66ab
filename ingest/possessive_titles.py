"""Titles that open with a possessive word ("Schitt's Creek", "Hobb's Hollow") when the text writes them
whole.

The title finders drop a leading possessive, since "HBO's The Last of Us" and "Tim Burton's Wednesday" are a
network's and a maker's: "Schitt's Creek" then shrinks to "Creek". The possessive belongs to the title when
every time the text names the rest it writes that same word before it, and the word is never anyone's or
anything's on its own: no network, no part of a longer name, never written apart from the title.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.names import MONTH_WORDS, NETWORKS, is_person_name, network_names

_NETWORKS = frozenset(name for name, _pattern in NETWORKS)
_OWNER = re.compile(r"(?<![\w'’])([A-Z][a-z]+)(['’])s\s+$")


def _whole(title: str, text: str) -> str | None:
    """ "Schitt’s Creek" for "Creek" when the text writes it so at least twice and never otherwise."""
    owners: set[tuple[str, str]] = set()
    count = 0
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(title)}(?![\w-])", text):
        owner = _OWNER.search(text[max(0, match.start() - 40) : match.start()])
        if owner is None:
            return None
        before = text[: match.start() - len(owner.group())].rstrip(" ")
        first = re.search(r"[A-Z][\w.'’-]*$", before)
        if first and is_person_name(f"{first.group()} {owner.group(1)}"):
            return None  # "Tim Burton's Wednesday": the last word of a person's name
        owners.add((owner.group(1), owner.group(2)))
        count += 1
    if count < 2 or len({word for word, _a in owners}) != 1:
        return None
    word, apostrophe = sorted(owners)[0]
    if word in MONTH_WORDS or word in _NETWORKS or network_names(word) or network_names(f"{word}'s {title}"):
        return None
    whole = f"{word}{apostrophe}s {title}"
    # The word never stands apart from the title ("Schitt" alone would be someone's name).
    alone = re.findall(rf"(?<![\w'’-]){word}(?![\w-])(?!['’]s\s+{re.escape(title)})", text)
    return None if alone else whole


def restore_possessives(counts: Counter[str], text: str) -> Counter[str]:
    """Each title the text always writes after the same possessive word, counted under its whole title."""
    out: Counter[str] = Counter()
    for title, hits in counts.items():
        whole = _whole(title, text) if title[:1].isupper() else None
        out[whole or title] += hits
    return out
