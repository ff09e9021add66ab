"""A full name that shares a word with a known person's but whose other word is no slip of theirs ("lara
james" beside Lauren James, "kit conway" beside Kit Connor, "kathryn newberg" beside Kathryn Hahn and Andy
Newberry) is someone nobody knows; a typo of the known name ("kit conor", "alice osemen") still links."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("who is lara james", "Lara James"),
        ("what has Kit Conway been in", "Kit Conway"),
        ("who is alice osmond", "Alice Osmond"),
        ("is kathryn newberg in agatha all along", "Kathryn Newberg"),
        ("who is charlie springer", "Charlie Springer"),  # the known name with more after it
        ("who is lauren jameson", "Lauren Jameson"),  # not "lauren james on"
        ("who is paul james", "Paul James"),  # Paul Adelstein's first name, Lauren James's surname
        ("who is paul william", "Paul William"),  # two known first names, listed by no "and"
    ],
)
async def test_a_near_full_name_is_someone_unknown(engine: QuestionEngine, asked: str, said: str) -> None:
    answer = await chat(engine, asked)
    assert answer.text.startswith(f"I don't have facts about {said}"), answer.text


@pytest.mark.parametrize(
    ("asked", "known"),
    [
        ("who is kit conor", "Kit Connor"),
        ("who is nick nelsen", "Kit Connor"),
        ("who is alice osemen", "Alice Osman"),
        ("who is joe lock", "Joe Locke"),
        ("who is tobey donavan", "Tobie Donovan"),
        ("who does kit conners play", "Kit Connor"),  # a slip and the "s" fans add ("connors")
    ],
)
async def test_a_typo_of_a_known_name_still_links(engine: QuestionEngine, asked: str, known: str) -> None:
    assert known in (await chat(engine, asked)).text


async def test_first_names_listed_are_still_those_people(engine: QuestionEngine) -> None:
    answer = await chat(engine, "which one is nick, kit or joe")
    assert answer.text.startswith("Kit Connor plays Nick Nelson")
