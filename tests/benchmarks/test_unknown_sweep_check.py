"""The unknown sweep's leak check: a seed name the question typed as a possessive is no leak."""

from __future__ import annotations

from benchmarks.unknown_sweep import Turn, verdict

_FACTS = ["Heartstopper", "Joe Locke", "Netflix"]


def _turn(question: str) -> Turn:
    return Turn("dev", "title", "us3-065", "Baby Reindeer", False, question)


def test_a_seed_title_typed_as_a_possessive_said_back_is_no_leak() -> None:
    reply: dict[str, object] = {
        "text": "I don't have facts about Baby Reindeer, so I can't compare it with Heartstopper."
    }
    assert verdict(_turn("is baby reindeer better than heartstopper's first season"), reply, _FACTS) != "leak"
    assert verdict(_turn("is baby reindeer better than heartstopper’s first season"), reply, _FACTS) != "leak"


def test_a_seed_name_the_question_did_not_type_is_still_a_leak() -> None:
    reply: dict[str, object] = {
        "text": "I don't have facts about Baby Reindeer, but Joe Locke stars in Heartstopper."
    }
    assert verdict(_turn("is baby reindeer better than heartstopper's first season"), reply, _FACTS) == "leak"


def test_a_declined_comparison_naming_the_title_asked_is_honest() -> None:
    reply: dict[str, object] = {
        "text": "I don't have facts about Baby Reindeer, so I can't compare it with Heartstopper.",
        "kind": "unknown",
    }
    assert verdict(_turn("is baby reindeer rated higher than heartstopper"), reply, _FACTS) == "honest"
