"""The last check on every answer reads an honest gap in a known person's facts that goes on with what is held
of them ("I don't have an acting role for Andy Newberry: he is credited as director of Heartstopper") as
telling their facts: asked of someone nobody knows, it becomes "I don't have facts about X"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_known_persons_gap_is_not_told_for_someone_nobody_knows(engine: QuestionEngine) -> None:
    # "hidden" is a show Andy Newberry directed: "they" is still the actor asked about.
    thread = ("was claire foy in hidden?", "the show newberry directed", "who did they play")
    answer = await chat(engine, *thread)
    assert answer.text.startswith("I don't have facts about Claire Foy") and "Newberry" not in answer.text


async def test_a_known_persons_gap_is_still_told_of_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper s3", "who does he play")
    assert answer.text.startswith("I don't have an acting role for Andy Newberry")
