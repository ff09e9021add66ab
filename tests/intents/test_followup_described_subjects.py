"""Follow-ups that lean on a subject described rather than named: a show described by someone in it as an
ellipsis, the name of the subject asked again, a person credited only with another title as "he"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.test_followups import chat


async def test_he_after_a_credit_on_a_title_known_only_as_work_means_that_person(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed the library suicides", "did he direct heartstopper")
    assert answer.text.startswith("Yes") and "Euros Lyn" in answer.text
