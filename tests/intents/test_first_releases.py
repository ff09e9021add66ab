"""A show's first release named by "first" ("the first heartstopper premiere", "heartstopper's first debut")
is its season 1: a span to another season counts the days between the two."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.first_seasons import first_as_season
from tests.helpers import BEFORE_PREMIERE


async def test_days_from_the_first_release_to_another_season_span_both_seasons(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "how many days between the first heartstopper premiere and the s3 premiere", now=BEFORE_PREMIERE
    )
    assert "895 days" in answer.text


async def test_a_title_first_release_is_its_season_one(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "how many days from heartstopper's first debut to season 3's debut", now=BEFORE_PREMIERE
    )
    assert "895 days" in answer.text


def test_a_first_release_named_alone_stays_the_shows() -> None:
    def known(name: str) -> bool:
        return name == "heartstopper"

    words = "when did heartstopper first release".split()
    assert first_as_season(words, known) == words
    spanned = "days from heartstopper first release to s3".split()
    assert first_as_season(spanned, known)[2:5] == ["heartstopper", "season", "1"]
