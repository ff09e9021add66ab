"""Checks asked without a verb ("kh in aaa?", "hs cast ft. colman?", "what is it on, netflx?") and names
or titles typed by ear ("katherine hahn", "newbury", "shetlund"): yes or no first."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_person_in_a_show_asked_back_is_a_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("kathryn hahn in agatha all along?")
    assert answer.text.startswith("Yes")


async def test_a_cast_featuring_someone_is_a_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs cast ft. colman?")
    assert answer.text.startswith("Yes") and "Colman" in answer.text


async def test_a_value_asked_of_someone_in_a_show_is_no_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("tobie donovan's character in heartstopper?")
    assert not answer.text.startswith("Yes")


async def test_a_network_guessed_after_a_comma_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is heartstoper on, netflx?")
    assert answer.text.startswith("Yes") and "Netflix" in answer.text


async def test_a_misspelt_network_is_read_as_that_network(engine: QuestionEngine) -> None:
    answer = await engine.answer("is agatha all along on disny+")
    assert answer.text.startswith("Yes") and "Disney+" in answer.text


async def test_a_first_name_spelt_by_ear_beside_an_exact_surname_is_that_person(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("is katherine hahn in agatha all along")
    assert answer.text.startswith("Yes") and "Kathryn Hahn" in answer.text


async def test_a_misspelt_surname_and_a_misspelt_work_title_are_both_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("did newbury direct shetlund")
    assert answer.text.startswith("Yes") and "Shetland" in answer.text


async def test_a_surname_alone_is_read_beside_a_title_of_their_other_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("did lyn work on torchwood")
    assert answer.text.startswith("Yes") and "Euros Lyn" in answer.text


async def test_a_streamer_written_as_a_letter_and_a_plus_is_that_streamer(engine: QuestionEngine) -> None:
    answer = await engine.answer("aaa on d+?")
    assert answer.text.startswith("Yes") and "Disney+" in answer.text


async def test_a_claim_in_fans_shorthand_is_checked_as_its_plain_words(engine: QuestionEngine) -> None:
    answer = await engine.answer("s3 dir'd by el too?")
    assert answer.text.startswith("No") and "Andy Newberry" in answer.text


async def test_a_count_asked_first_is_how_many(engine: QuestionEngine) -> None:
    answer = await engine.answer("ep count euros lyn dir'd")
    assert "16" in answer.text
