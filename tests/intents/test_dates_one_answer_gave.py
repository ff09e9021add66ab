"""Two premieres one answer gave together ("when is X out and when is Y out"), compared after it: "how many
days apart are those", "n which one first"."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat

_BOTH = "when is copper lanterns s2 out and when is harbor nine s2 out"


async def test_the_days_between_two_dates_one_answer_gave(world: QuestionEngine) -> None:
    answer = await chat(world, _BOTH, "how many days apart are those")
    assert answer.text.startswith("16 days between")


async def test_which_comes_first_of_two_dates_one_answer_gave(world: QuestionEngine) -> None:
    answer = await chat(world, _BOTH, "how many days apart are those", "n which one first")
    assert answer.text.startswith("Harbor Nine season 2 comes first")
