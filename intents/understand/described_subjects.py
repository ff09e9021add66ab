"""Subjects a question describes by someone on them rather than names, read as their names before anything
else is asked: a season by someone credited on it (understand/person_seasons.py) and a show by someone in it
(understand/person_shows.py). A show described by its network or a word of its synopsis ("the marvel show",
"the disney+ show X is in") is read as its title when exactly one held show fits
(understand/described_shows.py); when several do, it is left to the chains, which answer which show it is.
A role called new ("the new director") is the latest season's (understand/newest_roles.py)."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.understand.cast_clause_shows import show_by_cast_clause
from intents.understand.character_words import character_described
from intents.understand.crew_described import person_by_crew_role
from intents.understand.described_people import person_by_description
from intents.understand.described_shows import show_by_description
from intents.understand.newest_roles import newest_role_season
from intents.understand.parent_shows import show_by_parent, show_by_spin_off
from intents.understand.person_seasons import season_by_person
from intents.understand.person_shows import show_by_person
from intents.understand.possessed_descriptions import show_by_possessed_description
from intents.understand.show_clauses import show_with_confirming_clause
from intents.understand.synopsis_descriptions import show_by_synopsis


class PeopleByDescription:
    """`person_by_description` for one message, remembering its answer for each wording and its linking: the
    question is read for a described person before its described subjects are, with the same words."""

    def __init__(self, kb: Knowledge) -> None:
        self._kb = kb
        # By the linking read (kept, so its id is never another's) and the words.
        self._read: dict[tuple[int, tuple[str, ...]], tuple[Resolution, list[str] | None]] = {}

    def __call__(self, tokens: list[str], res: Resolution) -> list[str] | None:
        key = (id(res), tuple(tokens))
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = (res, person_by_description(tokens, res, self._kb))
        return found[1]


def described_subject(
    tokens: list[str],
    res: Resolution,
    kb: Knowledge,
    around: int | None = None,
    people: PeopleByDescription | None = None,
) -> list[str] | None:
    """The tokens with a season or show described by someone on it read as its name ("the season newberry
    directed": heartstopper season 3; "joe locke's other show"); None when there is none. (`people`: the
    message's reading of described people, when it already read some.)"""
    tokens = res.tokens or tokens  # the mentions' places: a first name alone ("kit") is written in full there
    described = (
        character_described(tokens, res, kb)  # first: its story words would read as the show's synopsis
        or person_by_crew_role(tokens, kb)
        or season_by_person(tokens, res, kb)
        or show_by_person(tokens, res, kb)
        or show_by_synopsis(tokens, res, kb)
        or show_by_description(tokens, res, kb)
        or show_by_possessed_description(tokens, res, kb)
        or show_by_cast_clause(tokens, res, kb)
        or show_by_spin_off(tokens, res, kb)
        or show_by_parent(tokens, res, kb)
        or show_with_confirming_clause(tokens, res, kb)
        or (people or PeopleByDescription(kb))(tokens, res)
    )
    # A role called new is read last: its show may be the one just described ("the new director for the
    # show joe locke plays charlie in").
    # (`around`: the show the talk around the question names, for a role called new in a question naming none)
    return newest_role_season(described or tokens, res, kb, around) or described
