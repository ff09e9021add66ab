"""Follow-ups read from what the thread is about, in the seed world: "doing" as the verb of the role of the
people talked about, "how many is that" counting the award nominations listed, and "how long from today"
after a gap between two dates (the date the thread is on), and "is that every episode of ..." after a count
of what someone did."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat

TWO_DIRECTORS = ("what has euros lyn worked on", "ok what about andy newberry")


async def test_doing_a_season_is_the_role_of_the_people_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, *TWO_DIRECTORS, "which one of them is doing s3?")
    assert answer.intent == "directors" and "Andy Newberry" in answer.text


async def test_doing_an_earlier_season_picks_the_other_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, *TWO_DIRECTORS, "who's doing season 1?")
    assert "Euros Lyn" in answer.text and "Andy Newberry" not in answer.text


async def test_how_many_is_that_counts_the_award_nominations_listed(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "which emmys was heartstopper nominated for",
        "sorry, baftas i mean",
        "how many is that in total",
    )
    assert answer.intent == "awards" and "three" in answer.text


PREMIERE = "when does heartstopper season 3 come out?"  # October 3, 2024; the engine's today is September 3


async def test_how_long_from_today_after_and_is_the_last_dates_distance(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "and how long from today?")
    assert answer.intent == "countdown" and "30 days" in answer.text


async def test_after_a_gap_between_two_dates_how_long_is_of_the_thread_date(engine: QuestionEngine) -> None:
    answer = await chat(engine, PREMIERE, "how many days after agatha is that?", "how long from now is that")
    assert "October 3" in answer.text and "30 days" in answer.text


LYN_COUNT = "how many episodes did euros lyn direct?"  # all 16 of seasons 1-2


async def test_is_that_every_episode_checks_the_counted_persons_credit(engine: QuestionEngine) -> None:
    answer = await chat(engine, LYN_COUNT, "is that every episode of the first two seasons?")
    assert answer.text.startswith("Yes")


async def test_is_that_every_episode_of_a_season_they_missed_is_no(engine: QuestionEngine) -> None:
    answer = await chat(engine, LYN_COUNT, "is that every episode of season 3?")
    assert answer.text.startswith("No")


async def test_so_thats_every_episode_said_as_a_statement_checks_the_count(engine: QuestionEngine) -> None:
    # "so that's all of s1?": the pointer said first ("that is"), a restated count asked for confirmation.
    agreed = await chat(engine, LYN_COUNT, "so that's every episode of seasons 1 and 2?")
    assert agreed.text.startswith("Yes")
    denied = await chat(engine, LYN_COUNT, "so that was all of season 3??")
    assert denied.text.startswith("No")
