""" "who's joe in aaa", "who's kit in hs": who someone is in a show is whom they play there."""

from __future__ import annotations

# Words between "who's" and "in" that make it another question ("who's the director in it", "who's new in").
_NOT_A_NAME = frozenset(
    """the a an that this these those else new main lead actor actress star stars cast director directors
    creator writer showrunner all also still even""".split()
)
_MAX_NAME = 3
# "who's playing abby in ...", "who's directing s3 in ...": a verb in -ing right after "who's" asks who does
# that, so what follows is no one's name (a first name in -ing, "Sterling", is rare enough to give up).
_PARTICIPLE_END = "ing"
_SHORTEST_PARTICIPLE = 5


def role_in_show(tokens: list[str]) -> list[str]:
    """ "whos X in Y" read as "who does X play in Y"; other tokens as they are."""
    if tokens[:1] != ["whos"] or "in" not in tokens[2:]:
        return tokens
    at = tokens.index("in", 2)
    between = tokens[1:at]
    if len(between) > _MAX_NAME or _NOT_A_NAME & set(between) or at + 1 >= len(tokens):
        return tokens
    if between and len(between[0]) >= _SHORTEST_PARTICIPLE and between[0].endswith(_PARTICIPLE_END):
        return tokens
    return ["who", "does", *between, "play", "in", *tokens[at + 1 :]]
