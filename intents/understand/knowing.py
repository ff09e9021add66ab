"""'do you know paul mescal?', 'ever heard of the bear?': asking whether Marquee knows a name at all. A
known person is asked about ("who is X"); a name nobody knows is read as "what about X", so the reply says
it has no facts about X, and X becomes what the conversation's "he" or "it" means next (never another
show)."""

from __future__ import annotations

from intents.resolve import Resolution
from intents.title_words import WH_WORDS

# How the fan asks whether a name is known, longest first.
_OPENERS: tuple[tuple[str, ...], ...] = (
    ("what", "do", "you", "know", "about"), ("do", "you", "know", "anything", "about"),
    ("have", "you", "heard", "of"), ("do", "you", "know"), ("ever", "heard", "of"), ("you", "know"),
    ("heard", "of"),
)  # fmt: skip
# Words after "do you know" that open a question or a clause, not a name ("do you know if it's out").
_NOT_NAMES = WH_WORDS | frozenset("if whether that any anything of about".split())
_KNOWN_KINDS = frozenset({"show", "person", "character"})


def knowing_as_about(tokens: list[str], res: Resolution) -> list[str] | None:
    """ "do you know X" as "what about X" when X names nothing known, as "who is X" when X is a known person
    alone; None for other questions."""
    lead = next((o for o in _OPENERS if tuple(tokens[: len(o)]) == o), None)
    if lead is None:
        return None
    rest = tokens[len(lead) :]
    if not rest or rest[0] in _NOT_NAMES:
        return None
    known = [m for m in res.mentions if m.refs[0].kind in _KNOWN_KINDS]
    if not known:
        return ["what", "about", *rest]
    whole = len(known) == 1 and known[0].start == len(lead) and known[0].end == len(tokens)
    if whole and known[0].refs[0].kind == "person":
        return ["who", "is", *rest]  # "you know yasmin finney?": who she is
    return None
