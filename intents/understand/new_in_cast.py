""" "who else is new this series?", "who's new?": who is new to a show is asked of its cast (the facts say who
is in it, not since when), never of one person's other work."""

from __future__ import annotations

_WHO = frozenset({"who", "whos"})
_BEING = frozenset({"is", "s", "are"})
# Words after "new" that say what is new instead ("who's new director", "who is new to netflix").
_NEW_WHAT = frozenset("in to on at as director directors writer writers showrunner creator cast".split())


def new_in_cast(tokens: list[str]) -> list[str]:
    """ "who [else] is new ..." read as "who [else] is new in the cast ..."; other tokens as they are."""
    if not tokens or tokens[0] not in _WHO:
        return tokens
    at = 2 if tokens[1:2] == ["else"] else 1
    if tokens[at : at + 1] and tokens[at] in _BEING:
        at += 1  # "who is new", "whos new" ("who's" may already hold its "is")
    elif tokens[0] != "whos":
        return tokens
    after = tokens[at + 1 : at + 2]
    if tokens[at : at + 1] != ["new"] or (after and after[0] in _NEW_WHAT):
        return tokens
    return [*tokens[: at + 1], "in", "the", "cast", *tokens[at + 1 :]]
