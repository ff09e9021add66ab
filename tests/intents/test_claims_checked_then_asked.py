"""A claim someone reported, then 'is that true and <question>': the check is of the claim, and the question
after it is asked too; 'also' inside a claim joins no second question."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.question_sentence import question_sentence


def test_is_that_true_and_a_question_asks_of_the_claim_before_it() -> None:
    asked, _rest = question_sentence(
        "my neighbour watches way too much tv and says the director of the first seasons did torchwood?? "
        "is that true and what's his name"
    )
    # fanq31: a past-tense credit claimed ("did torchwood") is checked as "did" asks it
    assert asked == "did the director of the first seasons work on torchwood? what's his name"


async def test_also_inside_a_reported_claim_is_read_as_too(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my sister says the director of the first seasons also did torchwood. did he?"
    )
    assert answer.text.startswith("Yes, Torchwood is among Euros Lyn's credits")


def test_a_doubt_between_a_claim_and_a_request_to_settle_it_is_passed_over() -> None:
    asked, _rest = question_sentence(
        "My friend swears Heartstopper won an Emmy. I don't think so?? can you settle this before we fall out"
    )
    assert asked == "Heartstopper won an Emmy?"


def test_a_request_to_settle_a_claim_in_one_long_sentence_checks_the_claim() -> None:
    asked, _rest = question_sentence(
        "ok so my friend says heartstopper got a bunch of emmy noms and i said no way, it was baftas, can u "
        "settle this pls"
    )
    assert asked == "heartstopper got a bunch of emmy noms?"  # the fan's own reply is no part of the claim


async def test_a_check_after_a_remark_and_so_is_of_the_claim_before(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my uncle loves crime dramas and he said the guy directing heartstopper s3 did one called Hidden?? "
        "he's never right about anything so is that true lol"
    )
    assert answer.text.startswith("Yes")
