"""Checks and spans in fans' shapes: a season's director against another season's, an interjection before a
yes/no, the two leads, a weekday beside a short title, everyday words before "between", and the days from
a day named to a premiere (seed facts; clock a month before the season 3 premiere)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation


async def test_a_seasons_director_is_checked_against_anothers(engine: QuestionEngine) -> None:
    answer = await engine.answer("was season 3's director the same person as season 1's")
    assert answer.text.startswith("No")


async def test_an_interjection_before_a_check_still_answers_yes_first(engine: QuestionEngine) -> None:
    answer = await engine.answer("omg did alice osman really create heartstopper")
    assert answer.text.startswith("Yes")


async def test_who_plays_the_two_leads_asks_for_the_stars(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays the two leads in heartstopper")
    assert "Joe Locke" in answer.text and "Kit Connor" in answer.text


async def test_a_weekday_beside_a_short_title_leaves_the_title_linked(engine: QuestionEngine) -> None:
    answer = await engine.answer("which one is on a wednesday agatha or heartstopper s3")
    assert answer.text.startswith("Agatha All Along")


async def test_everyday_words_before_between_are_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is the difference in days between heartstopper s1 and s3")
    assert "895 days" in answer.text


async def test_the_days_from_a_day_named_to_a_premiere_are_counted(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many days from september 13 until the heartstopper season 3 premiere")
    assert answer.text.startswith("20 days")


async def test_a_weekday_without_an_article_may_still_be_a_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("what about wednesday on netflix")
    assert answer.text.startswith("I don't have facts about Wednesday")


async def test_an_actor_billed_low_is_no_lead(engine: QuestionEngine) -> None:
    answer = await engine.answer("is olivia colman the lead of heartstopper")
    assert answer.text.startswith("No")


async def test_an_actor_billed_second_is_one_of_the_leads(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit connor one of the leads in heartstopper")
    assert answer.text.startswith("Yes")


async def test_a_name_alone_after_a_cast_check_checks_the_cast_not_the_leads(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("did joe locke star in agatha all along", conversation)
    answer = await engine.answer("aubrey plaza?", conversation)
    assert answer.text.startswith("Yes, Aubrey Plaza is in Agatha All Along")
