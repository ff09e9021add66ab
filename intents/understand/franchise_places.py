"""A franchise as a place someone is in: "which heartstopper star is joining the mcu", "is anyone from it in
marvel" mean a show of that franchise, read as "a marvel show" (understand/described_shows.py finds which)."""

from __future__ import annotations

from intents.title_words import FRANCHISES
from intents.understand.described_shows import SHOW_NOUNS

# Words that put someone in a franchise: "in the mcu", "joining marvel", "part of the mcu".
_JOINING = frozenset("in into joining join joins joined".split())
_PLACED = frozenset({"in", "on", "as"})


def franchise_as_show(tokens: list[str]) -> list[str]:
    """The tokens with "in the mcu" / "joining marvel" read as "in a marvel show"; unchanged when the
    franchise is followed by a show noun already ("in a marvel show") or stands nowhere such."""
    if not SHOW_NOUNS.isdisjoint(tokens):
        # "what show is he joining the mcu in": the question's own show noun asks which
        return _franchise_before_show(tokens)
    for at, word in enumerate(tokens[:-1]):
        if word not in _JOINING or _relative(tokens[:at]):
            continue  # "the heartstopper boy who joined marvel": a description, read as one elsewhere
        start = at + 1 + (tokens[at + 1] == "the")
        if start >= len(tokens) or tokens[start] not in FRANCHISES:
            continue
        after = tokens[start + 1 : start + 2]
        if after and (after[0] in FRANCHISES or after[0] in _PLACED):
            continue  # "joining the mcu in agatha all along": the show is named
        return [*tokens[: at + 1], "a", tokens[start], "show", *tokens[start + 1 :]]
    return tokens


def _relative(before: list[str]) -> bool:
    """Whether the words before the verb open a relative clause ("who joined", "who is joining")."""
    return before[-1:] in (["who"], ["whos"], ["that"]) or before[-2:] in (["who", "is"], ["who", "s"])


def _franchise_before_show(tokens: list[str]) -> list[str]:
    """ "what show is joe locke in for marvel" as "what marvel show is joe locke in": a franchise the show is
    for, said last, says which show (it is no title "For Marvel")."""
    if len(tokens) < _MIN_FOR_TOKENS or tokens[-2] != "for" or tokens[-1] not in FRANCHISES:
        return tokens
    noun = next(i for i, t in enumerate(tokens) if t in SHOW_NOUNS)
    if noun >= len(tokens) - 2:
        return tokens
    return [*tokens[:noun], tokens[-1], *tokens[noun:-2]]


_MIN_FOR_TOKENS = 4
