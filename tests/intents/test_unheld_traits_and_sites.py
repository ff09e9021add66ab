"""Questions about what no article says of a person (age, height, where they are from, private life) get
"I don't have" first, never a "Yes" decided by their credit; a review site named alone is no title nobody
knows; "they" after one answered person stands for that person."""

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.fan_world import TODAY


@pytest.mark.parametrize(
    ("question", "lacking"),
    [
        ("is tobias grell older than dana lower", "Tobias Grell's age or birthday"),
        ("who's younger, dana lower or tobias grell", "Dana Lower's age or birthday"),
        ("is dana lower taller than tobias grell", "Dana Lower's height"),
        ("is lena sorvik british", "where Lena Sorvik is from"),
        ("is wendell harp american?", "where Wendell Harp is from"),
        ("is tobias grell gay", "anything about Tobias Grell's private life"),
    ],
)
async def test_a_trait_no_article_gives_is_said_missing(
    fans: QuestionEngine, question: str, lacking: str
) -> None:
    answer = await fans.answer(question, now=TODAY)
    assert answer.text.startswith(f"I don't have {lacking}"), answer.text


@pytest.mark.parametrize("site", ["metacritic", "metascore", "letterboxd"])
async def test_a_review_site_named_alone_is_no_unknown_title(fans: QuestionEngine, site: str) -> None:
    answer = await fans.answer(f"what's the {site} score", Conversation(), now=TODAY)
    assert "I don't have facts about" not in answer.text, answer.text


async def test_a_review_site_asked_of_the_shows_pronoun_keeps_the_show(fans: QuestionEngine) -> None:
    conversation = Conversation()
    await fans.answer("when does ember crossing season 2 come out", conversation, now=TODAY)
    answer = await fans.answer("what's its metascore", conversation, now=TODAY)
    assert answer.text.startswith("I don't have a Metacritic score for Ember Crossing"), answer.text


async def test_they_after_one_answered_person_is_that_person(fans: QuestionEngine) -> None:
    answer = await fans.answer("who created the quiet orchard and what else did they make", now=TODAY)
    assert "Night Ferry" in answer.text
    assert "Which person" not in answer.text


async def test_every_episode_is_more_than_a_writing_credit_says(fans: QuestionEngine) -> None:
    answer = await fans.answer("did wendell harp write every episode of the quiet orchard", now=TODAY)
    assert answer.text.startswith("I can't tell whether Wendell Harp wrote every episode"), answer.text


async def test_a_writing_credit_without_every_is_still_yes(fans: QuestionEngine) -> None:
    answer = await fans.answer("did wendell harp create the quiet orchard", now=TODAY)
    assert answer.text.startswith("Yes"), answer.text
