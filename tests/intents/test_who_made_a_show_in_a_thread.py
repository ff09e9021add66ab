"""'who made <show>' asked in a thread is a question of its own about who created the show, never the last
question again about that show (seed facts: Alice Oseman created Heartstopper)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import last_text


@pytest.mark.parametrize("before", ["when is hs3 out", "did heartstopper get any baftas"])
async def test_who_made_the_show_after_another_question_about_it_asks_its_creator(
    engine: QuestionEngine, before: str
) -> None:
    reply = await last_text(engine, before, "ok so who made heartstopper")
    assert "Alice Osman" in reply
    assert "October 3" not in reply and "BAFTA" not in reply
