"""A title's short form: "Tara" for "United States of Tara", "Ledger" for "The Salt Ledger". Fans and writers
shorten a title of several words to its last word ("a bus with a giant 'Tara' billboard", "Before 'Ledger,'
she wrote for ..."); that word is the longer title, not a show of its own."""

from __future__ import annotations

import re
from collections import Counter


def short_forms(titles: Counter[str], text: str) -> set[str]:
    """One-word titles that are the "of X" ending of a longer title among `titles`, or its last word when
    `text` never gives the word an owner of its own (Fox's "Empire" beside HBO's "Salt Empire" is a show)."""
    return {
        short
        for short in titles
        if " " not in short
        and (
            any(long.endswith(f" of {short}") for long in titles if long != short)
            or (any(_ends_with(long, short) for long in titles) and not _owned(short, text))
        )
    }


def _owned(short: str, text: str) -> bool:
    """Does `text` write `short` after a possessive ("Fox's 'Empire'")?"""
    return re.search(rf"['’]s\s+[\"“‘']?{re.escape(short)}\b", text) is not None


def _ends_with(long: str, short: str) -> bool:
    """Is `short` the last of two or more words of `long` (a leading "The" not counted)?"""
    words = long.split()
    if words and words[0] == "The":
        words = words[1:]
    return len(words) >= 2 and words[-1] == short


def without_short_forms(
    found: Counter[str], strong: Counter[str], text: str
) -> tuple[Counter[str], Counter[str]]:
    """Both counts without the short forms of the titles `found` holds, as `text` writes them."""
    short = short_forms(found, text)
    return (
        Counter({t: n for t, n in found.items() if t not in short}),
        Counter({t: n for t, n in strong.items() if t not in short}),
    )
