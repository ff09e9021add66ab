"""A verb's "-ing" typed without its g ("is he doin marvel stuff now??") reads as the verb; words that only
end in "in" ("robin", "satin") keep it."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.dropped_g import clipped_spelt, g_restored
from tests.helpers import chat


def test_a_verb_typed_without_its_g_gets_it_back() -> None:
    assert [g_restored(w) for w in ("doin", "sayin", "gettin", "writin")] == [
        "doing",
        "saying",
        "getting",
        "writing",
    ]


def test_a_word_that_only_ends_in_in_keeps_it() -> None:
    assert [g_restored(w) for w in ("robin", "satin", "cousin", "kin")] == ["robin", "satin", "cousin", "kin"]


async def test_a_check_with_a_dropped_g_is_answered_yes_first(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays charlie in heartstopper", "wait is he doin marvel stuff now??")
    assert answer.text.startswith("Yes") and "Agatha All Along" in answer.text


def test_clipped_words_in_a_message_are_spelt_whole() -> None:
    assert clipped_spelt("days til agatha, is he doin it") == "days until agatha, is he doing it"


def test_a_capitalised_name_ending_in_in_is_kept() -> None:
    assert clipped_spelt("is Robin in it") == "is Robin in it"


def test_a_capitalised_til_is_a_first_name_not_until() -> None:
    assert clipped_spelt("who directed the movies written by Til Schweiger") == (
        "who directed the movies written by Til Schweiger"
    )
