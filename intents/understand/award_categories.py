"""'which categories?' right after a question about awards: the award categories ("back to hs, which
categories" after "did agatha get any awards"), which alone the word does not say."""

from __future__ import annotations

from intents.dialogue import Conversation

_CATEGORIES = frozenset({"categories", "category"})
_AWARD_WORDS = frozenset(
    "award awards nominated nomination nominations noms won win bafta emmy emmys".split()
)
_AWARD_INTENTS = frozenset({"awards"})


def categories_of_awards(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "award" put before a bare "categories" when the last question was about awards."""
    last = conv.last_understood
    at = next((i for i, t in enumerate(tokens) if t in _CATEGORIES), None)
    if at is None or last is None or last.intent not in _AWARD_INTENTS or not _AWARD_WORDS.isdisjoint(tokens):
        return tokens
    return [*tokens[:at], "award", *tokens[at:]]
