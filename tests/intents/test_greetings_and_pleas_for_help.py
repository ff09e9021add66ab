"""A greeting and whom it greets ("Hey team,", "hello lovely people,") and a plea for help ("help a girl
out,") are talk before the question, never a title ("Team Is", "Help a Actress"). Invented world beside the
seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

from intents.engine import QuestionEngine


async def test_a_greeting_and_whom_it_greets_is_talk(fans: QuestionEngine) -> None:
    answer = await fans.answer("Hey team, is season 2 out? Appreciate it.")
    assert answer.text.startswith("Yes")
    assert "Team" not in answer.text


async def test_a_plea_for_help_is_talk(fans: QuestionEngine) -> None:
    answer = await fans.answer("help a girl out, wendell harp other shows")
    assert "Night Ferry" in answer.text
