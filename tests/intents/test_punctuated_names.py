"""Names holding sentence or clause marks (initials, abbreviations, commas, exclamation marks) are asked
about whole: the marks inside or closing a name split no message into sentences or clauses."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.understand.asking import question_part
from intents.understand.held_names import hold, release
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Rise, Dear Heart|starred_actors|Mira Oakes
Rise, Dear Heart|release_year|1948
Sing! Dance! Repeat!|directed_by|Bo Talley
Sing! Dance! Repeat!|release_year|1999
T.R.O.N.K.|directed_by|Ida Maul
T.R.O.N.K.|release_year|2013
Harbor Ghosts!|directed_by|Lev Ansel
Harbor Ghosts!|starred_actors|Cora Pell
Harbor Ghosts!|release_year|1965
Mr. Finch|directed_by|Noor Haddad
Mr. Finch|release_year|2007
Quiet Orchard|starred_actors|R.J. Castell
Quiet Orchard|release_year|2004
You Were My Brother|starred_actors|Anton Vey
You Were My Brother|release_year|2010
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("punctuated"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("what does R.J. Castell appear in", "Quiet Orchard"),
        ("who directed Mr. Finch", "Noor Haddad"),
        ("who are the actors in Rise, Dear Heart", "Mira Oakes"),
        ("who directed the movie Sing! Dance! Repeat!", "Bo Talley"),
    ],
)
async def test_marks_inside_a_known_name_split_no_sentence(
    engine: QuestionEngine, question: str, first: str
) -> None:
    answer = await chat(engine, question)
    assert answer.answers[:1] == (first,)


@pytest.mark.parametrize(
    ("question", "first"),
    [("who was Harbor Ghosts! directed by", "Lev Ansel"), ("the director of T.R.O.N.K. was", "Ida Maul")],
)
async def test_marks_a_known_name_ends_with_split_no_sentence(
    engine: QuestionEngine, question: str, first: str
) -> None:
    answer = await chat(engine, question)
    assert answer.answers[:1] == (first,)


async def test_words_of_a_known_name_are_no_remark_after_the_question(engine: QuestionEngine) -> None:
    # "my brother" could open a remark ("... my brother asked"), but here it ends the title.
    answer = await chat(engine, "who are the actors in You Were My Brother")
    assert answer.answers[:1] == ("Anton Vey",)


async def test_a_mark_after_a_name_that_does_not_end_with_it_still_ends_a_sentence(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "I rewatched Quiet Orchard! who starred in it")
    assert answer.answers[:1] == ("R.J. Castell",)


def test_a_bracketed_name_is_never_split() -> None:
    asked, rest = question_part("who are the actors in [Rise, Dear Heart]")
    assert (asked, rest) == ("who are the actors in [Rise, Dear Heart]", "")


def test_an_initial_before_a_word_ends_no_sentence() -> None:
    assert question_part("who directed J. Doe Story") == ("who directed J. Doe Story", "")


def test_held_marks_are_given_back_unchanged() -> None:
    text = "who is in [Rise, Dear Heart]? Dr. Who. fun!"
    held = hold(text)
    assert "," not in held.split("]")[0]
    assert release(held) == text


def test_sentences_without_names_still_split() -> None:
    asked, rest = question_part(
        "I love this show so much. My sister keeps asking. When is the new season out?"
    )
    assert asked == "When is the new season out?"
    assert rest.startswith("I love this show")
