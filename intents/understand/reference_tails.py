"""Where a described person or show ends: descriptions that say whom "the guy" is ("the guy who plays
nick"), and the words after a description that add nothing ("the other show we talked about", "the netflix
show he is known for")."""

from __future__ import annotations

# What may follow a description without adding to the question: "the other show we talked about".
_TAILS = (
    ("we", "talked", "about"), ("we", "were", "talking", "about"), ("you", "mentioned"), ("we", "discussed"),
    ("from", "before"), ("from", "earlier"), ("i", "asked", "about"), ("we", "talked", "about", "earlier"),
    ("you", "said"),
)  # fmt: skip


# Words after "the guy" that describe him rather than point back: "the guy who plays nick", "the actor from
# heartstopper".
_DESCRIBING = frozenset("who whos that thats from with playing which of on as at".split())
_ANY = frozenset("anything something any else other".split())


def undescribed(tokens: list[str], after: int) -> bool:
    """Whether "the guy" ending before `after` points back: no description follows, nor "in <a show>"."""
    rest = tokens[after:]
    in_a_show = rest[:1] == ["in"] and len(rest) > 1 and rest[1] not in _ANY
    return not rest or (rest[0] not in _DESCRIBING and not in_a_show)


# "the netflix show he is known for": a clause saying whose show it is, after the show is found.
_RELATIVES = (
    ("is", "known", "for"), ("was", "known", "for"), ("are", "known", "for"), ("is", "famous", "for"),
    ("is", "in"), ("was", "in"), ("stars", "in"), ("starred", "in"), ("plays", "in"), ("played", "in"),
)  # fmt: skip


def skip_relative(tokens: list[str], i: int) -> int:
    """Past "(that) he is known for" right after a described show: it says whose show, which is found."""
    at = i + (tokens[i : i + 1] in (["that"], ["which"]))
    if tokens[at : at + 1] not in (["he"], ["she"], ["they"]):
        return i
    return next((at + 1 + len(r) for r in _RELATIVES if tuple(tokens[at + 1 : at + 1 + len(r)]) == r), i)


def skip_tail(tokens: list[str], i: int) -> int:
    """Past the words at `i` that only say the thing was talked about before ("we talked about")."""
    for tail in _TAILS:
        if tuple(tokens[i : i + len(tail)]) == tail:
            return i + len(tail)
    return i
