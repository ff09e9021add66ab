"""A day asked ("what day of the week", "which date") of a premiere the facts hold only by its year says the
day is not known before the year (intents/understand/rephrase.py keeps "exactly" when it reads "when")."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_the_weekday_of_a_year_only_premiere_is_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("what day of the week did the quiet orchard season 1 come out")
    assert answer.text.startswith("I don't know the exact date, only the year")


async def test_the_date_of_a_year_only_premiere_is_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("which date did the quiet orchard s1 drop")
    assert answer.text.startswith("I don't know the exact date, only the year")
