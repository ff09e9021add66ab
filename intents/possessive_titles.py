"""An unknown title is said back as the fan wrote it: reading drops a possessive 's ("the handmaid's tale" is
read as "the handmaid tale"), so "I don't have facts about The Handmaid Tale" would misname the show."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from intents.answer import Answer
from intents.number_spelling import UNKNOWN_LEAD
from intents.possessives import possessive_words
from intents.query import Conversation
from intents.text import MAX_QUESTION_CHARS, fold

# A title word followed by another word of the same title: only there is an 's part of the name ("The Bear."
# ends the title; "The Bear's" would be the fan's possessive of it, not its name).
_POSSESSIVES_KEPT = 8  # a conversation says back the 's of this many of the fan's latest possessive words
_TITLE_WORD = re.compile(r"(?<![\w'’])([A-Za-z0-9][\w+-]*)(?= [A-Za-z0-9])")


def possessives_as_typed(answer: Answer, typed: Iterable[str]) -> Answer:
    """The answer, with each word of an unknown title that the fan typed with a possessive 's (`typed`: those
    words, folded) written with it again ("The Handmaid Tale" -> "The Handmaid's Tale")."""
    if answer.kind != "unknown" or not answer.text.startswith(UNKNOWN_LEAD):
        return answer
    words = set(typed)
    if not words:
        return answer
    name, stop, rest = answer.text[len(UNKNOWN_LEAD) :].partition(". ")

    def with_possessive(match: re.Match[str]) -> str:
        word = match.group(1)
        return f"{word}'s" if fold(word) in words else word

    said = _TITLE_WORD.sub(with_possessive, name)
    return answer if said == name else replace(answer, text=f"{UNKNOWN_LEAD}{said}{stop}{rest}")


def typed_possessives(conversation: Conversation | None, question: str) -> tuple[str, ...]:
    """The words the fan wrote with a possessive 's, in this question and (remembered) earlier ones."""
    typed = tuple(possessive_words(question[:MAX_QUESTION_CHARS]))
    if conversation is None:
        return typed
    if typed:
        kept = (*typed, *(w for w in conversation.possessives_typed if w not in typed))
        conversation.possessives_typed = kept[:_POSSESSIVES_KEPT]
    return conversation.possessives_typed
