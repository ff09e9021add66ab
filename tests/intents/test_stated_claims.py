"""Claims stated as sentences and checked (seed facts): a hedge at the end asks the claim back, an opinion
is no claim, a flat "X is <character>" is checked, and several seasons named are out when the newest is."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.hedges import gives_opinion, hedged_at_end, without_hedge
from intents.understand.seasons_out import named_seasons

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)  # seasons 1-2 out, season 3 on October 3
AFTER = dt.datetime(2024, 10, 10, 12, tzinfo=dt.UTC)


def test_a_hedge_at_the_end_asks_a_fact_back_but_not_an_opinion() -> None:
    assert hedged_at_end("season 3 is on disney plus i think".split())
    assert hedged_at_end("it came out in 2022 correct me if im wrong".split())
    assert not hedged_at_end("season 3 looks amazing i think".split())
    assert not hedged_at_end("i think".split())
    assert gives_opinion("kit connor is so good".split())
    assert not gives_opinion("nominated for best actor".split())
    assert without_hedge("it airs on netflix if im not mistaken".split()) == "it airs on netflix".split()


def test_several_seasons_named_together() -> None:
    assert named_seasons("can i stream seasons 1 and 2 yet".split()) == (1, 2)
    assert named_seasons("are seasons one to three out".split()) == (1, 3)
    assert named_seasons("can i binge the first two seasons".split()) == (1, 2)
    assert named_seasons("is season 3 out".split()) is None


async def test_a_wrong_network_said_with_i_think_is_a_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("agatha all along comes out on netflix i think", now=BEFORE)
    assert answer.text.startswith("No") and "Disney+" in answer.text


async def test_a_wrong_day_said_with_a_hedge_is_a_no_with_the_right_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("the new season of heartstopper premieres october 10th i think", now=BEFORE)
    assert answer.text.startswith("No") and "October 3" in answer.text


async def test_a_right_credit_said_with_a_hedge_is_a_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("andy newberry is directing season 3 of heartstopper i believe", now=BEFORE)
    assert answer.text.startswith("Yes") and "Andy Newberry" in answer.text


async def test_other_work_in_a_title_with_a_question_word_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("andy newberry has worked on doctor who i think", now=BEFORE)
    assert answer.text.startswith("No")


async def test_an_opinion_with_a_hedge_is_no_check(engine: QuestionEngine) -> None:
    answer = await engine.answer("kit connor is so good in heartstopper i think", now=BEFORE)
    assert not answer.text.startswith(("Yes", "No"))


async def test_a_flat_person_is_character_statement_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("Joe Locke is Nick Nelson in Heartstopper", now=BEFORE)
    assert answer.text.startswith("No") and "Kit Connor" in answer.text
    praise = await engine.answer("Kit Connor as Nick Nelson is perfect", now=BEFORE)
    assert not praise.text.startswith(("Yes", "No"))


async def test_an_award_count_in_words_is_checked(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper has five bafta nominations im pretty sure", now=BEFORE)
    assert answer.text.startswith("No") and "three" in answer.text  # said in words, answered in words


async def test_audience_beating_critics_is_a_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("the audience score beats the critics score for heartstopper, doesn't it")
    assert answer.text.startswith("No") and "98%" in answer.text


async def test_seasons_out_so_far_count_the_seasons_out(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper has two seasons out so far, right?", now=BEFORE)
    assert answer.text.startswith("Yes")


async def test_earlier_seasons_are_out_though_a_later_one_is_to_come(engine: QuestionEngine) -> None:
    answer = await engine.answer("can i stream seasons 1 and 2 of heartstopper yet?", now=BEFORE)
    assert answer.text.startswith("Yes") and "October 3" in answer.text


async def test_seasons_that_take_in_one_to_come_are_not_out(engine: QuestionEngine) -> None:
    before = await engine.answer("are seasons 2 and 3 of heartstopper both out", now=BEFORE)
    assert before.text.startswith("No") and "October 3" in before.text
    after = await engine.answer("can i watch all three seasons of heartstopper now", now=AFTER)
    assert after.text.startswith("Yes")


def test_a_tag_after_a_comma_asks_back_the_clause_before_it() -> None:
    asked, rest = question_part("i can watch heartstopper seasons 1 and 2 on netflix right now, yeah?")
    assert asked.startswith("i can watch heartstopper") and not rest
    asked, rest = question_part("sorry for spamming lol, who directed season 3?")
    assert asked == "who directed season 3?"


async def test_a_season_said_to_come_out_on_a_network_checks_where(engine: QuestionEngine) -> None:
    answer = await engine.answer("hs3 comes out on netflix, right?", now=BEFORE)
    assert answer.text.startswith("Yes") and "Netflix" in answer.text
    arrived = await engine.answer("has hs3 come out on netflix yet", now=BEFORE)
    assert arrived.text.startswith("No")


async def test_a_choice_of_players_after_a_comma_is_no_flat_statement(engine: QuestionEngine) -> None:
    # the linked words ("joe" spelt "joe locke") are longer than the question's own
    answer = await engine.answer("who plays charlie, joe or kit", now=BEFORE)
    assert answer.kind == "answer" and "Joe Locke" in answer.text
