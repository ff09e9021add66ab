"""A person's record of work named in other words ("his resume", "her résumé") asks for their other work:
the word is no part of a name, so "his resume" is never a title nobody knows."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.known_words import is_known, known_words
from tests.helpers import chat


async def test_anything_else_on_his_resume_is_his_other_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 1", "anything else on his resume")
    assert "Doctor Who" in answer.text and "I don't have facts about" not in answer.text


async def test_a_full_name_before_resume_is_that_persons_work(engine: QuestionEngine) -> None:
    answer = await chat(engine, "anything else on euros lyn resume")
    assert "Torchwood" in answer.text


def test_a_word_one_letter_from_resume_is_no_typo_of_it() -> None:
    assert not is_known("presumed", known_words(frozenset()))
