"""A show or a person described rather than named is found before the question is asked of it: by the novels
it comes from, by the episodes someone did, by a network and someone in the show, by two people in it.
Invented world beside the seed facts."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

SEPTEMBER = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_a_show_from_someones_novels_is_their_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("which network is the show from the novels by alice osman on")
    assert "Netflix" in answer.text


async def test_the_one_who_did_the_episodes_is_their_director(fans: QuestionEngine) -> None:
    answer = await fans.answer("what did the guy who did all 16 heartstopper episodes direct before")
    assert "Doctor Who" in answer.text


async def test_having_a_network_show_is_being_in_one(fans: QuestionEngine) -> None:
    answer = await fans.answer("does joe locke have a disney+ show")
    assert answer.text.startswith("Yes")
    assert "Agatha All Along" in answer.text


async def test_someone_asked_for_having_a_network_show_is_in_one(fans: QuestionEngine) -> None:
    # conversations probe: "who from heartstopper has a disney+ show" was not understood.
    answer = await fans.answer("who from heartstopper has a disney+ show")
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


async def test_a_network_listing_narrows_to_someones_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("what's on disney+ with joe locke in it")
    assert "Agatha All Along" in answer.text


async def test_a_network_listing_with_nobody_on_it_says_so(fans: QuestionEngine) -> None:
    answer = await fans.answer("anything on hulu starring priya castellan")
    assert answer.text.startswith("I don't have any shows on Hulu with Priya Castellan")


async def test_two_people_describing_a_show_are_not_asked_of_each(fans: QuestionEngine) -> None:
    answer = await fans.answer("who else is in the show aubrey plaza and joe locke are in")
    assert "Kathryn Hahn" in answer.text


async def test_the_same_person_as_seasons_said_in_words_compares_those_seasons(fans: QuestionEngine) -> None:
    answer = await fans.answer("is the director of heartstopper s3 the same person who did seasons 1 and 2")
    assert answer.text.startswith("No")


async def test_someones_next_thing_is_the_one_out_first(fans: QuestionEngine) -> None:
    answer = await fans.answer("how long until the next thing joe locke is in comes out", now=SEPTEMBER)
    assert "Agatha All Along" in answer.text


async def test_the_part_the_one_in_both_shows_plays_is_given(fans: QuestionEngine) -> None:
    answer = await fans.answer("who does the actor from agatha all along play in heartstopper")
    assert "Charlie Spring" in answer.text


async def test_who_made_a_titles_episodes_directed_them(fans: QuestionEngine) -> None:
    answer = await fans.answer("what else has the guy who made shetland episodes done")
    assert "The Light in the Hall" in answer.text


async def test_the_other_show_of_someone_with_one_show_is_none(fans: QuestionEngine) -> None:
    answer = await fans.answer("what's dana lower's other show")
    assert answer.text.startswith("I don't have other work for Dana Lower")


async def test_a_choice_of_two_for_a_season_asks_the_role_they_share(fans: QuestionEngine) -> None:
    answer = await fans.answer("euros lyn or andy newberry for season 3 of heartstopper?")
    assert answer.text.startswith("Andy Newberry")
