"""A misspelt title beside a word no question uses is a longer title nobody holds, never the held one."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.intents.invented import load_invented

NOW = dt.datetime(2024, 10, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-misspelt-beside", "outlet": "Test Wire", "title": "Shōgun renewed",
     "url": None, "published": "2024-09-24"},
    {"type": "show", "title": "Shōgun", "kind": "series", "network": "FX"},
    {"type": "release", "show": "Shōgun", "date": "2024-02-27", "network": "FX"},
    {"type": "credit", "show": "Shōgun", "person": "Hiroyuki Sanada", "role": "actor",
     "character": "Yoshii Toranaga"},
]  # fmt: skip


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return asyncio.run(load_invented(tmp_path_factory.mktemp("misspelt_beside"), FACTS))


async def test_a_misspelt_title_followed_by_an_unknown_word_is_another_title(knowledge: Knowledge) -> None:
    answer = await QuestionEngine(knowledge).answer("shotgun wedding cast", now=NOW)
    assert answer.kind == "unknown"
    assert "Sanada" not in answer.text


async def test_a_misspelt_title_among_question_words_is_still_the_title(knowledge: Knowledge) -> None:
    answer = await QuestionEngine(knowledge).answer("shotgun cast", now=NOW)
    assert "Hiroyuki Sanada" in answer.text


async def test_a_misspelt_title_beside_a_slip_of_a_question_word_is_still_the_title(
    knowledge: Knowledge,
) -> None:
    answer = await QuestionEngine(knowledge).answer("when dose shogunn come out", now=NOW)
    assert "February 27, 2024" in answer.text
