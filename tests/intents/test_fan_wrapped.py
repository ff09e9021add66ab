"""Questions wrapped in fans' talk: labels before a colon, a fan's "X fan here", a joke taken back only when
a question follows, a sentence asking what to tell someone, an "or did they ...?" after a check, and two
questions asked one after the other (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_what_to_tell_someone_leaves_the_question_before_it(engine: QuestionEngine) -> None:
    answer = await engine.answer("so my aunt asked me who directed heartstopper. what do i tell her")
    assert "Euros Lyn" in answer.text


async def test_a_label_before_a_colon_is_no_part_of_the_question(engine: QuestionEngine) -> None:
    answer = await engine.answer("URGENT (ok not really): what day of the week does hs3 come out?")
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_jk_before_words_to_someone_takes_nothing_back(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "what day does hs3 come out? i might call in sick that day lol jk boss if you are reading this"
    )
    assert "October 3, 2024" in answer.text


async def test_whose_fan_says_whom_he_means(engine: QuestionEngine) -> None:
    answer = await engine.answer("Kit Connor fan here 💕 who does he play in heartstopper? he's the best")
    assert "Nick Nelson" in answer.text


async def test_an_or_sentence_after_a_check_leaves_the_check(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "setting a reminder now. heartstopper season 3 is still october 3rd, right? or did they move it?"
    )
    assert answer.text.startswith("Yes")


async def test_two_questions_one_after_the_other_are_both_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "just finished a rewatch of the first two seasons, loved it. who directed season 3 of heartstopper? "
        "and when does it come out?"
    )
    assert "Andy Newberry" in answer.text and "October 3, 2024" in answer.text


async def test_whats_it_called_names_the_show_the_aside_describes(engine: QuestionEngine) -> None:
    answer = await engine.answer("wait joe locke is gonna be in a marvel thing?? what's it called")
    assert "Agatha All Along" in answer.text


async def test_on_which_date_in_a_request_asks_when(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Good morning. My son adores Heartstopper. Would you tell me on which date the third series becomes "
        "available? Regards."
    )
    assert "October 3, 2024" in answer.text
