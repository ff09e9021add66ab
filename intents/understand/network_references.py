"""'on there', 'that network': the network the conversation last named or answered ("where do i watch it" ->
Netflix ... "are s1 and s2 on there too?" asks about Netflix; "what else is on that service?" lists its
shows)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# The questions whose answer names the show's network.
_NETWORK_ANSWERS = frozenset({"where_to_watch", "network"})
_BEFORE = frozenset({"on", "be"})  # "on there", "going to be there"


# Nouns for a network ("that streamer" reaches here as "that streaming service"), after "that"/"this".
_NETWORK_NOUNS = (
    ("streaming", "service"), ("service",), ("network",), ("streamer",), ("platform",), ("channel",),
    ("app",), ("streaming", "platform"), ("streaming", "site"),
)  # fmt: skip
_POINTING = frozenset({"that", "this"})


def there_as_network(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "there" after "on" (or "be"), or "that network" / "that service", replaced by the
    network it points to; unchanged when none is."""
    pointed = _pointed_network(tokens)
    if pointed is not None:
        network = _last_network(conv, kb)
        start, end = pointed
        return [*tokens[:start], *network, *tokens[end:]] if network else tokens
    at = next((i for i in range(1, len(tokens)) if tokens[i] == "there" and tokens[i - 1] in _BEFORE), None)
    if at is None:
        return tokens
    network = _last_network(conv, kb)
    on = ["on"] if tokens[at - 1] == "be" else []  # "is s3 going to be there too": be on the network
    return [*tokens[:at], *on, *network, *tokens[at + 1 :]] if network else tokens


def _pointed_network(tokens: list[str]) -> tuple[int, int] | None:
    """Where "that network" / "this streaming service" stands after "on" or "does"/"has" ("what else does
    that streamer have"), or None."""
    for at in range(1, len(tokens) - 1):
        if tokens[at] not in _POINTING:
            continue
        noun = next((n for n in _NETWORK_NOUNS if tuple(tokens[at + 1 : at + 1 + len(n)]) == n), None)
        if noun is not None and tokens[at - 1] in ("on", "does", "has", "did"):
            return at, at + 1 + len(noun)
    return None


def _last_network(conv: Conversation, kb: Knowledge) -> list[str]:
    """The network the latest turn that named one (in its words or its answer) named."""
    for turn in reversed(conv.turns):
        named = next(((s, e) for kind, s, e in turn.slots if kind == "network"), None)
        if named is not None:
            return list(turn.tokens[named[0] : named[1]])
        show = kb.shows.get(turn.show_id) if turn.show_id is not None else None
        if turn.intent in _NETWORK_ANSWERS and turn.kind == "answer" and show is not None and show.network:
            return fold(show.network).split()
    return []
