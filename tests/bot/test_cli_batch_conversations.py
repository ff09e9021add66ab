"""`marquee ask --batch --json` also reads JSON lines: lines with one conversation id share context."""

from __future__ import annotations

import json
from pathlib import Path

from tests.intents.test_bad_input import marquee_batch


def _line(question: str, conversation: str | None = None, now: str | None = None) -> str:
    record: dict[str, str] = {"question": question}
    if conversation is not None:
        record["conversation"] = conversation
    if now is not None:
        record["now"] = now
    return json.dumps(record)


def test_lines_of_one_conversation_share_context(tmp_path: Path) -> None:
    lines = [_line("where can i watch agatha all along?", "c1"), _line("when does it come out?", "c1")]
    follow_up = marquee_batch(lines, tmp_path)[-1]
    assert follow_up["answers"] == ["2024-09-18"]
    assert follow_up["conversation"] == "c1"


def test_different_conversations_keep_apart(tmp_path: Path) -> None:
    lines = [
        _line("where can i watch agatha all along?", "c1"),
        _line("who directed heartstopper season 3?", "c2"),
        _line("when does it come out?", "c1"),
        _line("what else has he done?", "c2"),
    ]
    replies = marquee_batch(lines, tmp_path)
    assert replies[2]["answers"] == ["2024-09-18"]
    assert "Shetland" in str(replies[3]["answers"])


def test_a_line_can_carry_its_own_clock(tmp_path: Path) -> None:
    (reply,) = marquee_batch([_line("when does heartstopper season 3 come out?", now="2026-11-25")], tmp_path)
    assert "(2 years ago)" in str(reply["text"])


def test_plain_and_json_lines_mix(tmp_path: Path) -> None:
    replies = marquee_batch(["who plays nick?", _line("who plays charlie?", "c9")], tmp_path)
    assert [r["answers"] for r in replies] == [["Kit Connor"], ["Joe Locke"]]


def test_a_line_without_now_keeps_its_conversations_clock(tmp_path: Path) -> None:
    lines = [
        _line("when does heartstopper season 3 come out?", "z", now="2024-10-10"),
        _line("is it out?", "z"),
    ]
    follow_up = marquee_batch(lines, tmp_path, now="2024-09-01")[-1]
    assert str(follow_up["text"]).startswith("Yes")
    assert "(7 days ago)" in str(follow_up["text"])


def test_a_conversations_clock_stays_in_its_conversation(tmp_path: Path) -> None:
    lines = [
        _line("when does heartstopper season 3 come out?", "z", now="2024-10-10"),
        _line("when does heartstopper season 3 come out?", "other"),
    ]
    other = marquee_batch(lines, tmp_path, now="2024-09-03")[-1]
    assert "(in 1 month)" in str(other["text"]) or "October 3, 2024" in str(other["text"])
    assert "ago" not in str(other["text"])
