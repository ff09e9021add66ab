"""A title's short form: "Tara" for "United States of Tara". Fans and writers shorten a title that ends in
"of X" to its last word ("a bus with a giant 'Tara' billboard"); that word is the longer title, not a show of
its own."""

from __future__ import annotations

from collections import Counter


def short_forms(titles: Counter[str]) -> set[str]:
    """One-word titles that are the "of X" ending of a longer title among `titles`."""
    return {
        short
        for short in titles
        if " " not in short and any(long.endswith(f" of {short}") for long in titles if long != short)
    }


def without_short_forms(found: Counter[str], strong: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """Both counts without the short forms of the titles `found` holds."""
    short = short_forms(found)
    return (
        Counter({t: n for t, n in found.items() if t not in short}),
        Counter({t: n for t, n in strong.items() if t not in short}),
    )
