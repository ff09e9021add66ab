"""A crew credit's episode count is told in the right number: "directed 1 episode", "directed 16 episodes"."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace
from typing import cast

from intents.engine import QuestionEngine
from intents.handlers.crew import credit_line
from intents.query import Query


def _counted_credit_line(world: QuestionEngine, episodes: int) -> str:
    credit = next(c for show in world.kb.shows.values() for c in show.credits if c.episodes)
    query = cast(Query, SimpleNamespace(kb=world.kb))  # credit_line reads only the query's facts
    return credit_line(query, replace(credit, episodes=episodes, note=None))


def test_one_episode_is_told_in_the_singular(world: QuestionEngine) -> None:
    assert " 1 episode of " in _counted_credit_line(world, 1)


def test_several_episodes_are_told_in_the_plural(world: QuestionEngine) -> None:
    assert " 16 episodes of " in _counted_credit_line(world, 16)
