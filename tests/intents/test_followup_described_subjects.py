"""Follow-ups that lean on a subject described rather than named: a show described by someone in it as an
ellipsis, the name of the subject asked again, a person credited only with another title as "he"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_he_after_a_credit_on_a_title_known_only_as_work_means_that_person(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who directed the library suicides", "did he direct heartstopper")
    assert answer.text.startswith("Yes") and "Euros Lyn" in answer.text


async def test_a_show_described_by_someone_in_it_as_an_ellipsis_repeats_the_last_question(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "when does heartstopper season 3 come out?", "and joe's marvel show?")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_the_other_one_someone_is_in_is_their_show_besides_the_one_talked_about(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "where is heartstopper streaming", "and the other one joe's in?")
    assert "Disney+" in answer.text and "Netflix" not in answer.text


async def test_his_network_show_is_that_persons_show_on_that_network(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when does joe locke's marvel show come out", "and his netflix show?")
    assert "2024-10-03" in answer.answers


async def test_a_name_alone_after_and_stays_a_question_about_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who does kit connor play", "and joe locke?")
    assert "Charlie Spring" in answer.text


async def test_whats_his_name_again_names_the_person_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed hs season 3", "what else has he done", "what's his name again")
    assert answer.text.startswith("Andy Newberry")


async def test_a_person_corrected_to_a_description_asks_the_last_question_of_whom_it_describes(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "what else has euros lyn directed", "sorry wrong guy, i meant the season 3 director"
    )
    assert "Shetland" in answer.text and "Doctor Who" not in answer.text


async def test_a_character_named_with_its_own_show_is_the_last_question_about_that_character(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays nick", "the mystery teen in agatha?")
    assert answer.kind == "answer" and "Joe Locke" in answer.text


async def test_and_before_a_whole_question_about_his_role_asks_it_of_him(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "no wait i meant charlie", "and what's his marvel role")
    assert "Mystery Teen" in answer.text


async def test_his_network_show_inside_a_question_is_read_as_that_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays mystery teen", "when does his marvel show start")
    assert answer.answers[:1] == ("2024-09-18",)


async def test_a_character_with_its_show_after_a_question_naming_another_show_keeps_its_show(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who plays nick in new girl", "and charlie in heartstopper")
    assert "Joe Locke" in answer.text and "New Girl" not in answer.text


async def test_the_other_one_after_both_directors_were_listed_is_the_other_show_talked_about(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine,
        "when does hs3 come out",
        "and joe's marvel show?",
        "back to heartstopper, who directs it",
        "and the other one?",
    )
    assert answer.text.startswith("I don't have a director for Agatha All Along")


async def test_a_described_show_ellipsis_ending_in_is_in_checks_no_claim_of_its_own(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "where is heartstopper streaming", "and the show aubrey plaza is in?")
    assert answer.text.startswith("You can watch Agatha All Along on Disney+")


async def test_a_role_of_a_named_show_after_a_question_naming_someone_asks_who_holds_it(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who's in agatha all along with joe locke", "and the creator of hs?")
    assert "Alice Osman" in answer.text and "Kit Connor" not in answer.text


async def test_a_claim_asked_as_an_ellipsis_is_still_checked(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who's william gao", "who does he play", "and yasmin finney, she's in it too?"
    )
    assert answer.text.startswith("Yes")


async def test_a_role_after_a_question_about_someone_in_another_role_asks_who_holds_it(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who does william gao play", "the creator?")
    assert answer.text.startswith("Heartstopper was created by Alice Osman")
