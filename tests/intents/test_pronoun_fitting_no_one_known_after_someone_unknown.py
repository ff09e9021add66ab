"""After someone nobody knows asked of beside a known person ("who plays charlie" ... "and Nick Bridge?"), a
pronoun that fits no known person named ("what else is she in": Joe Locke is "he") means the unknown one:
no facts about them, never the known person's other work."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_pronoun_fitting_no_known_person_means_the_unknown_one(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who plays charlie in heartstopper", "and Nick Bridge?", "what else is she in"
    )
    assert answer.text.startswith("I don't have facts about Nick Bridge")
    assert "Joe Locke" not in answer.text


async def test_a_pronoun_fitting_the_known_person_is_still_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "what else is he in")
    assert "Joe Locke" in answer.text
