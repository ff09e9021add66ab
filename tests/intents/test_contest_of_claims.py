"""Who of two claims wins ("he says X, i say Y. who wins?", "who won the bet?") asks whether the claim holds,
as "who's right" does, never about awards won (intents/understand/sentences.py, normalize.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from intents.understand.sentences import asks_nothing_itself

NOW = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "holds"),
    [
        (
            "my friend says kit connor plays charlie but i say he plays nick. who wins?",
            "Joe Locke plays Charlie",
        ),
        (
            "I've got a bet with my brother: he says Kit Connor plays Charlie, I say Nick. who wins?",
            "Joe Locke",
        ),
        ("bet with my mate: he says heartstopper is on disney+, i say netflix. who wins", "Netflix"),
        ("my sister says agatha comes out before hs3, i say after. who won the bet?", "15 days"),
    ],
)
async def test_who_wins_after_two_claims_checks_them(
    engine: QuestionEngine, question: str, holds: str
) -> None:
    answer = await engine.answer(question, now=NOW)
    assert holds in answer.text
    assert "wins on record" not in answer.text


async def test_who_won_alone_after_awards_still_asks_about_awards(engine: QuestionEngine) -> None:
    answer = await engine.answer("heartstopper awards: who won?", now=NOW)
    assert "BAFTA" in answer.text


@pytest.mark.parametrize(
    ("said", "nothing"), [("who wins?", True), ("so who won the bet", True), ("any wins?", False)]
)
def test_who_wins_asks_nothing_by_itself(said: str, nothing: bool) -> None:
    assert asks_nothing_itself(said) is nothing
