"""Fillers drawn out as fans type them ("ummm", "hmmm", "hiii", "okkk") are still fillers, never the start
of a title ("Ummm Is"). Invented world beside the seed facts (tests/intents/fan_world.py)."""

from __future__ import annotations

import pytest

from intents.engine import QuestionEngine


@pytest.mark.parametrize("filler", ["ummm", "uhhh", "hmmm", "okkk", "hiii"])
async def test_a_drawn_out_filler_opens_no_title(fans: QuestionEngine, filler: str) -> None:
    answer = await fans.answer(f"{filler} is ember crossing s2 out? i tried googling but got 40 answers")
    assert answer.text.startswith("No, not yet"), answer.text


async def test_a_name_part_spelt_like_a_drawn_out_so_is_kept(engine: QuestionEngine) -> None:
    # "soo" is a drawn-out "so" and a given name's part alike: dropped, "Kim Soo-hyun" became "Kim Hyun"
    answer = await engine.answer("did kim soo-hyun direct any heartstopper episodes")
    assert "Soo" in answer.text and "Kim Hyun" not in answer.text, answer.text
