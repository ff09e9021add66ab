"""Messages that ask nothing by themselves: a lone exclamation or greeting ("huh", "alright"), or a
preposition with only a question word ("about who", "for what"). Without a subject nobody knows to say so of,
they get "I don't know how to answer that", never the default show's facts."""

from __future__ import annotations

from intents.ordinary_words import GREETINGS, INTERJECTIONS

_PREPOSITIONS = frozenset({"about", "of", "for", "from", "with", "by"})
_QUESTION_WORDS = frozenset({"who", "whom", "what", "which", "where", "when"})


def asks_nothing(tokens: list[str]) -> bool:
    """Whether the folded message holds only exclamations and greetings, or a preposition and a question
    word: no question of its own about any show."""
    if tokens and all(t in INTERJECTIONS or t in GREETINGS for t in tokens):
        return True
    return len(tokens) == 2 and tokens[0] in _PREPOSITIONS and tokens[1] in _QUESTION_WORDS
