"""A batch line meant as JSON that cannot be read gets a short reason; the lines around it are answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli_ask import parse_batch_line
from tests.intents.test_bad_input import marquee_batch


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"question": "broken json', "not valid JSON"),
        ("[1, 2]", None),
        ('{"question": 42}', 'no "question"'),
        ("{}", 'no "question"'),
        ('{"question": "who plays nick", "now": "not-a-date"}', '"now" must be'),
    ],
)
def test_a_json_line_that_cant_be_read_says_why(line: str, reason: str | None) -> None:
    problem = parse_batch_line(line).problem
    assert (problem is None) if reason is None else (problem is not None and reason in problem)


def test_a_question_that_merely_opens_with_a_brace_is_a_question() -> None:
    line = parse_batch_line("{hs3} when does it drop")
    assert line.problem is None and line.question == "{hs3} when does it drop"


def test_a_bad_line_is_answered_as_invalid_between_good_ones(tmp_path: Path) -> None:
    lines = ["who plays nick?", '{"question": "broken', json.dumps({"question": "who plays charlie?"})]
    replies = marquee_batch(lines, tmp_path)
    assert [r["kind"] for r in replies] == ["answer", "invalid", "answer"]
    assert "not valid JSON" in str(replies[1]["text"])
    assert replies[2]["answers"] == ["Joe Locke"]
