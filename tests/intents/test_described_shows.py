"""Shows described without their title: by when they come out, by who holds a role on them, by a person
named in an aside, and a network named with no show (its shows are listed). Invented world only."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine

AUTUMN = dt.datetime(2024, 10, 1, 12, tzinfo=dt.UTC)


async def test_a_show_described_by_its_premiere_day_is_asked_about(fans: QuestionEngine) -> None:
    answer = await fans.answer("who stars in the show that premieres june 10")
    assert "Tobias Grell" in answer.text


async def test_a_show_described_by_month_and_network_is_named(fans: QuestionEngine) -> None:
    answer = await fans.answer("which show is coming out on apple tv+ in november", now=AUTUMN)
    assert "The Quiet Orchard" in answer.text


async def test_a_month_with_no_release_describes_no_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("who stars in the show that premieres february 30")
    assert "Tobias Grell" not in answer.text


async def test_a_network_named_alone_lists_its_shows(fans: QuestionEngine) -> None:
    answer = await fans.answer("what's on hulu")
    assert "Ember Crossing" in answer.text
    assert "The Quiet Orchard" not in answer.text


async def test_a_network_with_no_shows_says_so(fans: QuestionEngine) -> None:
    answer = await fans.answer("anything good on peacock?")
    assert answer.text.startswith("I don't have any shows on Peacock")


async def test_a_show_described_by_whose_role_someone_holds(fans: QuestionEngine) -> None:
    answer = await fans.answer("what network is the show whose season 2 director is lena sorvik on")
    assert "Apple TV+" in answer.text


async def test_a_role_of_a_persons_show_is_found_through_the_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("what else has the creator of the priya castellan show done")
    assert "Night Ferry" in answer.text


async def test_a_person_named_in_an_aside_says_which_show_it_is(fans: QuestionEngine) -> None:
    answer = await fans.answer("just binged the show priya castellan is in! who made it?")
    assert "Wendell Harp" in answer.text


async def test_people_named_together_in_an_aside_mean_their_shared_show(fans: QuestionEngine) -> None:
    answer = await fans.answer("saw tobias grell and dana lower at an event!! when does their show come back")
    assert "June 10" in answer.text


async def test_someone_seen_somewhere_then_which_show_that_is(fans: QuestionEngine) -> None:
    answer = await fans.answer("saw wendell harp on a podcast, which series is that?")
    assert "The Quiet Orchard" in answer.text


async def test_an_unknown_title_after_someone_is_still_unknown(fans: QuestionEngine) -> None:
    answer = await fans.answer("is wendell harp in a lighthouse movie")
    assert "Lighthouse Movie" in answer.text


async def test_how_many_shows_someone_has_done_is_counted(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many shows has wendell harp worked on")
    assert answer.text.startswith("2 titles")
