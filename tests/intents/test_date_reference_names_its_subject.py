"""A distance asked of the last answer's date ("how long is that from today?") names what the date is, so a
reader who skipped the answer before still knows which premiere is meant."""

from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.intents.fan_world import TODAY


async def test_a_distance_to_a_seasons_premiere_names_the_season(fans: QuestionEngine) -> None:
    conversation = Conversation()
    await fans.answer("when does ember crossing season 2 come out", conversation, now=TODAY)
    answer = await fans.answer("how long is that from today", conversation, now=TODAY)
    assert answer.text.startswith("Ember Crossing season 2's premiere: "), answer.text
    assert answer.text.endswith("is in 3 months (101 days)."), answer.text


async def test_a_distance_after_another_question_still_names_the_premiere(fans: QuestionEngine) -> None:
    conversation = Conversation()
    await fans.answer("when does ember crossing season 2 come out", conversation, now=TODAY)
    await fans.answer("who's in it", conversation, now=TODAY)
    answer = await fans.answer("how long till it comes out", conversation, now=TODAY)
    assert answer.text.startswith("Ember Crossing season 2's premiere: "), answer.text
