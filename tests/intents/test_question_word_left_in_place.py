"""A question word left where its answer goes ("and its on what", "agatha is on which"): the service a show
is on, not what the show is about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.frames import read_frame
from tests.helpers import chat


def test_a_show_on_what_asks_where_to_watch() -> None:
    assert read_frame("xshowx is on what") == "where_to_watch"
    assert read_frame("its on which") == "where_to_watch"


async def test_the_service_is_answered_for_a_show_on_what(world: QuestionEngine) -> None:
    answer = await chat(world, "harbor nine is on what")
    assert "Peacock" in answer.text


async def test_its_on_what_in_a_thread_asks_of_the_show_talked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "when did copper lanterns come out", "and its on wat")
    assert "Hulu" in answer.text
