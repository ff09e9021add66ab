"""The fan-question judge's expect kind "any": every kind of reply will do, only "none" is checked."""

from __future__ import annotations

from benchmarks.fan_questions import judge


def _item(kind: str, none: list[str]) -> dict[str, object]:
    return {"question": "q", "expect": {"kind": kind, "all": [], "any": [], "none": none}}


def test_any_kind_takes_every_reply_without_a_forbidden_phrase() -> None:
    reply = {"kind": "dont_know", "text": "I don't know which show you mean."}
    assert judge(_item("any", ["I don't have facts about"]), reply) == (True, "")


def test_any_kind_still_refuses_a_forbidden_phrase() -> None:
    reply = {"kind": "unknown", "text": "I don't have facts about The Big News."}
    right, _ = judge(_item("any", ["I don't have facts about"]), reply)
    assert not right
