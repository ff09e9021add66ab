"""Follow-ups that point back into the conversation ("the first guy", "the other show", "his other show"),
put the subject before the question, take a name back ("not nick, charlie"), follow a show nobody knows."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_back_to_the_first_guy_means_the_first_person_answered(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays charlie in heartstopper",
        "who plays nick?",
        "back to the first guy, what else has he been in?",
    )
    assert answer.kind == "answer" and "Agatha All Along" in answer.text


async def test_the_other_show_we_talked_about_repeats_the_question_for_it(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "where can i watch agatha all along?",
        "where can i watch heartstopper?",
        "what about the other show we talked about?",
    )
    assert answer.answers[:1] == ("Disney+",)


async def test_his_show_is_the_one_show_the_person_is_in(engine: QuestionEngine) -> None:
    answer = await chat(engine, "tell me about kit connor", "when is his show out")
    assert "2024-10-03" in answer.answers


async def test_his_other_show_is_the_one_that_is_not_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does joe locke play in heartstopper", "and what's his other show called")
    assert "Agatha All Along" in answer.text and "Charlie Spring" not in answer.text


async def test_that_guy_is_the_person_just_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "what else is that guy in")
    assert "Agatha All Along" in answer.text


async def test_the_fans_ask_for_the_audience_score(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper critics score", "and the fans?")
    assert answer.kind == "answer" and "96%" in answer.text and "98%" not in answer.text


async def test_not_one_name_but_another_takes_the_second(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick in heartstopper", "wait not nick, charlie")
    assert answer.answers[:1] == ("Joe Locke",)


async def test_a_bare_number_after_a_season_question_is_a_season(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 1", "and 3?")
    assert answer.answers[:1] == ("Andy Newberry",)


async def test_a_subject_before_its_question_replaces_it(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "where can i watch agatha all along?", "ok and heartstopper s3, is that on netflix"
    )
    assert answer.answers[:1] == ("Yes",) and "Heartstopper" in answer.text


async def test_a_person_named_before_he_is_who_he_means(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who plays charlie in heartstopper", "and his co-star kit connor, who does he play?"
    )
    assert "Nick Nelson" in answer.text and "Charlie Spring" not in answer.text


async def test_a_new_person_is_asked_about_in_their_own_show(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "joe locke plays who in heartstopper", "and in agatha all along?", "kit connor?"
    )
    assert "Nick Nelson" in answer.text


async def test_he_after_a_character_of_an_unknown_show_is_that_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays carmy in the bear?", "what else is he in")
    assert answer.kind == "unknown" and "The Bear" in answer.text and "Agatha" not in answer.text


async def test_a_character_is_linked_by_the_last_name_alone(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nelson in heartstopper?")
    assert answer.answers[:1] == ("Kit Connor",)


async def test_a_misspelt_first_name_before_a_last_name_is_the_full_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charly spring")
    assert answer.answers[:1] == ("Joe Locke",)


async def test_a_relation_before_a_name_leaves_the_name(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick nelson", "and who plays his boyfriend charlie?")
    assert answer.answers[:1] == ("Joe Locke",)


async def test_sorry_meant_then_a_fronted_subject_is_a_yes_no_about_it(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "where can i watch agatha all along?", "sorry meant heartstopper season 3, is that on netflix"
    )
    assert answer.answers[:1] == ("Yes",)


async def test_a_character_of_the_unknown_show_leaves_it_the_subject(engine: QuestionEngine) -> None:
    answer = await chat(engine, "arcane season 2 rotten tomatoes", "who voices jinx", "is it on netflix")
    assert answer.kind == "unknown" and "Arcane" in answer.text


async def test_she_after_a_who_question_answered_with_one_person_means_that_person(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who directed the show nadia ferris is in", "what else has she done")
    assert "Northern Tide" in answer.text and "Nadia Ferris" not in answer.text


async def test_she_after_a_yes_no_question_about_someone_means_them(world: QuestionEngine) -> None:
    answer = await chat(world, "is odile brandt in copper lanterns", "who does she play")
    assert "Captain Vey" in answer.text
