"""Subjects a question describes by someone on them rather than names, read as their names before anything
else is asked: a season by someone credited on it (understand/person_seasons.py) and a show by someone in it
(understand/person_shows.py). A show described by a word of its synopsis ("the marvel show that X is
joining") is left to the chains, which answer which show it is."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.understand.person_seasons import season_by_person
from intents.understand.person_shows import show_by_person


def described_subject(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a season or show described by someone on it read as its name ("the season newberry
    directed": heartstopper season 3; "joe locke's other show"); None when there is none."""
    return season_by_person(tokens, res, kb) or show_by_person(tokens, res, kb)
