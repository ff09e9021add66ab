"""Two-hop chains: the many ways fans describe someone by a role, or a show by someone in it."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine

NOW = dt.datetime(2024, 9, 12, 12, tzinfo=dt.UTC)


async def test_a_role_of_a_season_named_last_describes_someone(engine: QuestionEngine) -> None:
    answer = await engine.answer("anything else by the director of season 3?", now=NOW)
    assert "Shetland" in answer.text


@pytest.mark.parametrize(
    ("description", "known_for"),
    [
        ("the man behind heartstopper season 3", "Shetland"),
        ("the new heartstopper director", "Shetland"),
        ("the newest heartstopper director", "Shetland"),
        ("the original heartstopper director", "Doctor Who"),
        ("the guy who directed the first 16 episodes", "Doctor Who"),
        ("the director of the first 16 heartstopper eps", "Doctor Who"),
    ],
)
async def test_a_director_described_by_season_words_is_found(
    engine: QuestionEngine, description: str, known_for: str
) -> None:
    answer = await engine.answer(f"what else has {description} done", now=NOW)
    assert known_for in answer.text


@pytest.mark.parametrize(
    "description", ["the actor behind charlie", "the guy from heartstopper who plays charlie"]
)
async def test_an_actor_described_by_the_part_is_found(engine: QuestionEngine, description: str) -> None:
    answer = await engine.answer(f"what else has {description} done", now=NOW)
    assert "Agatha All Along" in answer.text


async def test_the_show_based_on_the_books_by_someone_is_described_by_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("what network is the show based on the books by alice oseman on", now=NOW)
    assert "Netflix" in answer.text


async def test_the_series_someone_worked_on_is_described_by_them(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in the series lauren james worked on", now=NOW)
    assert "Kit Connor" in answer.text


async def test_a_network_between_a_possessive_and_show_picks_the_show_there(engine: QuestionEngine) -> None:
    answer = await engine.answer("when does joe locke's disney show come out", now=NOW)
    assert "September 18, 2024" in answer.text


async def test_roles_on_a_named_show_are_the_persons_credits_there(engine: QuestionEngine) -> None:
    answer = await engine.answer("what roles does joe locke have on agatha all along", now=NOW)
    assert "Mystery Teen" in answer.text
    assert "Charlie Spring" not in answer.text


async def test_that_show_after_a_description_is_the_show_it_named(engine: QuestionEngine) -> None:
    question = "what has the director of 16 episodes of heartstopper been credited with on that show"
    answer = await engine.answer(question, now=NOW)
    assert "Euros Lyn" in answer.text
    assert "Doctor Who" not in answer.text


async def test_a_described_show_asked_what_it_is_about_gives_its_synopsis(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is the show andy newberry is directing about")
    assert "Heartstopper" in answer.text and "schoolboys" in answer.text


async def test_a_debut_said_with_what_sets_it_apart_is_that_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("what network is joe locke's mcu debut on")
    assert "Agatha All Along" in answer.text and "Disney+" in answer.text


async def test_a_title_on_the_other_side_of_a_choice_does_not_pick_the_described_show(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("which comes first, joe locke's marvel debut or hs s3")
    assert "Agatha All Along comes first" in answer.text


async def test_the_new_show_of_a_person_is_their_show_to_come(engine: QuestionEngine) -> None:
    answer = await engine.answer("what network is the new show of joe locke on", now=NOW)
    assert "Agatha All Along" in answer.text and "Disney+" in answer.text


@pytest.mark.parametrize(
    ("question", "known_for"),
    [
        ("season 3's director of heartstopper has worked on what else", "Shetland"),
        ("season 1's director of heartstopper, what else has he directed", "Torchwood"),
        ("what has season 3's director of heartstopper done besides it", "Shetland"),
    ],
)
async def test_a_season_named_first_before_the_role_of_a_show_describes_that_seasons_holder(
    engine: QuestionEngine, question: str, known_for: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert known_for in answer.text
    assert ("Euros Lyn" in answer.text) == (known_for == "Torchwood")  # only the season's director


async def test_a_seasons_role_put_first_describes_its_holder(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "season 3's director, what else has he done", now=NOW, default_show="Heartstopper"
    )
    assert "Andy Newberry" in answer.text
    assert "Shetland" in answer.text


@pytest.mark.parametrize(
    ("question", "known_for"),
    [
        ("what else has the guy who did the first two seasons done", "Torchwood"),
        ("what else has the person who handled the third season done", "Shetland"),
    ],
)
async def test_someone_who_did_the_seasons_named_with_the_is_their_director(
    engine: QuestionEngine, question: str, known_for: str
) -> None:
    answer = await engine.answer(question, now=NOW, default_show="Heartstopper")
    assert known_for in answer.text


async def test_the_same_guy_who_did_other_seasons_is_checked_against_the_season_asked(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "is the heartstopper s3 director the same guy who did the first two seasons?", now=NOW
    )
    assert answer.text.startswith("No")
    assert "Andy Newberry" in answer.text
