"""Phrases a fan opens an opinion or an aside with, before its own words ("hot take: X was better",
"unpopular opinion X is overrated", "fun fact ..."): never a title's start. Read by the title slot's leading
title (intents.title_slot) and by the aside readers (intents.understand.aside_heads, aside_titles)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

OPENING_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {
        ("hot", "take"),
        ("unpopular", "opinion"),
        ("controversial", "opinion"),
        ("popular", "opinion"),
        ("fun", "fact"),
        ("real", "talk"),
        ("side", "note"),
        ("random", "thought"),
        ("plot", "twist"),
        ("not", "gonna", "lie"),
        ("hear", "me", "out"),
        ("no", "offense"),
        ("no", "offence"),
        ("dont", "judge", "me"),
        ("dont", "hate", "me"),
        ("to", "be", "honest"),
        ("for", "the", "record"),
        ("long", "story", "short"),
        ("for", "context"),
        ("some", "context"),
        ("bit", "of", "background"),
    }
)


def past_opening(tokens: Sequence[str], fillers: Collection[str]) -> int:
    """Where a message's own words start, past single filler words and opening phrases."""
    at = 0
    while at < len(tokens):
        here = tuple(tokens[at:])
        phrase = next((p for p in OPENING_PHRASES if here[: len(p)] == p), ())
        if not phrase and tokens[at] not in fillers:
            break
        at += len(phrase) or 1
    return at
