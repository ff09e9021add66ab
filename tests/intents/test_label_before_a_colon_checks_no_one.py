"""Words set off before a colon with the verb ending them ("sunday night plans: ...", "plans" read as "plays")
are a label, no check of someone nobody knows: the question after it is answered; "pedro pascal directed
heartstopper?" still checks him."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_label_before_a_colon_is_no_one_checked(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "sunday night plans: heartstopper rewatch. what is the audience score on rotten tomatoes?"
    )
    assert answer.kind == "answer" and "96%" in answer.text


async def test_someone_checked_by_a_verb_is_still_checked(engine: QuestionEngine) -> None:
    answer = await chat(engine, "pedro pascal directed heartstopper?")
    assert answer.text.startswith("I don't have facts about Pedro Pascal")
