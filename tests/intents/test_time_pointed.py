"""A time pointed at after a verb of work ("what did he direct before that", "after this one") is the fan's
talk, never a title nobody knows ("I don't have facts about Before That")."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.time_talk import points_at_a_time
from intents.title_evidence import Talk, talk_in_title_place

NOW = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


def test_before_that_points_at_a_time() -> None:
    assert points_at_a_time(["before", "that"])
    assert points_at_a_time(["before", "this", "one"])
    assert points_at_a_time(["prior", "to", "that"])
    assert points_at_a_time(["back", "then"])
    assert not points_at_a_time(["before", "sunrise"])  # a title of its own
    assert not points_at_a_time(["after", "life"])
    assert not points_at_a_time(["before"])
    assert talk_in_title_place(["before", "that"]) is Talk.WHEN


async def test_what_did_he_direct_before_that_asks_his_other_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("euros lyn, what did he direct before that", now=NOW)
    assert answer.kind == "answer" and "Doctor Who" in answer.text


async def test_what_did_she_write_before_this_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("what did alice oseman write before this?", now=NOW)
    assert "Before This" not in answer.text
