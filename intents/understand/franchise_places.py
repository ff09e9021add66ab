"""A franchise as a place someone is in: "which heartstopper star is joining the mcu", "is anyone from it in
marvel" mean a show of that franchise, read as "a marvel show" (understand/described_shows.py finds which)."""

from __future__ import annotations

from intents.title_words import FRANCHISES
from intents.understand.described_shows import SHOW_NOUNS

# Words that put someone in a franchise: "in the mcu", "joining marvel", "part of the mcu".
_JOINING = frozenset("in into joining join joins joined".split())


def franchise_as_show(tokens: list[str]) -> list[str]:
    """The tokens with "in the mcu" / "joining marvel" read as "in a marvel show"; unchanged when the
    franchise is followed by a show noun already ("in a marvel show") or stands nowhere such."""
    for at, word in enumerate(tokens[:-1]):
        if word not in _JOINING:
            continue
        start = at + 1 + (tokens[at + 1] == "the")
        if start >= len(tokens) or tokens[start] not in FRANCHISES:
            continue
        after = tokens[start + 1 : start + 2]
        if after and (after[0] in SHOW_NOUNS or after[0] in FRANCHISES):
            continue
        return [*tokens[: at + 1], "a", tokens[start], "show", *tokens[start + 1 :]]
    return tokens
