"""A yes/no about the count the last answer gave: after "how many episodes did euros lyn direct?", "is that
every episode of the first two seasons?" asks whether he directed every episode of them, so it is read as
"did euros lyn direct every episode of the first two seasons"."""

from __future__ import annotations

from intents.dialogue import Conversation

POINTING_WORDS = frozenset({"that", "thats"})
# "is that ...?" asked, or "so that's ...?" stated for confirmation ("that is" once the contraction is read).
_POINTERS = (("is", "that"), ("was", "that"), ("thats",), ("that", "is"), ("that", "was"))
# Words saying the count covers the whole of something: the claim checked is then the person's credit there.
_WHOLE = frozenset({"every", "all", "each", "whole", "entire"})
_DOING = frozenset({"did", "does", "has", "have", "do"})  # "how many episodes did he direct"


def count_as_claim(tokens: list[str], conv: Conversation) -> list[str] | None:
    """The last count question's person and verb asked of what the words say it covers, or None."""
    pointer = next((p for p in _POINTERS if tuple(tokens[: len(p)]) == p), None)
    last = conv.last
    if pointer is None or last is None or last.kind != "answer" or list(last.tokens[:2]) != ["how", "many"]:
        return None
    claim = tokens[len(pointer) :]
    if _WHOLE.isdisjoint(claim):
        return None
    asked = list(last.tokens)
    at = next((i for i in range(3, len(asked)) if asked[i] in _DOING), None)
    if at is None or len(asked) - at < 3:  # the auxiliary, someone, and what they did
        return None
    return [*asked[at:], *claim]
