"""A title between "what is" and the value asked of it ("what is reacher rotten tomatoes score", "what is the
good place rotten tomatoes score") is a title nobody knows in a seed-only database: "I don't have facts about
X", never the seed show's scores; the value asked alone is still the show talked about's."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_before_a_score_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "wat is reacher rotten tomatos score")
    assert answer.text.startswith("I don't have facts about Reacher"), answer.text


async def test_everyday_words_before_a_score_are_a_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is the good place rotten tomatoes score")
    assert answer.text.startswith("I don't have facts about The Good Place"), answer.text


async def test_the_score_asked_alone_is_the_show_talked_abouts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what is the rotten tomatoes score")
    assert "98%" in answer.text, answer.text
