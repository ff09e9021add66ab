"""Corrections in fans' words: an opener before the new name ("wrong show lol, i meant ..."), a word taken
back after the new one ("tlou, not severance", "the audience score not critics") or before it ("not the
creator, the showrunner")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.openers import _stripped, strip_lead, without_taken_back
from tests.helpers import chat


def test_a_word_taken_back_after_the_new_one_is_left_out() -> None:
    assert without_taken_back("tlou not severance".split()) == ["tlou"]


def test_a_phrase_taken_back_before_the_new_one_is_left_out() -> None:
    assert without_taken_back("not the creator the showrunner".split()) == "the showrunner".split()


def test_a_negated_question_keeps_its_not() -> None:
    assert without_taken_back("is it not out yet".split()) == "is it not out yet".split()


async def test_wrong_show_then_the_new_show_repeats_the_question_for_it(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "wrong show lol, i meant copper lanterns season 1")
    assert answer.answers[:1] == ("2023-03-10",)


async def test_the_new_show_before_the_one_taken_back_is_asked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "where can i watch harbor nine", "copper lanterns, not harbor nine")
    assert answer.answers[:1] == ("Hulu",)


async def test_not_the_creator_the_director_asks_for_the_director(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "not the creator, the director")
    assert "Pia Lindqvist" in answer.text and "Mara Quillon" not in answer.text


async def test_im_asking_about_leads_into_the_correction(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "no i'm asking about the director")
    assert "Pia Lindqvist" in answer.text


def test_a_season_taken_back_before_the_new_one_is_left_out() -> None:
    assert without_taken_back("not s3 s2".split()) == ["s2"]


def test_but_starts_the_phrase_asked_for() -> None:
    assert without_taken_back("not season 4 but season 3".split()) == "season 3".split()


def test_of_two_bare_words_after_not_the_second_is_asked_for() -> None:
    assert without_taken_back("not writer producer".split()) == ["producer"]


def test_i_mean_after_the_correction_is_an_opener() -> None:
    assert strip_lead("the second season i mean".split()) == ("the second season".split(), True)


def test_make_that_leads_into_the_correction() -> None:
    assert strip_lead("actually make that the director".split()) == (["the", "director"], True)


async def test_not_one_season_but_another_asks_about_the_other(world: QuestionEngine) -> None:
    answer = await chat(world, "when is copper lanterns season 2 out", "not s2, s1")
    assert answer.answers[:1] == ("2023-03-10",)


async def test_make_that_the_director_replaces_the_creator(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "actually make that the director")
    assert "Pia Lindqvist" in answer.text and "Mara Quillon" not in answer.text


async def test_a_bare_role_taken_back_asks_for_the_other_role(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "not creator, director")
    assert "Pia Lindqvist" in answer.text and "Mara Quillon" not in answer.text


async def test_a_season_with_i_mean_after_it_repeats_the_question(world: QuestionEngine) -> None:
    answer = await chat(world, "when is copper lanterns season 2 out", "the first season i mean")
    assert answer.answers[:1] == ("2023-03-10",)


async def test_a_season_of_a_show_repeats_the_last_question_for_it(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes in copper lanterns season 1", "season 2 of copper lanterns")
    assert "10 episodes" in answer.text


async def test_i_typed_that_wrong_leads_into_the_new_show(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "i typed that wrong, harbor nine")
    assert "Lise Armitage" in answer.text


async def test_the_other_one_after_a_season_of_a_two_season_show_is_the_other_season(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "when is copper lanterns season 2 out", "no the other one")
    assert answer.answers[:1] == ("2023-03-10",)


async def test_the_other_season_repeats_a_count_for_it(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes in copper lanterns season 1", "and the other season?")
    assert "10 episodes" in answer.text


def test_a_one_letter_ok_leads_into_the_follow_up() -> None:
    lead_dropped = strip_lead("k back to hs did it get emmy noms".split())
    assert lead_dropped == ("hs did it get emmy noms".split(), True)


def test_a_wording_stripped_again_is_read_once_and_given_a_list_of_its_own() -> None:
    words = "ok and what about season two zzq".split()  # a wording no other test strips
    first, marked = strip_lead(words)
    first.append("changed")  # a caller amending what it was given changes no later stripping
    hits = _stripped.cache_info().hits
    again = strip_lead(list(words))
    assert again == ("season two zzq".split(), True) and marked
    assert _stripped.cache_info().hits == hits + 1
