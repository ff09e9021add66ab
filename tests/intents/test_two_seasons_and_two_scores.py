"""Two seasons of one show asked at once, and a show's two scores asked without naming either (branch
fanq14)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_role_asked_of_two_seasons_answers_each(fans: QuestionEngine) -> None:
    answer = await fans.answer("who directed heartstopper s2 and s3")
    assert "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


async def test_a_gap_between_two_seasons_is_still_one_comparison(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many days between heartstopper s1 and s3")
    assert answer.text.startswith("There are 895 days between them")


async def test_which_directors_worked_on_a_season_asks_for_its_directors(fans: QuestionEngine) -> None:
    answer = await fans.answer("which directors worked on heartstopper season 2")
    assert answer.kind == "answer" and "Euros Lyn" in answer.text


async def test_the_gap_between_two_unnamed_scores_is_in_points(fans: QuestionEngine) -> None:
    answer = await fans.answer("whats the gap between heartstopper's two rotten tomatoes scores")
    assert "2 points higher" in answer.text


async def test_which_of_two_scores_is_lower_names_the_lower(fans: QuestionEngine) -> None:
    answer = await fans.answer("which of the two rt numbers for heartstopper is lower")
    assert answer.text.startswith("Heartstopper's audience score is lower")


async def test_two_scores_within_some_points_are_checked(fans: QuestionEngine) -> None:
    answer = await fans.answer("are heartstopper's two rt scores within 1 point of each other")
    assert answer.text.startswith("No. Heartstopper scores 98% from critics")
