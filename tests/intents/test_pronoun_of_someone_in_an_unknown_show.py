""" "he"/"she" right after a show nobody knows means someone of that show: asked of a known show beside it
("is he in heartstopper"), the answer is that there are no facts about the unknown show, never a "did you
mean" of the known show's cast or its premiere (an unknown title like "wednesday" read as a weekday)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_he_after_the_director_of_an_unknown_show_is_no_known_actor(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the bear", "is he in heartstopper")
    assert answer.kind == "unknown" and answer.text.startswith("I don't have facts about The Bear")


async def test_she_after_the_stars_of_an_unknown_weekday_title_is_no_premiere(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "is wednesday season 2 out yet", "who stars in it", "is she also in heartstopper"
    )
    assert answer.text.startswith("I don't have facts about Wednesday") and "premiere" not in answer.text


async def test_the_known_show_asked_without_a_pronoun_is_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the bear", "who plays nick in heartstopper")
    assert answer.kind == "answer" and "Kit Connor" in answer.text


async def test_he_after_a_known_person_is_still_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the bear", "who plays nick in heartstopper", "is he in it")
    assert not answer.text.startswith("I don't have facts about The Bear")


async def test_they_after_someone_unknown_is_no_synopsis(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "does aaron paul have instagram", "how many followers", "did they post about heartstopper"
    )
    assert answer.text.startswith("I don't have facts about Aaron Paul") and "schoolboys" not in answer.text


async def test_him_after_a_character_the_question_names_is_that_character(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is the bear season 3", "who directed it", "fine. nick in heartstopper, who plays him"
    )
    assert answer.kind == "answer" and "Kit Connor" in answer.text
