"""Follow-ups of conv27: a number set against the last answer's, a place in a listed pair ("the latter"),
corrections that name a side or a role, going back to someone by their role, being in a season."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_score_set_against_a_number(engine: QuestionEngine) -> None:
    answer = await chat(engine, "heartstopper critics score on rotten tomatoes?", "is that above 90")
    assert answer.text.startswith("Yes") and "98%" in answer.text


async def test_a_count_set_against_a_number_in_words(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "how many episodes did euros lyn direct for heartstopper", "is that over twenty"
    )
    assert answer.text.startswith("No") and "16" in answer.text


async def test_the_number_compared_leaves_no_unknown_title_behind(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "how many episodes did euros lyn direct", "is that more than ten", "who directed season 3"
    )
    assert "Andy Newberry" in answer.text and "Than Ten" not in answer.text


async def test_a_number_after_a_show_nobody_knows_is_no_check(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the critics score for shogun", "is that over 95")
    assert answer.kind == "unknown" and "98" not in answer.text


async def test_the_last_of_a_listed_pair_of_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which shows is joe locke in", "when does the last one come out")
    assert "September 18" in answer.text and "October 3" not in answer.text


async def test_the_latter_of_a_listed_pair_of_people(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who are the directors of heartstopper", "what else has the latter done")
    assert "Shetland" in answer.text and "Torchwood" not in answer.text


async def test_the_first_two_seasons_is_no_place_in_the_list(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "which shows is joe locke in", "who directed the first two seasons of heartstopper"
    )
    assert "Euros Lyn" in answer.text


async def test_the_other_side_of_the_scores_after_a_take_back(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's heartstopper's critics score", "scratch that, the audience one")
    assert "96%" in answer.text and "98%" not in answer.text


async def test_wrong_role_then_the_one_meant(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "what has euros lyn directed besides heartstopper", "wrong director, the season 3 one"
    )
    assert "Shetland" in answer.text and "Wrong Director" not in answer.text


async def test_going_back_to_the_director_by_role(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who directed heartstopper s3",
        "who's in agatha all along",
        "going back to the director, what else has he done",
    )
    assert "Shetland" in answer.text and "Joe Locke" not in answer.text


async def test_circling_back_to_the_creator_asks_of_her(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who created heartstopper",
        "who plays nick",
        "circling back to the creator, did she write the books",
    )
    assert answer.text.startswith("Yes") and "Alice Osman" in answer.text


async def test_in_a_season_says_the_cast_is_not_credited_by_season(engine: QuestionEngine) -> None:
    # Billed below the leads: whether she is in that season is not known (conv34; the leads still get "Yes").
    answer = await chat(engine, "is yasmin finney in heartstopper", "is she in season 3")
    assert answer.text.startswith("I don't know") and "season by season" in answer.text


async def test_in_the_season_3_picture_is_in_the_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "is he in that new s3 bts pic netflix posted")
    assert answer.text.startswith("Yes") and "season by season" not in answer.text


async def test_back_to_the_first_of_a_role_is_no_role_alone(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays charlie in heartstopper",
        "who plays nick?",
        "back to the first actor, what else is he in?",
    )
    assert "Agatha All Along" in answer.text
