"""A check of the site a score is from ("that's rotten tomatoes yeah?" after a score, "is it on imdb") says
yes when the site holds the show's scores, and never when the check judges the score instead (invented
world: The Quiet Orchard holds a Rotten Tomatoes critics score and an IMDb users' score)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.fan_world import TODAY


async def test_the_site_of_the_last_score_checked_back_says_yes(fans: QuestionEngine) -> None:
    # w25c dev: "thats rotten tomatoes yeah?" after a critics score answered without a yes.
    conversation = Conversation()
    await fans.answer("the quiet orchard critics score", conversation=conversation, now=TODAY)
    answer = await fans.answer("thats rotten tomatoes yeah?", conversation=conversation, now=TODAY)
    assert answer.text.startswith("Yes. The Quiet Orchard scores")


async def test_a_site_checked_by_an_auxiliary_says_yes(fans: QuestionEngine) -> None:
    answer = await fans.answer("is the quiet orchard on imdb", now=TODAY)
    assert answer.text.startswith("Yes. The Quiet Orchard scores 8.4/10 from users on IMDb")


async def test_a_judgement_of_the_score_on_a_site_is_no_site_check(fans: QuestionEngine) -> None:
    answer = await fans.answer("is the quiet orchard rated badly on imdb", now=TODAY)
    assert not answer.text.startswith("Yes.")
