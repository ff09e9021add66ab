"""A crew role whose name holds "story" ("story consultant") asks for that role, not what a show is about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.frames import read_frame
from tests.helpers import chat


def test_a_story_consultant_is_a_crew_role() -> None:
    assert read_frame("xshowx story consultant") == "crew"


def test_the_story_alone_still_asks_what_a_show_is_about() -> None:
    assert read_frame("whats the story of xshowx") == "about"


async def test_a_bare_role_after_another_question_asks_for_that_role(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hs creator?", "hs story consultant?")
    assert "Lauren James" in answer.text
