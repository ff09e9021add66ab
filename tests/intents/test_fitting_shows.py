"""A question naming no show, in facts about several, means the best-covered show whose facts hold what it
asks (intents/fitting_shows.py): never one that would only answer "I don't know"."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.fitting_shows import seasons_asked
from tests.intents.fitting_world import fitting, fitting_knowledge

__all__ = ["fitting", "fitting_knowledge"]


def test_the_world_falls_back_on_a_show_without_scores(fitting: QuestionEngine) -> None:
    assert fitting.best_show is not None and fitting.best_show.title == "Harbour Lights"


async def test_a_site_score_asked_of_no_show_is_the_show_rated_there(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("is the imdb rating over 8?")
    assert answer.text.startswith("Yes") and "Copper Fields" in answer.text


async def test_two_award_bodies_asked_of_no_show_mean_one_with_records_of_both(
    fitting: QuestionEngine,
) -> None:
    answer = await fitting.answer("golden globes or emmys, which went better?")
    assert "Copper Fields" in answer.text


async def test_the_director_of_two_seasons_is_one_credited_with_both(fitting: QuestionEngine) -> None:
    answer = await fitting.answer("what else has the person who directed seasons 2 and 3 done")
    assert "Lantern Bay" in answer.text


async def test_the_director_of_a_count_of_episodes_is_one_credited_with_that_many(
    fitting: QuestionEngine,
) -> None:
    answer = await fitting.answer("what else did the director of the first 14 episodes make")
    assert "Lantern Bay" in answer.text


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("the director of the first three seasons", [{1, 2, 3}]),
        ("who directed s2 and s4", [{2, 4}]),
        ("who directed seasons 5 & 6", [{5, 6}]),
        ("who directed season 2", [{2}]),
        ("was season 1 s director the one of season 3", [{1}, {3}]),
    ],
)
def test_seasons_asked_reads_runs_pairs_and_each_season(question: str, numbers: list[set[int]]) -> None:
    assert seasons_asked(question.split()) == numbers
