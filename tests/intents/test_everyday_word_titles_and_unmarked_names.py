"""Names nobody knows that the reading of names sets aside as talk, in places that make them the subject: a
title of everyday words between a subject's auxiliary and its predicate ("when does Would I Lie to You?
premiere"), and a full name left in lower case right after a yes/no's auxiliary in a message capitalising
other names ("Would bronagh quill be appearing alongside Kathryn Hahn ..."). Neither gets another show's
facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_everyday_word_title_as_a_premieres_subject_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "hey bot what day does Would I Lie to You? premiere", "and on which platform")
    assert answer.text.startswith("I don't have facts about Would I Lie to You"), answer.text


async def test_a_lower_case_full_name_after_the_auxiliary_is_whom_it_asks_of(engine: QuestionEngine) -> None:
    answer = await chat(engine, "Would bronagh quill be appearing alongside Kathryn Hahn in the Marvel show?")
    assert answer.text == "I don't have facts about Bronagh Quill.", answer.text


async def test_talk_after_the_auxiliary_beside_a_known_person_is_still_answered(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "Would really love to know if Kit Connor is in it")
    assert "Kit Connor" in answer.text, answer.text
