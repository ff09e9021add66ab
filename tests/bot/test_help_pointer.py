"""The engine's replies name no platform's commands; each platform adds its own way to get help."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.embeds import answer_embed, answer_text
from bot.render_text import render_text
from intents.answer import Answer
from intents.engine import QuestionEngine

PUZZLED = "why is it so"  # no intent, no name: the engine doesn't know how to answer


async def test_a_reply_that_points_to_help_names_no_command(engine: QuestionEngine) -> None:
    answer = await engine.answer(PUZZLED)
    assert answer.points_to_help
    assert "help" not in answer.text and "!" not in answer.text


async def test_an_unknown_command_points_to_help_without_naming_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("!nosuchcommand")
    assert answer.points_to_help and "`" not in answer.text


def test_discord_adds_its_help_command_with_the_guilds_prefix() -> None:
    answer = Answer(text="Sorry, I don't know how to answer that.", kind="unknown", points_to_help=True)
    assert answer_text(answer, prefix="?") == (
        "Sorry, I don't know how to answer that. Try `?help` to see what I can answer."
    )
    assert "Try `!help`" in str(answer_embed(answer).description)


def test_the_terminal_adds_its_own_help_question() -> None:
    answer = Answer(text="Sorry, I don't know how to answer that.", kind="unknown", points_to_help=True)
    assert render_text(answer).endswith("Try `marquee ask help` to see what I can answer.")


def test_a_reply_without_a_pointer_gets_none() -> None:
    assert render_text(Answer(text="Kit Connor plays Nick Nelson.")) == "Kit Connor plays Nick Nelson."


def test_marquee_ask_points_to_its_own_help_not_discords(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", PUZZLED, "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "Try `marquee ask help`" in out and "!help" not in out
