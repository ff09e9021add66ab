"""Episodes per season on average, worked out from an episode count held over a run of seasons."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_how_many_per_season_on_average_after_an_episode_count_divides_it_by_its_seasons(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "how many episodes did euros lyn direct", "so how many per season on average")
    assert answer.answers == ("8",) and "seasons 1–2" in answer.text


async def test_a_season_with_no_episode_count_is_not_averaged_in(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many episodes does heartstopper have", "what's that per season")
    assert answer.answers == ("8",) and "(2 seasons)" in answer.text
