"""Talk a fan wraps a question in that must not be taken for the question: an impression put to the other
fans ("is it just me or ..."), a remark of the fan's own run on after a comma even with a question mark
("..., i read it was someone new?"). Invented world beside the seed facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.talk import asks_the_others


def test_an_impression_put_to_the_others_asks_nothing_of_marquee() -> None:
    assert asks_the_others("is it just me or did s2 feel shorter than s1?")
    assert asks_the_others("am i the only one who thinks season 2 was better?")


def test_a_fact_checked_the_same_way_is_still_asked() -> None:
    assert not asks_the_others("is it just me or is season 2 out on june 10?")


async def test_the_question_after_an_impression_is_the_one_answered(fans: QuestionEngine) -> None:
    answer = await fans.answer(
        "is it just me or did ember crossing s2 feel shorter than s1? either way i'm in. who plays marisol"
    )
    assert answer.text.startswith("Tobias Grell")  # no episode counts weighed for the impression


def test_a_remark_after_a_comma_keeps_out_of_the_question_despite_its_mark() -> None:
    asked, said = question_part("who is directing the orchard's second season, i read it was someone new?")
    assert asked.rstrip(" ,?") == "who is directing the orchard's second season"
    assert said.startswith("i read")


def test_the_question_said_again_after_a_comma_is_no_part_of_it() -> None:
    asked, said = question_part("who's in the main cast, like the ones besides the two main boys")
    assert asked == "who's in the main cast"
    assert said.startswith("the ones besides")


def test_a_like_clause_that_asks_itself_stays_with_the_question() -> None:
    asked, _ = question_part("what's it rated, like is it ok for a 12 year old")
    assert "12 year old" in asked
