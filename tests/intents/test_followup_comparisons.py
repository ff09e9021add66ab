"""Follow-ups that compare or place what the last answers gave: which score is better, totals, how far apart
two dates are, the weekday of a date, the season before, the show's lead."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_which_score_is_better_compares_the_two_scores_just_given(world: QuestionEngine) -> None:
    answer = await chat(
        world, "harbor nine rt critics score", "and the audience one?", "which score is better"
    )
    assert answer.text.startswith("Harbor Nine's audience score is higher")


async def test_so_fans_liked_it_more_is_checked_yes_or_no(world: QuestionEngine) -> None:
    answer = await chat(
        world, "harbor nine rt critics score", "and the audience one?", "so fans liked it more?"
    )
    assert answer.text.startswith("Yes")


async def test_total_alone_adds_the_two_counts_just_given(world: QuestionEngine) -> None:
    answer = await chat(world, "episodes in copper lanterns season 1?", "and in season 2", "total?")
    assert "18 episodes" in answer.text


async def test_how_many_days_apart_is_between_the_two_dates_just_given(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when is harbor nine out", "and copper lanterns season 2?", "how many days apart"
    )
    assert "111 days" in answer.text


async def test_a_show_and_season_alone_after_a_date_question_asks_its_date(world: QuestionEngine) -> None:
    answer = await chat(world, "when does heartstopper season 3 come out", "copper lanterns s2?")
    assert answer.answers[:1] == ("2025-06-05",)


async def test_is_that_a_weekday_checks_the_last_date(world: QuestionEngine) -> None:
    answer = await chat(world, "when does copper lanterns season 2 come out", "is that a thursday")
    assert answer.text.startswith("Yes")


async def test_this_week_on_a_sunday_is_the_week_starting_that_day(world_knowledge: Knowledge) -> None:
    sunday = QuestionEngine(world_knowledge, clock=lambda: dt.datetime(2025, 6, 1, 12, tzinfo=dt.UTC))
    answer = await chat(sunday, "when does copper lanterns season 2 come out", "so thats this week?")
    assert answer.text.startswith("Yes")  # Thursday, June 5


async def test_the_earlier_season_is_the_one_before_the_season_just_answered(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed copper lanterns season 2", "did she direct the earlier season too"
    )
    assert answer.text.startswith("No")


async def test_the_lead_actress_is_the_first_billed_actor_of_the_show(world: QuestionEngine) -> None:
    answer = await chat(world, "who's in copper lanterns", "what else is the lead actress in")
    assert "Nadia Ferris" in answer.text


async def test_a_lead_word_of_annoyance_before_a_correction_is_dropped(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays jasper hale", "ugh typo, i meant wren hale")
    assert "Nadia Ferris" in answer.text


async def test_by_how_much_gives_the_difference_between_the_two_scores(world: QuestionEngine) -> None:
    answer = await chat(world, "copper lanterns rt score", "and harbor nine?", "by how much")
    assert answer.text.startswith("Copper Lanterns is rated 13 points higher")


async def test_which_has_more_compares_the_two_counts_just_given(world: QuestionEngine) -> None:
    answer = await chat(
        world, "how many episodes in copper lanterns season 1", "and season 2?", "which has more"
    )
    assert answer.text.startswith("Copper Lanterns season 2 has more")


async def test_a_show_compared_alone_is_compared_with_the_other_show_just_talked_about(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world, "when is harbor nine out", "and copper lanterns s2", "is copper lanterns later"
    )
    assert answer.text.startswith("Yes") and "June 5, 2025" in answer.text


async def test_a_comparison_word_inside_a_title_compares_nothing(world: QuestionEngine) -> None:
    answer = await chat(
        world, "where can i stream harbor nine", "the last lighthouse then, which service is that on?"
    )
    assert answer.intent == "where_to_watch" and answer.answers[:1] == ("Hulu",)


async def test_how_many_more_for_a_show_named_alone_compares_what_was_asked(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "how many episodes in copper lanterns season 1",
        "and season 2?",
        "so season 2 has how many more",
    )
    assert "2 more" in answer.text
