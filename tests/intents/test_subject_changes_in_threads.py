"""A thread's turns that change or put right what is asked: an excuse before "i meant", "switching to" a
show (named or described), "til" for until, and "that's every ..." said of the last answer."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.pronoun_predicates import pronoun_with_predicate
from intents.understand.fronted_descriptions import fronts_a_description
from tests.helpers import chat


async def test_an_excuse_set_off_before_i_meant_is_no_title(world: QuestionEngine) -> None:
    answer = await chat(
        world, "which awards was copper lanterns nominated for", "ugh autocorrect, i meant emmys"
    )
    assert "Outstanding Drama Series" in answer.text and "don't have facts" not in answer.text


async def test_a_few_words_of_excuse_before_i_mean_are_dropped(world: QuestionEngine) -> None:
    answer = await chat(world, "where can i watch copper lanterns", "stupid phone, i mean agatha")
    assert "Disney+" in answer.text


async def test_a_name_before_i_meant_is_still_read(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "harbor nine, i meant")
    assert "Lise Armitage" in answer.text


async def test_switching_to_a_named_show_asks_the_question_of_it(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created copper lanterns", "ok switching to harbor nine, is odile brandt in that"
    )
    assert answer.text.startswith("Yes")


async def test_switching_to_a_described_show_asks_the_question_of_it(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created harbor nine",
        "switching to the hulu show nadia ferris is in, is callum otieno in that",
    )
    assert answer.text.startswith("Yes") and "Copper Lanterns" in answer.text


def test_a_described_show_put_first_and_pointed_at_by_that_is_a_question_of_its_own() -> None:
    assert fronts_a_description("the hulu show nadia ferris is in is callum otieno in that".split())
    assert not fronts_a_description("the show that nadia ferris is in".split())


async def test_til_is_until(world: QuestionEngine) -> None:
    answer = await chat(world, "days til agatha")
    assert "Agatha All Along" in answer.text and "don't have facts" not in answer.text


def test_that_is_and_an_amount_is_said_of_something_not_a_title() -> None:
    assert pronoun_with_predicate("that is every single".split())
    assert pronoun_with_predicate("it is all".split())
    assert not pronoun_with_predicate("this is us".split())


async def test_thats_every_episode_is_asked_of_the_last_answer_not_of_a_title(world: QuestionEngine) -> None:
    answer = await chat(
        world, "how many episodes does copper lanterns season 1 have", "so that's every single ep of s1?"
    )
    assert "don't have facts" not in answer.text
