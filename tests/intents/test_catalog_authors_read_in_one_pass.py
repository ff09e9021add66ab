"""'who is the author of [X]', 'the author of [X]', 'Who is the [X] author' are read by the catalog's path
reader as its writers, in the message's own pass: the composer's bridge no longer asks "who wrote [X]" as a
second question through the whole pipeline."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.catalog.paths import CatalogRelation, Hop, ValueKind
from intents.catalog.reading import read_path
from intents.engine import QuestionEngine
from intents.query import Conversation
from tests.helpers import BEFORE_PREMIERE, catalog_knowledge, chat

CATALOG = """\
Paper Comets|written_by|Wes Harlan
Paper Comets|starred_actors|Alice Moreau
Paper Comets|release_year|2001
Salt Roads|written_by|Mina Sato
Salt Roads|written_by|Ola Berg
"""


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(catalog_knowledge(tmp_path_factory.mktemp("authors"), CATALOG))


@pytest.fixture(scope="module")
def engine(knowledge: Knowledge) -> QuestionEngine:
    return QuestionEngine(knowledge, clock=lambda: BEFORE_PREMIERE)


@pytest.mark.parametrize(
    "words", ["who is the author of", "who was the author of", "whos the author of", "who are the authors of"]
)
def test_who_is_the_author_of_a_film_reads_as_its_writers(words: str) -> None:
    tokens = [*words.split(), "xentx"]
    path = read_path(tokens, len(tokens) - 1, len(tokens), ValueKind.FILM, guess=False)
    assert path == (Hop(CatalogRelation.WRITTEN_BY, False),)


@pytest.mark.parametrize(
    "words", ["the author of", "author of", "which is the author of", "that is the author of"]
)
def test_the_author_of_a_film_without_who_reads_as_its_writers(words: str) -> None:
    # As "the writer of [X]" reads: the intents' answer was the same, asked again through the composer.
    tokens = [*words.split(), "xentx"]
    path = read_path(tokens, len(tokens) - 1, len(tokens), ValueKind.FILM, guess=False)
    assert path == (Hop(CatalogRelation.WRITTEN_BY, False),)


def test_the_film_s_author_after_its_name_reads_as_its_writers() -> None:
    tokens = "who is the xentx author".split()
    assert read_path(tokens, 3, 4, ValueKind.FILM, guess=False) == (Hop(CatalogRelation.WRITTEN_BY, False),)


@pytest.mark.parametrize(
    "question",
    [
        "who is the author of [Paper Comets]",
        "who is the author of Paper Comets",
        "The author of [Paper Comets]",
        "author of Paper Comets",
        "which is the author of [Paper Comets]",
        "Who is the [Paper Comets] author",
    ],
)
def test_the_author_question_is_answered_without_a_second_question(
    engine: QuestionEngine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    answer = engine.answer

    async def counted(
        text: str, conversation: Conversation | None = None, now: dt.datetime | None = None, *args: object,
        **kwargs: object,
    ) -> Answer:  # fmt: skip
        asked.append(int(str(kwargs.get("depth", 0))))
        return await answer(text, conversation, now, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "answer", counted)
    reply = asyncio.run(chat(engine, question))
    assert "written by Wes Harlan" in reply.text
    assert [depth for depth in asked if depth > 0] == []


def test_the_author_answer_is_the_writer_answer(engine: QuestionEngine) -> None:
    author = asyncio.run(chat(engine, "who is the author of [Salt Roads]"))
    writer = asyncio.run(chat(engine, "who wrote [Salt Roads]"))
    assert (author.text, author.answers, author.intent) == (writer.text, writer.answers, writer.intent)
    assert set(author.answers) == {"Mina Sato", "Ola Berg"}


def test_that_is_the_author_of_a_film_names_its_writers(engine: QuestionEngine) -> None:
    # Machine-translated "who is the author of [X]": it was read as a check that someone directed a film.
    reply = asyncio.run(chat(engine, "that is the author of [Paper Comets]"))
    assert reply.answers == ("Wes Harlan",)
