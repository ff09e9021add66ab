""" "Which one is she in then?" asks which show: "one" stands for a show when someone is in it."""

from __future__ import annotations

_LEADS = frozenset("and ok okay so then wait oh".split())
_ASKING = frozenset({"which", "what"})
_BEING = frozenset({"is", "was", "are", "were"})
# Words after "in" that ask nothing more: "which one is she in then".
_TRAILING = frozenset("then now again exactly tho though lol actually".split())


def one_as_show(tokens: list[str]) -> list[str]:
    """ "which one is <someone> in (then)" as "which show is <someone> in"; other questions unchanged (not
    "which one is in agatha", which picks someone)."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    if len(tokens) < at + 3 or tokens[at] not in _ASKING:  # "which one" alone asks nothing of a show
        return tokens
    if tokens[at + 1] != "one" or tokens[at + 2] not in _BEING:
        return tokens
    rest = tokens[at + 3 :]
    last_in = max((i for i, w in enumerate(rest) if w == "in"), default=None)
    if last_in is None or last_in == 0 or any(w not in _TRAILING for w in rest[last_in + 1 :]):
        return tokens
    return [*tokens[:at], tokens[at], "show", *tokens[at + 2 :]]
