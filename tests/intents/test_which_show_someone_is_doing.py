"""'Which <service> show season is X doing' asks for the show (and season) they work on, not where a show
streams or what they do on a show named "<service> show"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_which_service_show_season_someone_is_doing_names_the_show(world: QuestionEngine) -> None:
    answer = await chat(world, "which hulu show season is pia lindqvist doing?")
    assert "Copper Lanterns" in answer.text
    assert not answer.text.startswith("You can watch")
