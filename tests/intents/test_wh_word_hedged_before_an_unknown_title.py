"""A wh-word pinned down by an adverb ("when exactly does X premiere", and "what day does X premiere", read
so) still puts a title in the subject's place: a title of everyday words nobody knows gets no facts, never
the default show's date."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_what_day_does_an_everyday_title_premiere_is_about_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hey bot what day does bad sisters premiere", "and on which platform")
    assert answer.text.startswith("I don't have facts about Bad Sisters"), answer.text


async def test_when_exactly_does_a_known_show_come_back_is_still_answered(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when exactly does heartstopper come back")
    assert "October 3, 2024" in answer.text
