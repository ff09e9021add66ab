"""A claim put to Marquee to check, in the ways fans ask it (issue 8, fanq31): a check tag that asks nothing
itself ("is he having me on?", "true or false?", "can someone double-check for me?"), hearsay with no one
saying it ("apparently X?? can anyone confirm"), the fan's own belief ("i'm pretty sure X, but ..."), a
check set off in the same sentence ("someone said X, can anybody verify that"); a credit claimed in the
past tense is checked as "did" asks it, so the answer opens with yes or no."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.understand.reported_claims import as_did_check, claim_of, own_belief
from intents.understand.sentences import asks_nothing_itself


@pytest.mark.parametrize(
    "tag",
    [
        "Is he having me on?",
        "true or false?",
        "can someone double-check for me?",
        "He's wrong, isn't he?",
        "Is he right or making it up?",
        "Can that be right?",
        "Is she correct about that?",
        "am I right?",
        "can anybody verify that",
    ],
)
def test_check_tags_ask_nothing_themselves(tag: str) -> None:
    assert asks_nothing_itself(tag)


@pytest.mark.parametrize("question", ["what network is it on?", "who is it for?", "when is it out for us?"])
def test_questions_ending_in_a_preposition_still_ask(question: str) -> None:
    assert not asks_nothing_itself(question)


def test_hearsay_and_read_somewhere_report_a_claim() -> None:
    assert claim_of("apparently euros lyn worked on torchwood??") == "did euros lyn work on torchwood?"
    assert claim_of("I read somewhere that it premieres in November.") == "it premieres in November?"


def test_the_fans_own_belief_is_a_claim_without_a_trailing_but() -> None:
    belief = own_belief("I'm pretty sure Heartstopper is a Netflix show, but")
    assert belief == "Heartstopper is a Netflix show?"
    assert own_belief("Heartstopper is a Netflix show") is None


def test_a_past_tense_credit_is_asked_with_did() -> None:
    asked = as_did_check("Euros Lyn directed Doctor Who episodes")
    assert asked == "did Euros Lyn direct Doctor Who episodes"
    assert as_did_check("Heartstopper won an Emmy") == "Heartstopper won an Emmy"
    assert as_did_check("the show is on netflix") == "the show is on netflix"


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("A lad at work reckons Heartstopper has won an Emmy. Is he having me on?", "No"),
        ("friend of mine claims heartstopper is on disney plus. true or false?", "No"),
        ("apparently euros lyn worked on torchwood?? can anyone confirm", "Yes"),
        ("I'm pretty sure Heartstopper is a Netflix show, but can someone double-check for me?", "Yes"),
        ("someone on tiktok said heartstopper got 3 bafta nominations, can anybody verify that", "Yes"),
        ("My classmate keeps saying Kit Connor plays Charlie. I think she's wrong, am I right?", "No"),
        ("I read somewhere that Heartstopper season 3 premieres in November. Can that be right?", "No"),
    ],
)
async def test_a_claim_put_to_check_is_answered_yes_or_no(
    engine: QuestionEngine, message: str, first: str
) -> None:
    answer = await engine.answer(message)
    assert answer.text.startswith(first), answer.text


async def test_a_claim_about_an_unknown_show_stays_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer("my friend says the last of us season 2 is out already. is that true?")
    assert "The Last of Us" in answer.text
    assert "Heartstopper" not in answer.text


def test_did_as_the_verb_of_a_credit_is_worked_on() -> None:
    asked = as_did_check("the first director did torchwood too")
    assert asked == "did the first director work on torchwood too"
    assert as_did_check("heartstopper did not win an emmy") == "heartstopper did not win an emmy"


async def test_a_check_after_a_long_reported_claim_checks_it(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "ok so my auntie keeps telling everyone that the heartstopper director euros lyn did torchwood?? "
        "is she right or making it up"
    )
    assert answer.text.startswith("Yes"), answer.text
    assert "Torchwood" in answer.text


async def test_a_job_title_before_a_name_asserts_no_role(engine: QuestionEngine) -> None:
    answer = await engine.answer("did the heartstopper director euros lyn work on the library suicides")
    assert answer.text.startswith("Yes"), answer.text
