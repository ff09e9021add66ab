"""'on there': the network the conversation last named or answered ("where do i watch it" -> Netflix ...
"are s1 and s2 on there too?" asks about Netflix)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

# The questions whose answer names the show's network.
_NETWORK_ANSWERS = frozenset({"where_to_watch", "network"})
_BEFORE = frozenset({"on", "be"})  # "on there", "going to be there"


def there_as_network(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "there" after "on" (or "be") replaced by the network it points to; unchanged when none
    is."""
    at = next((i for i in range(1, len(tokens)) if tokens[i] == "there" and tokens[i - 1] in _BEFORE), None)
    if at is None:
        return tokens
    network = _last_network(conv, kb)
    on = ["on"] if tokens[at - 1] == "be" else []  # "is s3 going to be there too": be on the network
    return [*tokens[:at], *on, *network, *tokens[at + 1 :]] if network else tokens


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
