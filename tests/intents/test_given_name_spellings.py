"""A given name spelt another way in a full name ("catherine hahn" for Kathryn Hahn) is that person when it
keeps every sound of a name of three sounds or more; a name of two ("kit conway") stays someone else."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.name_slips import name_word_alike

NOW = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


def test_a_given_name_spelt_another_way_stands_for_it() -> None:
    assert name_word_alike("catherine", "kathryn")
    assert name_word_alike("conor", "connor")  # a slip
    assert not name_word_alike("conway", "connor")  # two sounds alike say too little
    assert not name_word_alike("lara", "lauren")


async def test_catherine_hahn_is_kathryn_hahn(engine: QuestionEngine) -> None:
    answer = await engine.answer("catherine hahn and joe locke, what show are they both in", now=NOW)
    assert answer.kind == "answer" and "Agatha All Along" in answer.text and "Kathryn Hahn" in answer.text


async def test_kit_conway_stays_someone_else(engine: QuestionEngine) -> None:
    answer = await engine.answer("who does kit conway play", now=NOW)
    assert "Nick Nelson" not in answer.text
