"""References to what the last answer gave (branch conv29): a distance "from now" checked against its date,
"2 years ago?" of a date two whole years back, "that service" for the network just given, and "the story
side" as a side of the work rather than a title."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.title_evidence import aspect_of_work
from tests.helpers import chat, last_text

SEPTEMBER = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


async def test_a_month_from_now_checks_the_date_just_given(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "when does heartstopper season 3 come out", "so about a month from now?", now=SEPTEMBER
    )
    assert text.startswith("Yes")


async def test_a_week_from_today_is_no_for_a_date_a_month_off(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "when does heartstopper season 3 come out", "is that a week from today?", now=SEPTEMBER
    )
    assert text.startswith("No")


async def test_two_years_ago_is_yes_for_a_date_two_whole_years_back(engine: QuestionEngine) -> None:
    text = await last_text(
        engine, "when did heartstopper season 1 come out", "so 2 years ago?", now=SEPTEMBER
    )
    assert text.startswith("Yes")
    text = await last_text(
        engine, "when did heartstopper season 1 come out", "so 3 years ago?", now=SEPTEMBER
    )
    assert text.startswith("No")


async def test_that_service_is_the_network_just_given(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what network is agatha all along on", "what other shows does that streamer have"
    )
    assert answer.intent == "network_shows" and "WandaVision" in answer.text


async def test_other_shows_on_a_network_lists_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "any other shows on disney+")
    assert answer.intent == "network_shows" and "WandaVision" in answer.text


def test_a_side_of_the_work_is_no_title() -> None:
    assert aspect_of_work("the story side".split())
    assert aspect_of_work("the production end".split())
    assert not aspect_of_work("the bear".split())
    assert not aspect_of_work("the side".split())


async def test_the_story_side_is_not_an_unknown_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who works on the story side of heartstopper")
    assert answer.kind == "answer" and "Lauren James" in answer.text


async def test_who_works_with_her_on_the_story_side_is_the_crew(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who came up with heartstopper", "and who works with her on the story side")
    assert answer.intent == "crew" and "Lauren James" in answer.text
