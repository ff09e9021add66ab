"""Claims stated as sentences and checked (seed facts): a hedge at the end asks the claim back, an opinion
is no claim, a flat "X is <character>" is checked, and several seasons named are out when the newest is."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.hedges import gives_opinion, hedged_at_end, without_hedge
from intents.understand.seasons_out import named_seasons

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)  # seasons 1-2 out, season 3 on October 3
AFTER = dt.datetime(2024, 10, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("said", "hedged"),
    [
        ("season 3 is on disney plus i think", True),
        ("it came out in 2022 correct me if im wrong", True),
        ("season 3 looks amazing i think", False),  # an opinion is not asked back
        ("i think", False),
    ],
)
def test_a_hedge_at_the_end_asks_a_fact_back_but_not_an_opinion(said: str, hedged: bool) -> None:
    assert hedged_at_end(said.split()) is hedged


@pytest.mark.parametrize(
    ("said", "opinion"), [("kit connor is so good", True), ("nominated for best actor", False)]
)
def test_an_opinion_is_told_from_a_fact(said: str, opinion: bool) -> None:
    assert gives_opinion(said.split()) is opinion


def test_the_hedge_is_dropped_from_the_claim() -> None:
    assert without_hedge("it airs on netflix if im not mistaken".split()) == "it airs on netflix".split()


@pytest.mark.parametrize(
    ("said", "seasons"),
    [
        ("can i stream seasons 1 and 2 yet", (1, 2)),
        ("are seasons one to three out", (1, 3)),
        ("can i binge the first two seasons", (1, 2)),
        ("is season 3 out", None),  # one season is not several
    ],
)
def test_several_seasons_named_together(said: str, seasons: tuple[int, int] | None) -> None:
    assert named_seasons(said.split()) == seasons


@pytest.mark.parametrize(
    ("claim", "verdict", "fact"),
    [
        ("agatha all along comes out on netflix i think", "No", "Disney+"),  # a wrong network
        ("the new season of heartstopper premieres october 10th i think", "No", "October 3"),  # the right day
        ("andy newberry is directing season 3 of heartstopper i believe", "Yes", "Andy Newberry"),
        ("andy newberry has worked on doctor who i think", "No", ""),  # other work in a title with "who"
        (
            "heartstopper has five bafta nominations im pretty sure",
            "No",
            "three",
        ),  # in words, answered in words
        ("the audience score beats the critics score for heartstopper, doesn't it", "No", "98%"),
        ("heartstopper has two seasons out so far, right?", "Yes", ""),  # the seasons out so far counted
        ("Joe Locke is Nick Nelson in Heartstopper", "No", "Kit Connor"),  # a flat person-is-character
        ("hs3 comes out on netflix, right?", "Yes", "Netflix"),  # a season said to come out on a network
        ("has hs3 come out on netflix yet", "No", ""),
    ],
)
async def test_a_claim_stated_as_a_sentence_is_checked(
    engine: QuestionEngine, claim: str, verdict: str, fact: str
) -> None:
    answer = await engine.answer(claim, now=BEFORE)
    assert answer.text.startswith(verdict) and fact in answer.text, answer.text


@pytest.mark.parametrize(
    "opinion", ["kit connor is so good in heartstopper i think", "Kit Connor as Nick Nelson is perfect"]
)
async def test_an_opinion_is_no_check(engine: QuestionEngine, opinion: str) -> None:
    answer = await engine.answer(opinion, now=BEFORE)
    assert not answer.text.startswith(("Yes", "No"))


@pytest.mark.parametrize(
    ("question", "now", "verdict", "fact"),
    [
        (
            "can i stream seasons 1 and 2 of heartstopper yet?",
            BEFORE,
            "Yes",
            "October 3",
        ),  # a later one to come
        ("are seasons 2 and 3 of heartstopper both out", BEFORE, "No", "October 3"),  # one of them to come
        ("can i watch all three seasons of heartstopper now", AFTER, "Yes", ""),
    ],
)
async def test_several_seasons_are_out_when_the_newest_of_them_is(
    engine: QuestionEngine, question: str, now: dt.datetime, verdict: str, fact: str
) -> None:
    answer = await engine.answer(question, now=now)
    assert answer.text.startswith(verdict) and fact in answer.text, answer.text


def test_a_tag_after_a_comma_asks_back_the_clause_before_it() -> None:
    asked, rest = question_part("i can watch heartstopper seasons 1 and 2 on netflix right now, yeah?")
    assert asked.startswith("i can watch heartstopper") and not rest


def test_talk_before_a_comma_is_left_out_of_the_question() -> None:
    asked, _ = question_part("sorry for spamming lol, who directed season 3?")
    assert asked == "who directed season 3?"


async def test_a_choice_of_players_after_a_comma_is_no_flat_statement(engine: QuestionEngine) -> None:
    # the linked words ("joe" spelt "joe locke") are longer than the question's own
    answer = await engine.answer("who plays charlie, joe or kit", now=BEFORE)
    assert answer.kind == "answer" and "Joe Locke" in answer.text
