"""What the hot path remembers gives what working it out again gives: a message's typed words spelt in one
scan, a catalog path read once per question shape, results kept per knowledge snapshot."""

from __future__ import annotations

import sys

import pytest

from db.knowledge import Knowledge
from intents.catalog.paths import ValueKind
from intents.catalog.reading import read_path
from intents.snapshot_memo import SnapshotMemo
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


def test_a_snapshot_memo_makes_each_result_once_and_afresh_for_another_snapshot() -> None:
    memo: SnapshotMemo[str, int] = SnapshotMemo(limit=2)
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(made)

    first, second = Knowledge(), Knowledge()
    assert memo.get(first, "a", lambda: make("a")) == 1
    assert memo.get(first, "a", lambda: make("a")) == 1  # remembered
    assert memo.get(second, "a", lambda: make("a")) == 2  # another snapshot: made again
    memo.get(second, "b", lambda: make("b"))
    assert memo.get(second, "c", lambda: make("c")) == 4  # past the limit: started afresh
    assert memo.get(second, "a", lambda: make("a")) == 5


def test_a_snapshot_memo_keeps_no_replaced_snapshot_alive() -> None:
    memo: SnapshotMemo[str, int] = SnapshotMemo(limit=8)
    other: SnapshotMemo[str, int] = SnapshotMemo(limit=8)
    old, new = Knowledge(), Knowledge()
    memo.get(old, "a", lambda: 1)
    other.get(old, "a", lambda: 1)
    held = sys.getrefcount(old)
    assert memo.get(new, "a", lambda: 2) == 2  # a question of the new snapshot: the old one is let go
    assert sys.getrefcount(old) == held - 1  # by every memo, the one not asked since too
    assert other.get(new, "a", lambda: 3) == 3
