"""A number word before a joining word inside a title nobody knows ("two and a half men", "two and a half
kids") keeps the title whole in a title's place: no facts about it, never the default show's score."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_opening_with_a_number_word_and_a_join_is_unknown(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "What is the Rotten Tomatoes score for two and a half kids?", "And the audience score?"
    )
    assert answer.text.startswith("I don't have facts about Two and a Half Kids"), answer.text


async def test_numbered_episodes_of_a_known_show_stay_its(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed episodes one and two of heartstopper")
    assert "Euros Lyn" in answer.text
