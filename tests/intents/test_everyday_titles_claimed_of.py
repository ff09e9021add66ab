"""A claim put to be confirmed that opens with a title of everyday words ("better call saul was written by
alice osman right", "house is from the same creator as heartstopper isn't it") is about that title: "I don't
have facts about X", never a "Yes" about Heartstopper's writer (the seed database)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from intents.query import Conversation


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("better call saul was written by alice osman right", "Better Call Saul"),
        ("house is from the same creator as heartstopper isn't it", "House"),
    ],
)
async def test_an_everyday_title_a_claim_opens_with_is_its_subject(
    engine: QuestionEngine, claim: str, title: str
) -> None:
    conversation = Conversation()
    answer = await engine.answer(claim, conversation)
    assert answer.text.startswith(f"I don't have facts about {title}")
    follow_up = await engine.answer("oh. then who made it", conversation)
    assert follow_up.text.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize(
    "claim",
    [
        "the show was written by alice osman right",
        "season 3 was directed by andy newberry right",
        "heartstopper was written by alice osman right",
    ],
)
async def test_claims_of_the_show_talked_about_are_still_answered(engine: QuestionEngine, claim: str) -> None:
    answer = await engine.answer(claim, Conversation())
    assert not answer.text.startswith("I don't have facts about")


@pytest.mark.parametrize(
    ("check", "title"),
    [
        ("was fleabag written by alice osman", "Fleabag"),
        ("is better call saul directed by euros lyn", "Better Call Saul"),
    ],
)
async def test_a_credit_checked_of_a_title_nobody_knows_is_about_that_title(
    engine: QuestionEngine, check: str, title: str
) -> None:
    # leak48: "was andor written by alice osman" (seed database) got "Yes, Alice Osman is a writer of
    # Heartstopper".
    answer = await engine.answer(check)
    assert answer.text.startswith(f"I don't have facts about {title}") and "Yes" not in answer.text


async def test_a_credit_checked_of_the_held_show_is_still_answered(engine: QuestionEngine) -> None:
    answer = await engine.answer("was heartstopper written by alice osman")
    assert answer.text.startswith("Yes, Alice Osman")
