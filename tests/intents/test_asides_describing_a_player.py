"""An aside naming someone by the character they play ("my son says the lad who plays charlie is in a
marvel programme") and a question about which show that is (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_player_described_by_their_character_names_their_other_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "My aunt reckons the lad who plays Charlie is in a Marvel programme. What is it called?"
    )
    assert "Agatha All Along" in answer.text


async def test_which_one_and_their_part_after_such_an_aside_asks_for_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "My brother says the young man who plays Charlie is off to a Marvel series. "
        "Which one, and who does he play?"
    )
    assert "Agatha All Along" in answer.text
    assert "Mystery Teen" in answer.text


async def test_a_superhero_show_is_a_franchise_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what superhero show is joe locke in")
    assert "Agatha All Along" in answer.text
