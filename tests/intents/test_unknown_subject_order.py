"""A show nobody knows keeps its place among the conversation's subjects: "the other one" after going back to
a known show, and a title named beside a known person, are that unknown show, never another show's facts."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import last_text


@pytest.mark.parametrize(
    "follow_up",
    [
        "and the other one, who's in it?",
        "and the other one's score?",
        "the other show, network?",
        "back to the other one, who's in it?",
    ],
)
async def test_the_other_one_after_going_back_is_the_unknown_show(
    engine: QuestionEngine, follow_up: str
) -> None:
    reply = await last_text(engine, "when is the bear s3 out", "ok and heartstopper season 3?", follow_up)
    assert reply.startswith("I don't have facts about The Bear")


async def test_back_to_the_first_show_may_be_an_unknown_one(engine: QuestionEngine) -> None:
    reply = await last_text(
        engine, "when is the bear s3 out", "and agatha all along?", "back to the first show, who's in it"
    )
    assert reply.startswith("I don't have facts about The Bear")


async def test_the_other_one_stays_with_known_shows_when_no_unknown_one_was_named(
    engine: QuestionEngine,
) -> None:
    reply = await last_text(engine, "when's agatha all along out", "and hs3?", "the other show, who's in it")
    assert "Kathryn Hahn" in reply


@pytest.mark.parametrize(
    "opener", ["is kit connor in rocketman", "who plays nick in nick and norah", "is joe locke in the bear"]
)
async def test_a_title_named_beside_a_known_person_becomes_the_subject(
    engine: QuestionEngine, opener: str
) -> None:
    reply = await last_text(engine, opener, "when did it come out?")
    assert reply.startswith("I don't have facts about")
    assert "Heartstopper" not in reply


async def test_he_still_means_the_person_named_beside_an_unknown_title(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "is kit connor in rocketman", "is it out yet", "what else is he in")
    assert "Kit Connor" in reply


@pytest.mark.parametrize(
    "guess",
    ["whos the director, euros lyn?", "and who created it, alice osman?", "does olivia colman have a role"],
)
async def test_a_known_name_guessed_about_an_unknown_show_gets_no_other_shows_credit(
    engine: QuestionEngine, guess: str
) -> None:
    reply = await last_text(engine, "heartbreak high s2 cast", guess)
    assert reply.startswith("I don't have facts about Heartbreak High")


async def test_likening_an_unknown_show_to_a_known_one_compares_nothing(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "abbott elementary network", "is it on netflix like heartstopper")
    assert reply.startswith("I don't have facts about Abbott Elementary")


@pytest.mark.parametrize(
    "opener",
    [
        "my friend keeps talking about the bear, when's it back",
        "my sister loves gilmore girls, is it still on netflix",
        "i heard gilmore girls is good, is it on netflix",
    ],
)
async def test_a_title_in_the_first_messages_chatter_is_what_it_means(
    engine: QuestionEngine, opener: str
) -> None:
    first = await last_text(engine, opener)
    assert first.startswith("I don't have facts about")
    reply = await last_text(engine, opener, "who's in it")
    assert reply.startswith("I don't have facts about")


@pytest.mark.parametrize(
    "follow_up", ["is it the same director as heartstopper", "does it have the same creator as heartstopper"]
)
async def test_the_same_person_as_a_known_show_compares_nothing_for_an_unknown_one(
    engine: QuestionEngine, follow_up: str
) -> None:
    reply = await last_text(engine, "young royals cast?", follow_up)
    assert reply.startswith("I don't have facts about Young Royals")


async def test_a_question_not_understood_leaves_the_unknown_show_the_subject(engine: QuestionEngine) -> None:
    reply = await last_text(
        engine, "young royals cast?", "is it as good as heartstopper", "did euros lyn direct it"
    )
    assert reply.startswith("I don't have facts about Young Royals")
