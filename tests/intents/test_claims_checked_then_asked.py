"""A claim someone reported, then 'is that true and <question>': the check is of the claim, and the question
after it is asked too; 'also' inside a claim joins no second question."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.question_sentence import question_sentence


def test_is_that_true_and_a_question_asks_of_the_claim_before_it() -> None:
    asked, _rest = question_sentence(
        "my neighbour watches way too much tv and says the director of the first seasons did torchwood?? "
        "is that true and what's his name"
    )
    assert asked == "the director of the first seasons did torchwood? what's his name"


async def test_also_inside_a_reported_claim_is_read_as_too(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "my sister says the director of the first seasons also did torchwood. did he?"
    )
    assert answer.text.startswith("Euros Lyn worked on Torchwood")
