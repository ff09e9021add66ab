"""A part's name said alone ("marisol dunne", "ines?") asks who plays it, as a person's name alone asks who
they are."""

import pytest

from intents.engine import QuestionEngine
from tests.intents.fan_world import TODAY


@pytest.mark.parametrize(
    ("message", "actor"),
    [("marisol dunne", "Tobias Grell"), ("ines?", "Priya Castellan"), ("nick", "Kit Connor")],
)
async def test_a_part_named_alone_is_who_plays_it(fans: QuestionEngine, message: str, actor: str) -> None:
    answer = await fans.answer(message, now=TODAY)
    assert answer.text.startswith(f"{actor} plays"), answer.text
