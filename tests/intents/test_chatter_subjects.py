"""A title named in the chatter before a question ("my friend keeps talking about X, what's that about") is
the question's subject, even after a thread about another show: a title nobody knows gets "I don't have facts
about X", never the previous show's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_unknown_title_talked_about_is_not_answered_with_the_last_show(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world, "who created copper lanterns", "my cousin keeps talking about bramblewood, what's that about"
    )
    assert "Bramblewood" in answer.text and "Copper Lanterns" not in answer.text


async def test_an_unknown_title_one_is_obsessed_with_is_what_it_means(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "everyone at work is obsessed with bramblewood. what network is it on",
    )
    assert "Bramblewood" in answer.text and "Hulu" not in answer.text


async def test_an_introducer_inside_the_unknown_words_still_starts_the_title(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created copper lanterns", "my friend keeps mentioning bramblewood, is it any good"
    )
    assert "Bramblewood" in answer.text and "88%" not in answer.text


async def test_a_known_show_in_the_chatter_takes_over_the_thread(world: QuestionEngine) -> None:
    answer = await chat(world, "who created harbor nine", "i loved copper lanterns, who directed it")
    assert "Pia Lindqvist" in answer.text


async def test_the_show_talked_about_stays_the_subject_afterwards(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "my aunt keeps talking about harbor nine, what's that about",
        "who created it",
    )
    assert "Lise Armitage" in answer.text


async def test_an_unknown_title_whose_versions_are_compared_takes_over_the_thread(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "bramblewood us or uk version, which is better",
        "who's in the us one",
    )
    assert "Bramblewood" in answer.text and "Nadia Ferris" not in answer.text


async def test_versions_of_a_known_show_keep_it_the_subject(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created harbor nine",
        "us or uk version of copper lanterns, which is better",
        "who's in it",
    )
    assert "Nadia Ferris" in answer.text


async def test_a_person_talked_about_is_whom_she_means_not_the_last_answer(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created copper lanterns", "my friend keeps talking about nadia ferris, what's she in"
    )
    assert "Nadia Ferris" in answer.text and "Mara Quillon" not in answer.text


async def test_a_title_named_after_a_copula_is_what_it_means(world: QuestionEngine) -> None:
    for message in (
        "my new obsession is bramblewood, who created it",
        "my fave show rn is bramblewood, when is it back",
    ):
        answer = await chat(world, "who created copper lanterns", message)
        assert "Bramblewood" in answer.text and "Copper Lanterns" not in answer.text, message
