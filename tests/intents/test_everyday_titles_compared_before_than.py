""" "is friends better rated than heartstopper": the subject between the opening auxiliary and the words
comparing it ("better rated", "rated higher", "more popular") is the other side of the comparison; a title of
everyday words nobody knows there gets "I don't have facts about X, so I can't compare it", never the known
show's scores alone. Pointers and parts ("it", "this show", "the score") stay the fan's talk."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_everyday_title_better_rated_than_the_held_show_is_declined(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is friends rated higher than heartstopper")
    assert answer.text.startswith("I don't have facts about Friends, so I can't compare it")


async def test_a_title_opening_with_a_comparing_word_is_read_whole(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is better call saul better rated than heartstopper")
    assert answer.text.startswith("I don't have facts about Better Call Saul")


async def test_a_pointer_compared_with_the_held_show_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is the score higher than heartstopper")
    assert not answer.text.startswith("I don't have facts about")


async def test_its_after_a_declined_comparison_is_the_unknown_title(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "is friends rated higher than heartstopper", "what's its rotten tomatoes score then"
    )
    assert answer.text.startswith("I don't have facts about Friends") and "98%" not in answer.text
