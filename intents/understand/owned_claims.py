"""A claim that a title is someone's, put in a statement's order ("and torchwood is his too?", "so doctor
who is hers?"), asked as the check it is: "is torchwood his too", which says yes or no first."""

from __future__ import annotations

_OWNERS = frozenset({"his", "hers", "her", "theirs", "their"})
_LEADS = frozenset({"and", "so", "ok", "okay", "wait", "oh", "hmm", "also"})
_VERBS = frozenset({"is", "was"})
_TAILS = (("too",), ("as", "well"), ("also",), ("right",), ())
# Words that open a question of its own ("what is his", "who is hers"): no title comes first.
_ASKING = frozenset("what whats which who whos when where how why is was are does did do has have".split())


def owned_claim_asked(tokens: list[str]) -> list[str] | None:
    """'<title> is his too' as 'is <title> his too', or None when the words are not that claim."""
    start = 0
    while start < len(tokens) and tokens[start] in _LEADS:
        start += 1
    at = next((i for i in range(start + 1, len(tokens) - 1) if tokens[i] in _VERBS), None)
    if at is None or tokens[at + 1] not in _OWNERS or tokens[start] in _ASKING:
        return None
    tail = tuple(tokens[at + 2 :])
    if tail not in _TAILS:
        return None
    return [tokens[at], *tokens[start:at], *tokens[at + 1 :]]
