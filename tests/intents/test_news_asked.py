"""A show's news asked in the fan's words (conv33): when they ask is no part of it, and the overview it gets
holds the season's posted picture and the premiere day a follow-up measures from."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.news_asks import news_asked
from tests.helpers import chat


def test_news_asked_today_is_the_shows_news() -> None:
    assert news_asked("any heartstopper news today".split()) == "any news about heartstopper".split()


def test_anything_new_with_a_show_is_its_news() -> None:
    assert news_asked("anything new with heartstopper".split()) == "any news about heartstopper".split()


def test_news_of_a_kind_is_left_to_its_question() -> None:
    assert news_asked("any renewal news today".split()) == "any renewal news today".split()


async def test_the_news_overview_holds_the_posted_picture(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the heartstopper news today")
    assert answer.intent == "season_overview" and "behind-the-scenes photo" in answer.text


async def test_how_far_away_after_the_news_is_the_premieres_distance(engine: QuestionEngine) -> None:
    answer = await chat(engine, "any heartstopper news today?", "how far away is that")
    assert answer.intent == "countdown" and "30 days" in answer.text
