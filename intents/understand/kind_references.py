"""A show called by the kind of show it is: "release date for the spinoff then?" while talking about a
spin-off means that show, as "it" would. Only when the conversation's show is described as one (its aliases
or synopsis say so); otherwise the words stay, and "the spinoff" asks for a spin-off of it."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# The words a fan uses for the kind, and the words a description of such a show holds.
_KINDS: dict[tuple[str, ...], frozenset[str]] = {
    ("spinoff",): frozenset({"spinoff", "spin"}),
    ("spin", "off"): frozenset({"spinoff", "spin"}),
    ("prequel",): frozenset({"prequel"}),
    ("sequel",): frozenset({"sequel"}),
    ("remake",): frozenset({"remake"}),
    ("reboot",): frozenset({"reboot"}),
}


def kind_as_subject(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the <kind>" as the conversation's show when that show is of that kind."""
    show = kb.shows.get(conv.last_show_id) if conv.last_show_id is not None and not conv.unknown else None
    if show is None:
        return tokens
    described = set(fold(" ".join([show.synopsis or "", *show.aliases]).replace("-", " ")).split())
    for at in range(len(tokens) - 1):
        if tokens[at] not in ("the", "that", "this"):
            continue
        for words, marks in _KINDS.items():
            end = at + 1 + len(words)
            if tuple(tokens[at + 1 : end]) == words and marks & described:
                return [*tokens[:at], *fold(show.title).split(), *tokens[end:]]
    return tokens
