"""A title nobody knows matched with a known show keeps the thread on it, however everyday its words (the seed
database: Heartstopper is the default show): "friends vs heartstopper which one is better" is about Friends,
"is house based on a webcomic?" ... "like heartstopper?" asks again of House, with Heartstopper its yardstick;
"I have a question regarding the circle: ..." names The Circle as the topic."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("friends vs heartstopper which one is better", "Friends"),
        ("the good doctor vs heartstopper which one is better", "The Good Doctor"),
    ],
)
async def test_a_title_set_against_a_known_show_is_the_subject(
    engine: QuestionEngine, opening: str, title: str
) -> None:
    conversation = Conversation()
    first = await engine.answer(opening, conversation)
    assert first.text.startswith(f"I don't have facts about {title}")
    answer = await engine.answer("which has more episodes", conversation)
    assert "Heartstopper has 16 episodes" not in answer.text
    assert answer.text.startswith(f"I don't have facts about {title}")


async def test_season_against_season_names_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("season 2 vs season 3 which one is better", Conversation())
    assert not answer.text.startswith("I don't have facts about")


async def test_a_webcomic_is_a_source_not_a_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("is house based on a webcomic?", Conversation())
    assert answer.text.startswith("I don't have facts about House")


async def test_like_a_known_show_asks_again_of_the_unknown_subject(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is the good doctor based on a webcomic?", conversation)
    answer = await engine.answer("like heartstopper?", conversation)
    assert answer.text.startswith("I don't have facts about The Good Doctor")
    assert "Alice Osman" not in answer.text


async def test_and_a_known_show_still_turns_to_it(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is euphoria based on a book", conversation)
    answer = await engine.answer("and heartstopper?", conversation)
    assert "Heartstopper" in answer.text and not answer.text.startswith("I don't have facts")


async def test_a_title_named_as_the_topic_before_a_colon_is_the_subject(engine: QuestionEngine) -> None:
    conversation = Conversation()
    first = await engine.answer(
        "Hello! I hope you are well. I have a question regarding the circle: could you tell me when it was "
        "first released?",
        conversation,
    )
    assert first.text.startswith("I don't have facts about The Circle")
    answer = await engine.answer("Also, who wrote it?", conversation)
    assert answer.text.startswith("I don't have facts about The Circle")


@pytest.mark.parametrize(
    "question",
    [
        "quick question about the new season: when is it out?",
        "a question regarding heartstopper: who wrote it",
    ],
)
async def test_a_known_topic_before_a_colon_is_still_answered(engine: QuestionEngine, question: str) -> None:
    answer = await engine.answer(question, Conversation())
    assert answer.kind == "answer" and "Heartstopper" in answer.text


async def test_a_feeling_set_off_by_a_dash_is_no_topic(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "We're confused though — it says the new season is coming but we can't find a date. When's it out?",
        Conversation(),
    )
    assert "October 3, 2024" in answer.text
