"""`marquee facts add --replace` corrects a credit instead of adding a second one beside it."""

from __future__ import annotations

import pytest

from bot.cli import main

CREATOR = ["facts", "add", "creator", "Heartstopper", "Robin Example", "--by", "QA"]


@pytest.fixture
def seeded_url(sqlite_url: str) -> str:
    """A database holding the seed facts (`facts add` itself never loads them)."""
    assert main(["db", "upgrade", "--db", sqlite_url]) == 0
    return sqlite_url


def _ask(question: str, url: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["ask", question, "--now", "2024-09-03", "--db", url]) == 0
    return capsys.readouterr().out.splitlines()[0]


def test_facts_add_without_replace_keeps_the_earlier_creator(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*CREATOR, "--db", seeded_url]) == 0
    assert "Osman" in _ask("who created heartstopper?", seeded_url, capsys)


def test_facts_add_replace_makes_the_correction_the_only_creator(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*CREATOR, "--replace", "--db", seeded_url]) == 0
    assert "Replaced: 1 earlier credit(s)." in capsys.readouterr().out
    answer = _ask("who created heartstopper?", seeded_url, capsys)
    assert answer.startswith("Heartstopper was created by Robin Example")
    assert "Osman" not in answer.split("Also credited")[0]


def test_replacing_one_seasons_director_keeps_the_other_seasons(
    seeded_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    director = ["facts", "add", "director", "Heartstopper", "Robin Example", "season", "3", "--by", "QA"]
    assert main([*director, "--replace", "--db", seeded_url]) == 0
    assert _ask("who directed heartstopper season 3?", seeded_url, capsys).startswith("Robin Example")
    assert "Euros Lyn" in _ask("who directed heartstopper season 2?", seeded_url, capsys)
