"""A question that only points ("who is that again?", "what's it called?") after talk that ends with a
description: "I can never remember the actor's name for Nick — who is that again?" asks who the actor for
Nick is; "saw everyone going mad over the Marvel show that Heartstopper guy is in — what's it called?" asks
what that show is called. The description is asked in the pointer's place (a one-hop reader then walks it).
"""

from __future__ import annotations

import re

from intents.text import fold

# The question that names nothing but a pointer: "who is that again", "what's it called", "what's his name".
_POINTING_ASK = re.compile(
    r"^\W*(?P<ask>who|what)(?:'s|s| is| was)? (?:that|it|this|he|she|(?P<name>his name|her name))(?: called)?"
    r"(?: again| exactly| now| then| tho| though)*\W*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:!?.()]+\s+|\s+[-–—]+\s+|[.!?]+$")
# The nouns a description is about: someone (asked "who") or a show (asked "what"); "one" may be either.
_SOMEONE = frozenset(
    """actor actress guy girl boy man woman lady person bloke dude lad director writer creator showrunner
    star lead one""".split()
)
_SHOW = frozenset("show series programme program one".split())
_DESCRIBED = _SOMEONE | _SHOW
_HEAD_REACH = 3  # words after "the" the noun it is about stands in: "the new marvel show"
_MAX_DESCRIPTION = 12  # words from "the": a longer run is a sentence of its own


def _description_ending(talk: str, heads: frozenset[str]) -> list[str] | None:
    """The description the talk's last clause ends with, from a "the" whose noun (one of `heads`) comes
    within a few words ("the actor for nick"), with a name asked of it left out ("the actor's name for
    nick", "the name of the actor"); None without one."""
    clauses = [c for c in _CLAUSE_END.split(talk) if c.strip()]
    if not clauses:
        return None
    words = fold(clauses[-1]).split()
    starts = [i for i, w in enumerate(words) if w == "the" and len(words) - i <= _MAX_DESCRIPTION]
    for start in starts:
        phrase = words[start:]
        if phrase[:3] == ["the", "name", "of"]:
            phrase = phrase[3:]
        # "the actor's name for nick": folded "actors name"
        at = next(
            (i for i in range(len(phrase) - 1) if phrase[i + 1] == "name" and phrase[i][:-1] in _DESCRIBED),
            None,
        )
        if at is not None:
            phrase = [*phrase[:at], phrase[at][:-1], *phrase[at + 2 :]]
        head = next((i for i in range(1, min(len(phrase), 1 + _HEAD_REACH)) if phrase[i] in heads), None)
        # Words must follow the noun and say which one: "the same show" alone points back itself.
        if head is not None and head + 1 < len(phrase):
            return phrase
    return None


def with_description_named_before(asked: str, talk: str) -> str:
    """The pointing question asked of the description the talk before it ended with ("who is that again?"
    -> "who is the actor for nick"); the question as it is otherwise."""
    pointing = _POINTING_ASK.match(asked)
    if pointing is None or not talk:
        return asked
    ask = "who" if pointing["name"] is not None else pointing["ask"].lower()  # "what's his name": who he is
    described = _description_ending(talk, _SOMEONE if ask == "who" else _SHOW)
    if described is None:
        return asked
    if pointing["name"] is not None:
        return f"who is {' '.join(described)}"
    called = " called" if pointing["ask"].lower() == "what" else ""  # "what is <the show> called"
    return f"{pointing['ask'].lower()} is {' '.join(described)}{called}"
