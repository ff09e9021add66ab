"""'The other one' pointing at a name nobody knows: after "when's the bear s3" ... "and hs3?", "and the other
one, who's in it?" asks about The Bear, never about another season or person of the known show (which would
answer with that show's facts). Known shows are left to understand/references.py."""

from __future__ import annotations

from intents.dialogue import Conversation
from intents.understand.reference_tails import skip_tail
from intents.understand.references import persons_first

_EARLIEST = frozenset({"first"})
_BEFORE = frozenset({"other", "earlier", "previous"})
# "ones": "the other one's score" folds to "the other ones score".
_NOUNS = frozenset({"one", "ones", "show", "shows", "series", "title"})
_ONE = frozenset({"one", "ones"})
_SHOW_PRONOUNS = frozenset({"it", "its"})


def unknown_described(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "the other one" / "the first show" replaced by the words of the unknown title it
    points to; unchanged when it points to a known show, a person, or nothing."""
    if not any(isinstance(s, tuple) for s in conv.subjects):
        return tokens
    out: list[str] = []
    i = 0
    while i < len(tokens):
        order, noun = tokens[i + 1 : i + 2], tokens[i + 2 : i + 3]
        meant = (
            _meant(order[0], conv)
            if tokens[i] in ("the", "that") and order and noun and noun[0] in _NOUNS
            else None
        )
        if meant is not None and not (noun[0] in _ONE and persons_first(conv)):
            rest = tokens[skip_tail(tokens, i + 3) :]
            at = next((j for j, t in enumerate(rest) if t in _SHOW_PRONOUNS), None)
            if at is None:
                return [*out, *meant, *rest]
            # "back to the first show, who's in it?": the title goes where "it" stands.
            lead = out[:-2] if out[-2:] == ["back", "to"] else out
            return [*lead, *rest[:at], *meant, *rest[at + 1 :]]
        out.append(tokens[i])
        i += 1
    return out


def _meant(order: str, conv: Conversation) -> list[str] | None:
    """The unknown title `order` points to among the conversation's subjects, if it is one."""
    subjects = list(conv.subjects)
    if len(subjects) < 2:
        return None
    if order in _EARLIEST:
        meant = subjects[-1]
    elif order in _BEFORE:
        meant = subjects[1]
    else:
        return None
    return list(meant) if isinstance(meant, tuple) else None
