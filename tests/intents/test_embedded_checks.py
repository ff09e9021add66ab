"""A yes/no question held in a statement after "whether" ("the chat is fighting over whether ...") or after
a verb of asking and "if" ("wondering if ..."), read as that check (seed facts)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.sentences import embedded_question


def test_whether_after_any_word_opens_a_check() -> None:
    assert embedded_question("my mates are at war over whether it got an emmy nom.") == "it got an emmy nom?"


def test_if_after_a_word_of_likeness_opens_no_check() -> None:
    assert embedded_question("she acts as if the show is hers") is None


async def test_a_check_after_whether_is_answered_yes_or_no(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the flat has argued all evening about whether heartstopper ever got an emmy nod. end it please"
    )
    assert answer.text.startswith("No")


async def test_a_check_held_in_chatter_is_confirmed(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "our server is split rn over whether kit connor is in heartstopper lol. help"
    )
    assert answer.text.startswith("Yes")


def test_tell_me_if_opens_a_check() -> None:
    assert embedded_question("someone tell me if joe locke is in agatha all along") == (
        "joe locke is in agatha all along?"
    )


def test_a_question_right_after_a_word_of_knowing_is_held() -> None:
    assert embedded_question("curious who the season 3 director is") == "who the season 3 director is"


async def test_a_check_asked_of_someone_is_answered_yes_or_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("someone tell me if joe locke is in agatha all along")
    assert answer.text.startswith("Yes")


def test_a_question_after_a_reminder_of_is_held() -> None:
    assert embedded_question("i could use a reminder of who directed it", by_verb=True) == ("who directed it")


async def test_a_short_request_with_asap_is_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("need the date for s3 asap")
    assert "October 3" in answer.text
