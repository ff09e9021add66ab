""" "then" after a preposition as the date the last answer gave: "when does hs3 come out" ... "will agatha be
out by then" asks whether Agatha All Along is out by October 3, 2024."""

from __future__ import annotations

from intents.dialogue import Conversation

_BEFORE_THEN = frozenset("by before after until till til".split())


def then_as_date(tokens: list[str], conv: Conversation) -> list[str] | None:
    """The tokens with "by then" (and the like) as "by <month> <day> <year>", or None when they hold no such
    phrase or no answer gave a date."""
    day = conv.last_date
    at = next(
        (i for i in range(1, len(tokens)) if tokens[i] == "then" and tokens[i - 1] in _BEFORE_THEN), None
    )
    if day is None or at is None:
        return None
    return [*tokens[:at], day.strftime("%B").lower(), str(day.day), str(day.year), *tokens[at + 1 :]]
