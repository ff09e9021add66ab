"""A fan correcting themselves inside one message ("... jk i mean who is in the good place"): what follows
the correction is what they ask."""

from __future__ import annotations

_CORRECTIONS = frozenset(
    {
        ("i", "mean"),
        ("i", "meant"),
        ("no", "wait"),
        ("scratch", "that"),
        ("jk", "i"),
        ("jk", "just"),
        ("nvm", "just"),
    }
)
_CORRECTION_FIRSTS = frozenset(first for first, _then in _CORRECTIONS)  # a message with none corrects nothing


def after_correction(tokens: list[str]) -> list[str]:
    """What follows a correction inside one message ('... jk i mean who is in the good place')."""
    if _CORRECTION_FIRSTS.isdisjoint(tokens):
        return tokens
    for n in range(len(tokens) - 2, 0, -1):
        if tuple(tokens[n : n + 2]) in _CORRECTIONS and len(tokens) - (n + 2) >= 2:
            return tokens[n + 2 :]
    return tokens
