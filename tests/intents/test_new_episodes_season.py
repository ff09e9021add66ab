""" "The new episodes" of a show are its latest season's, as "the new season" is, a title allowed between
("who's directing the new heartstopper episodes"), so a follow-up's "he" is that season's director."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.seasons import find_season
from tests.helpers import chat


def test_the_new_episodes_with_a_title_between_are_the_latest_season() -> None:
    season = find_season("whos directing the new heartstopper episodes".split())
    assert season is not None and season.latest


def test_the_next_episode_alone_is_one_episode_not_a_season() -> None:
    assert find_season("when is the next episode".split()) is None


async def test_he_after_the_new_episodes_director_is_the_new_seasons_director(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's directing the new heartstopper episodes", "what else has he directed")
    assert "Andy Newberry" in answer.text and "Euros Lyn" not in answer.text
