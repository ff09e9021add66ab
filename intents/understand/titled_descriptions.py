"""A description of a show put right by its title: "the other show we talked about, heartstopper, when's the
new season" asks about Heartstopper, whatever "the other show" would point at. The description (and a
clause like "we talked about" after it) goes; the title stands for it."""

from __future__ import annotations

from collections.abc import Callable

from intents.resolve import Resolution

Link = Callable[[list[str]], Resolution]

# How a fan points at a show before naming it.
_DESCRIPTIONS = (
    ("the", "other", "show"), ("the", "other", "series"), ("the", "other", "one"), ("that", "other", "show"),
    ("that", "show"), ("that", "series"), ("the", "show"), ("the", "series"), ("the", "first", "show"),
    ("the", "first", "one"), ("the", "one"), ("that", "one"),
)  # fmt: skip
DESCRIPTION_STARTS = frozenset(d[0] for d in _DESCRIPTIONS)
# A clause saying where the show came up: "we talked about", "you mentioned earlier", "from before".
_CLAUSE_WORDS = frozenset(
    """we i you were was talked talking spoke asked asking about mentioned said discussed brought up
    before earlier from just""".split()
)
_CLAUSE_LONGEST = 5


def titled_description(tokens: list[str], link: Link) -> list[str] | None:
    """The tokens without a show's description that its title follows; None when there is none."""
    shows_at: set[int] | None = None  # linked only once a description is found
    for at, word in enumerate(tokens):
        if word not in DESCRIPTION_STARTS:
            continue
        phrase = next((d for d in _DESCRIPTIONS if tuple(tokens[at : at + len(d)]) == d), None)
        if phrase is None:
            continue
        end = at + len(phrase)
        clause = 0
        while (
            clause < _CLAUSE_LONGEST
            and tokens[end + clause : end + clause + 1] != []
            and (tokens[end + clause] in _CLAUSE_WORDS)
        ):
            clause += 1
        if clause and tokens[end + clause - 1] == "from":
            continue  # "the one from heartstopper" is someone in it, not the show put right
        if shows_at is None:
            shows_at = {m.start for m in link(tokens).mentions if m.refs and m.refs[0].kind == "show"}
        if end + clause in shows_at:
            return [*tokens[:at], *tokens[end + clause :]]
    return None
