"""One scan spells a message's typed words as the two spellings in turn do, remembering each word's result."""

from __future__ import annotations

import pytest

from intents.catalog.paths import ValueKind
from intents.catalog.reading import read_path
from intents.typed_words import TypedWords
from intents.understand.glued_names import spell_glued_names
from intents.understand.question_words import spell_question_words

_NAMES = frozenset({"agatha all along", "joe locke", "wen"})
_NAME_WORDS = frozenset({"agatha", "all", "along", "joe", "locke", "wen"})
_VOCABULARY = frozenset({"play", "come", "star", "plays", "role"})


def _both_in_turn(text: str) -> str:
    asked = spell_question_words(text, _NAMES.__contains__, _VOCABULARY.__contains__)
    return spell_glued_names(asked, _NAMES.__contains__, _NAME_WORDS, _VOCABULARY.__contains__)


@pytest.mark.parametrize(
    "text",
    [
        "Wher is AgathaAllAlong streaming?",
        "whoplays Nick in joelocke's show",
        "WAHT role does JoeLocke play... waht else",
        "is wen in it",
        "whatever works, Heartstopper!!",
        "",
    ],
)
def test_one_scan_spells_as_the_two_spellings_in_turn(text: str) -> None:
    typed = TypedWords(_NAMES.__contains__, _NAME_WORDS, _VOCABULARY.__contains__)
    assert typed.spell(text) == _both_in_turn(text)
    assert typed.spell(text) == _both_in_turn(text)  # again, from what it remembered


def test_a_word_kept_keeps_its_capitals_wherever_it_is_met_again() -> None:
    typed = TypedWords(_NAMES.__contains__, _NAME_WORDS, _VOCABULARY.__contains__)
    assert typed.spell("who is Kit") == "who is Kit"
    assert typed.spell("KIT who") == "KIT who"


def test_a_path_is_read_from_the_words_around_the_name_whatever_the_name() -> None:
    first = "what films did tom hanks act in".split()
    other = "what films did the rock act in".split()
    # Names of different lengths: the same shape, the same reading, and the name's own words play no part.
    assert read_path(first, 3, 5, ValueKind.PERSON) == read_path(other, 3, 5, ValueKind.PERSON)
    directed = "what films did a director of note act in".split()
    assert read_path(directed, 3, 7, ValueKind.PERSON) == read_path(first, 3, 5, ValueKind.PERSON)
    assert read_path(first, 3, 5, ValueKind.PERSON) is not None
