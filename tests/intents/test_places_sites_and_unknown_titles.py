"""Where the fan is ("In Brazil the show is very popular.") and where a photo was posted ("which instagram
account shared that pic") are no titles; "24" watched and "you" getting another season are."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.ordinary_words import everyday

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


async def test_a_country_the_fan_is_in_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("In Japan the series is loved. Who created it?", now=NOW)
    assert answer.kind == "answer"
    assert "Alice Osman" in answer.text
    answer = await engine.answer(
        "In Portugal the show is a big deal. How many BAFTA nominations did it get?", now=NOW
    )
    assert "three" in answer.text


async def test_a_show_asked_about_after_the_place_is_still_unknown(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "In Brazil the show is very popular. How many seasons does The Bear have?", now=NOW
    )
    assert answer.kind == "unknown"
    assert "The Bear" in answer.text
    answer = await engine.answer("is emily in paris renewed", now=NOW)
    assert "Emily in Paris" in answer.text


def test_social_sites_are_everyday_words() -> None:
    assert everyday("instagram") and everyday("tiktok") and everyday("accounts")
    assert not everyday("youtube")  # a network too


async def test_the_account_that_posted_a_photo_is_the_one_the_news_gave(engine: QuestionEngine) -> None:
    # The seed article says who posted its picture (a fact since fanq33): a site it was not on is said so.
    for question in ("which instagram account shared that pic", "what instagram page put out the new pic"):
        answer = await engine.answer(question, now=NOW)
        assert answer.text.startswith("Not on Instagram: the official Netflix X account posted it"), question


async def test_the_account_that_posted_a_photo_is_said_missing(engine: QuestionEngine) -> None:
    # (of Agatha All Along, which has no post on record: Heartstopper's is answered, test_posted_pictures.py)
    for question in (
        "which instagram account shared that agatha pic",
        "what instagram page put out the new agatha pic",
    ):
        answer = await engine.answer(question, now=NOW)
        assert "who posts" in answer.text, question
        assert "Instagram" not in answer.text


async def test_a_number_watched_is_a_title(engine: QuestionEngine) -> None:
    for question in ("where can i watch 24", "where do i stream 1923"):
        answer = await engine.answer(question, now=NOW)
        assert answer.kind == "unknown", question
        assert "Heartstopper" not in answer.text
    answer = await engine.answer("where can i watch season 3", now=NOW)
    assert "Netflix" in answer.text


async def test_another_season_said_of_a_show_marks_its_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("is you getting another season", now=NOW)
    assert answer.kind == "unknown"
    assert "You" in answer.text and "Heartstopper" not in answer.text
    answer = await engine.answer("is heartstopper getting another season", now=NOW)
    assert answer.text.startswith("Yes")
