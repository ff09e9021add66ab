"""Fans' phrasings read as rules, on invented shows: words around a question, pronouns between two
questions in one message, titles typed with a slip, renewal and first-premiere wordings."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.question_sentence import lead_in


def test_the_words_before_an_indirect_question_stay_beside_it() -> None:
    message = (
        "Hi. My nephew adores Ember Crossing and asked me to find out when the next season starts. "
        "Could you help?"
    )
    asked, aside = question_part(message)
    assert asked.startswith("when the next season starts")
    assert "Ember Crossing" in aside


def test_lead_in_is_what_a_sentence_says_before_its_question() -> None:
    said = "my dad loves Ember Crossing, he wants to know"
    assert lead_in(f"{said} who plays Marisol", "who plays Marisol") == said
    assert lead_in("who plays Marisol", "who plays Marisol") == ""


async def test_a_show_named_before_an_indirect_question_is_its_subject(fans: QuestionEngine) -> None:
    message = (
        "Hi. My nephew adores Ember Crossing and asked me to find out when the next season starts. "
        "Could you help?"
    )
    answer = await fans.answer(message)
    assert "June 10, 2025" in answer.text


async def test_what_is_it_streaming_on_asks_the_service_of_the_show_said_before(fans: QuestionEngine) -> None:
    answer = await fans.answer("everyone keeps talking about the quiet orchard. what's it streaming on")
    assert "Apple TV+" in answer.text


async def test_what_is_a_show_on_asks_its_service(fans: QuestionEngine) -> None:
    answer = await fans.answer("what's ember crossing on")
    assert answer.intent == "where_to_watch"
    assert "Hulu" in answer.text


async def test_which_show_is_someone_from_asks_their_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("which show is tobias grell from")
    assert "Ember Crossing" in answer.text


async def test_what_is_someone_starring_in_asks_their_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("what is priya castellan starring in")
    assert answer.intent == "other_work"
    assert "The Quiet Orchard" in answer.text


async def test_which_show_is_it_after_naming_someone_asks_their_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("so i heard tobias grell is in some new drama?? what show is it")
    assert "Ember Crossing" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "loved ember crossing. is it getting another season?",
        "is ember crossing finished or is there more coming",
        "does ember crossing have a season 3 coming",
        "just finished ember crossing 😅 is there going to be a season 3?",
    ],
)
async def test_more_seasons_asked_for_in_any_words_ask_about_renewal(
    fans: QuestionEngine, question: str
) -> None:
    answer = await fans.answer(question)
    assert answer.intent == "renewal"


async def test_getting_another_season_is_answered_with_the_shows_status(fans: QuestionEngine) -> None:
    answer = await fans.answer("loved ember crossing. is it getting another season?")
    assert "final season" in answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who created the quiet orchrad", "Wendell Harp"),  # one slip
        ("who plays marisol dunne in embercrossing", "Tobias Grell"),  # a lost space
    ],
)
async def test_a_title_typed_with_a_slip_names_the_show(
    fans: QuestionEngine, question: str, said: str
) -> None:
    answer = await fans.answer(question)
    assert said in answer.text


async def test_a_title_two_words_away_is_another_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("who created the quiet garden")
    assert answer.kind == "unknown"
    assert "Wendell Harp" not in answer.text


async def test_an_honorific_before_a_characters_name_is_no_unknown_name(fans: QuestionEngine) -> None:
    answer = await fans.answer("who plays lady marr")
    assert "Priya Castellan" in answer.text


async def test_what_did_someone_write_before_a_show_asks_their_other_work(fans: QuestionEngine) -> None:
    answer = await fans.answer("what did wendell harp write before the quiet orchard")
    assert "Night Ferry" in answer.text


async def test_first_came_out_gives_the_first_season_alone(fans: QuestionEngine) -> None:
    answer = await fans.answer("when did ember crossing first come out")
    assert "May 2, 2021" in answer.text
    assert "June 10, 2025" not in answer.text


async def test_a_later_it_is_the_show_an_earlier_part_answered(fans: QuestionEngine) -> None:
    message = "the actor playing marisol dunne, which show is that and when does it come back"
    answer = await fans.answer(message)
    assert "June 10, 2025" in answer.text


async def test_a_later_he_is_the_one_person_an_earlier_part_answered(fans: QuestionEngine) -> None:
    answer = await fans.answer("who created the quiet orchard and what else has he done")
    assert "Night Ferry" in answer.text


async def test_who_else_is_in_it_asks_the_rest_of_the_cast(fans: QuestionEngine) -> None:
    answer = await fans.answer("wait, dana lower is in ember crossing?? who else is in it")
    assert answer.intent == "cast"
    assert "Tobias Grell" in answer.text


async def test_the_show_someone_produces_is_the_subject_of_a_chain(fans: QuestionEngine) -> None:
    answer = await fans.answer("which network has the show that priya castellan produces")
    assert "Apple TV+" in answer.text


async def test_the_latest_season_directed_is_the_latest_with_a_director(fans: QuestionEngine) -> None:
    answer = await fans.answer("who directed the latest season of the quiet orchard")
    assert "Lena Sorvik" in answer.text


async def test_a_title_followed_by_show_is_the_object_of_a_described_role(fans: QuestionEngine) -> None:
    answer = await fans.answer("what else has the creator of the quiet orchard show done")
    assert "Night Ferry" in answer.text


async def test_a_first_name_typed_with_one_slip_beside_its_show_names_the_character(
    fans: QuestionEngine,
) -> None:
    answer = await fans.answer("who plays marisoll in ember crossing")
    assert "Tobias Grell" in answer.text


async def test_a_first_name_typed_with_one_slip_and_no_show_stays_unknown(fans: QuestionEngine) -> None:
    answer = await fans.answer("who plays marisoll")
    assert answer.kind == "unknown"


async def test_a_first_name_alone_beside_its_show_names_the_person(fans: QuestionEngine) -> None:
    answer = await fans.answer("who does tobias play in ember crossing")
    assert "Marisol Dunne" in answer.text


async def test_two_unknown_words_beside_a_show_are_someone_else(fans: QuestionEngine) -> None:
    answer = await fans.answer("is tobias menzies in ember crossing")
    assert "Tobias Grell" not in answer.text.split(".")[0]
