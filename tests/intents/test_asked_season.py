"""The season a question asks about wins over a season its opening remark mentions ("finished season 1 of X,
when is season 2 out"), and "the next one" after a finished season is the season after it."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.asked_season import season_asked
from tests.helpers import chat


def test_the_season_named_in_the_question_replaces_the_one_in_the_remark_before_it() -> None:
    tokens = "binged season 1 of severance whens season 2".split()
    assert season_asked(tokens) == "binged severance whens season 2".split()


def test_the_next_one_after_a_finished_season_is_the_season_after_it() -> None:
    tokens = "finally done with andor s1 is the next one out yet".split()
    assert season_asked(tokens) == "finally done with andor is season 2 out yet".split()


def test_a_question_comparing_two_seasons_keeps_both() -> None:
    assert season_asked("was season 1 longer than season 2".split()) is None


def test_a_described_person_pointed_back_at_keeps_the_season_that_describes_them() -> None:
    # "the hs season 3 director, is he also doing season 1": season 3 finds him, season 1 is asked of him
    assert season_asked("the heartstopper season 3 director is he also doing season 1".split()) is None


async def test_a_fronted_director_is_found_by_the_season_before_the_pronoun(engine: QuestionEngine) -> None:
    answer = await engine.answer("the hs season 3 director, is he also doing season 1")
    assert answer.text.startswith("No, Andy Newberry")


def test_a_remark_without_a_second_season_is_left_to_the_asides() -> None:
    assert season_asked("loved season 2 so much when is it on".split()) is None


async def test_the_asked_season_is_answered_after_a_remark_about_an_earlier_one(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "just rewatched copper lanterns season 1, when does season 2 drop")
    assert "2025-06-05" in answer.answers


def test_an_auxiliary_inside_the_remark_opens_no_question() -> None:
    tokens = "were rewatching season 1 how many episodes are in season 2".split()
    assert season_asked(tokens) == "were rewatching how many episodes are in season 2".split()


def test_a_season_stated_then_set_against_another_is_one_comparison_of_both() -> None:
    # "severance season 2 has more episodes than season 1, right?": season 2 is a side, not a remark
    assert season_asked("severance season 2 has more episodes than season 1".split()) is None
    assert season_asked("sev s2 is better vs s1".split()) is None
