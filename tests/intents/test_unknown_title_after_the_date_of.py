"""A title after "the release date of" / "the premiere date of" is a title nobody knows in a seed-only
database ("tell me the release date of the last of us"): "I don't have facts about X", never the seed show's
dates; the date of a season or of the premiere is still the show talked about."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_title_after_the_release_date_of_gets_no_facts(engine: QuestionEngine) -> None:
    answer = await chat(engine, "plz tell me the relese date of The Last of Us")
    assert answer.text.startswith("I don't have facts about The Last of Us"), answer.text


async def test_everyday_words_after_the_premiere_date_of_are_a_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what's the premiere date of the x factor")
    assert answer.text.startswith("I don't have facts about The X Factor"), answer.text


async def test_the_release_date_of_a_season_is_the_show_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whats the release date of season 3")
    assert "October 3, 2024" in answer.text, answer.text
