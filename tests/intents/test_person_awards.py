"""A person's awards: Marquee keeps awards for shows, so a person's are said to be missing first, then their
show's (a show's win or nomination is never passed off as theirs; seed facts)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize(
    "asked",
    ["has kit connor won any awards", "has joe locke won a bafta", "was kit connor nominated for a bafta"],
)
async def test_a_persons_awards_are_missing_then_their_shows(engine: QuestionEngine, asked: str) -> None:
    # fanq45: "has kit connor won any awards" was "Yes, Kit Connor plays Nick Nelson in Heartstopper";
    # "did anna sawai win an emmy" was "Yes. Shōgun has won one Emmy award".
    answer = await engine.answer(asked)
    assert answer.text.startswith("I don't have awards for")
    assert "Heartstopper has received three BAFTA nominations" in answer.text


async def test_a_shows_awards_are_still_the_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("was heartstopper nominated for a bafta")
    assert answer.text.startswith("Yes")


async def test_a_shows_awards_said_beside_a_person_are_the_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "which is the bigger number: episodes euros lyn directed or bafta noms heartstopper got"
    )
    assert "I don't have awards for" not in answer.text
