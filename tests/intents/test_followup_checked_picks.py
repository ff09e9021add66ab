"""A pick among the people a yes/no check named ("are they both in agatha all along" ... "which one is?"),
and a pick's answer that does not name the other person again."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_which_one_is_after_a_check_of_two_picks_by_what_was_checked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "are joe locke and kit connor in agatha all along", "which one is")
    assert answer.kind == "answer" and "Joe Locke" in answer.text and "Kit Connor" not in answer.text


async def test_which_of_the_pair_is_in_it_after_they_both(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who plays charlie and nick in heartstopper", "are they both in agatha all along",
        "so which of the pair is in it",
    )  # fmt: skip
    assert "Joe Locke" in answer.text and "Kit Connor" not in answer.text


async def test_a_pick_by_a_title_names_only_the_one_picked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper", "which of those two did torchwood")
    assert answer.text.startswith("Euros Lyn") and "Newberry" not in answer.text


async def test_what_characters_do_they_play_after_a_check_of_two(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "joe locke and kit connor are in heartstopper right", "what characters do they play"
    )
    assert "Charlie" in answer.text and "Nick" in answer.text
