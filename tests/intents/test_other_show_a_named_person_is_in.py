"""'the other show <person> is in, <question about it>' while one of the person's shows is the subject asks
the question of the person's other show, never the subject again (seed facts: Joe Locke is in Heartstopper
and Agatha All Along)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import last_text


@pytest.mark.parametrize(
    "follow_up",
    [
        "and the other show joe locke is in, when is its next season out",
        "ok the other series joe locke stars in, is it back yet",
    ],
)
async def test_the_other_show_a_named_person_is_in_is_asked_about(
    engine: QuestionEngine, follow_up: str
) -> None:
    reply = await last_text(engine, "when does agatha all along come out", follow_up)
    assert "Heartstopper" in reply and "October 3" in reply
    assert "Agatha" not in reply
