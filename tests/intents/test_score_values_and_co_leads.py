"""Which of a show's two scores a number is ("is 79 the critics or the audience score?",
intents/understand/score_values.py), and who plays opposite someone: the other of their show's two billed
leads (intents/understand/co_leads.py). Invented shows."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_number_is_named_as_the_side_holding_it(fans: QuestionEngine) -> None:
    answer = await fans.answer("ember crossing: is 79 the critics number or the audience one?")
    assert answer.text.startswith("The audience score")


async def test_a_number_neither_score_holds_is_neither(fans: QuestionEngine) -> None:
    answer = await fans.answer("which ember crossing score is the 80, critics or audience")
    assert answer.text.startswith("Neither is 80%")


async def test_who_plays_opposite_someone_is_the_other_billed_lead(fans: QuestionEngine) -> None:
    answer = await fans.answer("who does dana lower act opposite")
    assert answer.text.startswith("Tobias Grell plays opposite Dana Lower in Ember Crossing")
