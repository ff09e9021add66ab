"""Fillers drawn out as fans type them ("ummm", "hmmm", "okkk", "hiii"): still fillers, never a name."""

from __future__ import annotations

_DRAWN_OUT = ("um", "uh", "hm", "so", "ok", "hey", "ah", "oh", "pls", "plz", "omg", "ugh", "hi")
# "soo" is also a given name's part ("Kim Soo-hyun"): a "so" drawn out takes two more o's.
_NAME_PARTS = frozenset({"soo"})

DRAWN_OUT_FILLERS: dict[str, tuple[str, ...]] = {
    drawn: ()
    for word in _DRAWN_OUT
    for n in range(1, 6)
    if (drawn := f"{word}{word[-1] * n}") not in _NAME_PARTS
}
