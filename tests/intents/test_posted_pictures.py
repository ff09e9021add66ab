"""The picture Netflix posted of Heartstopper season 3 (the seed's `picture` descriptor): where, by whom, of
which season, checks of it, and follow-ups about it; whom it shows stays the cast's."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.plainer_asks import plainer_asks
from tests.helpers import chat


async def test_where_a_picture_was_posted(engine: QuestionEngine) -> None:
    answer = await chat(engine, "where was the new hs3 bts photo posted")
    assert answer.intent == "picture" and "Netflix X account" in answer.text


async def test_who_posted_a_picture_named_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hs3 bts pic who posted it")
    assert answer.text.startswith("The official Netflix X account posted")
    assert "behind-the-scenes photo of Heartstopper season 3" in answer.text


async def test_what_was_posted_is_the_picture_described(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what did netflix post about heartstopper this week?")
    assert "behind-the-scenes photo" in answer.text and "Joe Locke and Kit Connor" in answer.text


async def test_the_season_a_picture_talked_about_is_from(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in the hs3 bts pic", "which season is it from?")
    assert answer.intent == "picture" and "season 3" in answer.text


async def test_posted_where_as_an_ellipsis(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in the hs3 bts pic", "posted where?")
    assert answer.intent == "picture" and "Netflix X account" in answer.text


async def test_a_wrong_place_checked_says_no_first(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who posted the heartstopper bts picture", "was it on instagram?")
    assert answer.text.startswith("No") and "on X" in answer.text


async def test_behind_the_scenes_checked_says_yes_first(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "where did netflix post the new hs3 pic", "and back to the photo, was it bts?"
    )
    assert answer.text.startswith("Yes")


async def test_back_to_the_picture_after_a_show_nobody_knows(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "heartstopper bts pic, who's in it",
        "who created ted lasso",
        "back to that photo, who posted it?",
    )
    assert answer.intent == "picture" and "Netflix X account posted" in answer.text


async def test_a_picture_of_a_show_nobody_knows_is_not_heartstoppers(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who posted the bear bts pic")
    assert "Heartstopper" not in answer.text


async def test_a_trailer_is_not_the_picture(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when did netflix post the heartstopper trailer")
    assert answer.intent != "post" and "behind-the-scenes" not in answer.text


async def test_where_to_watch_after_the_picture_asks_of_the_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who posted the hs3 bts pic", "where can i watch it")
    assert answer.intent != "post" and "Netflix" in answer.text


async def test_whom_a_picture_shows_stays_the_casts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "is he in that new s3 bts pic netflix posted")
    assert answer.intent != "post" and answer.text.startswith("Yes")


async def test_the_people_a_picture_shows_are_they_next(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what did netflix post about heartstopper", "who do they play?")
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text


def test_an_embedded_who_they_play_asks_it() -> None:
    assert plainer_asks("who they play again".split()) == "who do they play again".split()


async def test_the_fans_guess_after_who_posted_it_is_checked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who posted the hs3 bts pic? instagram?")
    assert answer.text.startswith("No") and "on X" in answer.text


async def test_days_from_the_posting_to_the_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many days from when the bts photo was posted until hs3 premieres")
    assert answer.text.startswith("30 days, from Tuesday, September 3, 2024")


async def test_his_co_star_in_the_picture_is_the_other_one_it_shows(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Who plays Nick Nelson?", "Who is his co-star in the Netflix BTS photo?")
    assert answer.text.startswith("Joe Locke, with Kit Connor") and answer.answers == ("Joe Locke",)


async def test_that_one_after_the_co_star_in_the_picture(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "Who plays Nick Nelson?",
        "Who is his co-star in the Netflix BTS photo?",
        "What character does that one play?",
    )
    assert "Charlie Spring" in answer.text


async def test_sharing_without_a_picture_is_no_posting(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who wrote shows that share directors with heartstopper")
    assert answer.intent != "post"


async def test_who_shared_the_picture_is_who_posted_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who shared the new heartstopper photo?")
    assert answer.intent == "picture" and answer.text.startswith("The official Netflix X account posted")
