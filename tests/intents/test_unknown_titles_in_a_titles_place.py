"""A title nobody knows standing in a title's place ("the rt score for X", "when is X back") gets "I don't
have facts about X" even when a reader answered the default show past it (the seed database: Heartstopper is
the default show)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_score_for_an_unknown_title_is_not_the_default_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the rt score for My Hero Academia")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about My Hero Academia")
    assert "98%" not in answer.text


async def test_an_unknown_title_asked_back_in_capitals_is_not_the_default_show(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "WHEN IS mr. sunshine BACK")
    assert answer.kind == "unknown" and "Sunshine" in answer.text and "Heartstopper" not in answer.text


async def test_the_score_of_the_held_show_is_still_told(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the rt score for heartstopper")
    assert answer.kind == "answer" and "98%" in answer.text


async def test_everyday_words_in_a_titles_place_are_no_title(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "i want to rewatch from the beginning, how many episodes are in the first two seasons"
    )
    assert not answer.text.startswith("I don't have facts about")


async def test_a_word_said_to_the_bot_after_a_comma_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when was the first series originally released, dear?")
    assert answer.kind == "answer" and "April 22, 2022" in answer.text


async def test_a_watch_party_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "we're doing a watch party for season 3, which date should i write down")
    assert "October 3" in answer.text


async def test_what_the_fan_means_to_make_is_no_title(engine: QuestionEngine) -> None:
    # fan questions dev chatter: "... I want to make a anniversary post for our fan page." read "A Anniversary
    # Post" as a show someone made, in place of season 1's premiere.
    answer = await chat(
        engine,
        "when was the first season released originally? I want to make a anniversary post for our fan page.",
    )
    assert answer.kind == "answer" and "April 22, 2022" in answer.text


async def test_a_credit_asked_after_wanting_to_know_still_names_the_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "i want to know who made succession")
    assert answer.text.startswith("I don't have facts about Succession")
