"""Episodes someone "did" are the ones their crew role made ("how many hs eps has lyn done"), and an
alternative of "other people" doing it ("... or did other ppl do some") names nobody: the check is asked."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.empty_alternatives import without_empty_alternative
from tests.helpers import chat


async def test_episodes_a_director_has_done_are_the_ones_directed(world: QuestionEngine) -> None:
    answer = await chat(world, "how many heartstopper eps has lyn done")
    assert "16" in answer.text and "Euros Lyn" in answer.text


async def test_a_check_of_every_episode_done_reads_the_role(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed heartstopper season 1", "did he do every single ep or did other ppl do some"
    )
    assert answer.text.startswith("Yes") and "16" in answer.text


def test_an_alternative_of_other_people_doing_it_is_left_out() -> None:
    asked = "did euros lyn direct every episode or did other people direct some".split()
    assert without_empty_alternative(asked) == "did euros lyn direct every episode".split()


def test_an_alternative_naming_someone_is_kept() -> None:
    asked = "did euros lyn direct it or did andy newberry".split()
    assert without_empty_alternative(asked) == asked
