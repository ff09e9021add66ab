"""Follow-ups that lean on what the last answers named: a season named alone against the last date, the show
the conversation is about for a person's question, "the first two" seasons, a second pick from the same list,
"anything else" of two people, and "the <show> one" after a date."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from tests.helpers import chat
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 5, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-last-answer", "outlet": "Test Wire", "title": "Lantern Row returns",
     "published": "2025-04-01"},
    {"type": "show", "title": "Lantern Row", "kind": "series", "network": "Peacock"},
    {"type": "release", "show": "Lantern Row", "season": 1, "date": "2023-04-14", "network": "Peacock"},
    {"type": "release", "show": "Lantern Row", "season": 3, "date": "2025-06-12", "network": "Peacock"},
    {"type": "credit", "show": "Lantern Row", "person": "Nell Harrow", "role": "director", "seasons": "1-2"},
    {"type": "credit", "show": "Lantern Row", "person": "Orrin Vale", "role": "director", "seasons": "3"},
    {"type": "work", "person": "Nell Harrow", "title": "Glass Harbour", "role": "directed episodes"},
    {"type": "work", "person": "Orrin Vale", "title": "Dust Road", "role": "directed episodes"},
    {"type": "credit", "show": "Lantern Row", "person": "Pia Lund", "role": "actor", "character": "Maddie",
     "billing": 1},
    {"type": "credit", "show": "Lantern Row", "person": "Bo Tern", "role": "actor", "billing": 2},
    {"type": "show", "title": "Copper Vine", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Copper Vine", "date": "2025-05-20", "network": "Hulu"},
    {"type": "credit", "show": "Copper Vine", "person": "Pia Lund", "role": "actor", "character": "Wren",
     "billing": 1},
    {"type": "credit", "show": "Copper Vine", "person": "Kai Dorn", "role": "actor", "billing": 2},
    {"type": "rating", "show": "Copper Vine", "source": "Rotten Tomatoes", "audience": "critics", "value": 88,
     "scale": "%"},
    {"type": "rating", "show": "Copper Vine", "source": "Rotten Tomatoes", "audience": "audience",
     "value": 82, "scale": "%"},
    {"type": "show", "title": "Tin Bell", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Tin Bell", "date": "2025-09-05", "network": "Hulu"},
    {"type": "credit", "show": "Tin Bell", "person": "Pia Lund", "role": "actor", "billing": 1},
    {"type": "credit", "show": "Tin Bell", "person": "Rune Sato", "role": "actor", "billing": 2},
]  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> QuestionEngine:
    """A question engine over a show with two directors and a lead who is also in two newer shows."""
    kb: Knowledge = asyncio.run(load_invented(Path(tmp_path_factory.mktemp("last_answer")), FACTS))
    return QuestionEngine(kb, clock=lambda: TODAY)


async def test_a_season_named_alone_is_ordered_by_number_when_its_date_is_not_held(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "when is lantern row season 3 out", "is that before or after season 2")
    assert answer.text.startswith("After") and "season 2" in answer.text


async def test_a_season_named_alone_is_of_the_show_whose_date_was_given(world: QuestionEngine) -> None:
    answer = await chat(world, "when is lantern row season 3 out", "is that after season 1?")
    assert answer.text.startswith("Yes, after") and "2023" in answer.text


async def test_a_persons_question_keeps_the_show_the_conversation_is_about(world: QuestionEngine) -> None:
    answer = await chat(
        world, "is pia lund in copper vine", "who's she playing", "and who's she starring opposite"
    )
    assert "Kai Dorn" in answer.text and "Rune Sato" not in answer.text


async def test_the_first_two_after_a_later_season_are_the_first_seasons(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed lantern row season 3", "did they do the first two too")
    assert answer.text.startswith("No")


async def test_a_second_pick_chooses_among_the_list_the_first_picked_from(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed lantern row", "which one did glass harbour", "which of them did dust road"
    )
    assert "Orrin Vale" in answer.text and "Nell Harrow" not in answer.text


async def test_anything_else_asked_of_two_people_gives_each_ones_work(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed lantern row", "did they direct anything else")
    assert "Glass Harbour" in answer.text and "Dust Road" in answer.text


async def test_the_show_one_after_a_date_is_that_show_not_someone_in_it(world: QuestionEngine) -> None:
    answer = await chat(world, "when is copper vine out", "and the lantern row one, how long till that")
    assert "June 12" in answer.text


async def test_otherwise_after_a_question_is_no_title(world: QuestionEngine) -> None:
    answer = await chat(world, "what is orrin vale known for otherwise")
    assert "Dust Road" in answer.text


async def test_who_did_then_after_a_check_describing_the_person_by_their_work(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed lantern row season 3", "is he the same guy who did glass harbour", "who did then"
    )
    assert answer.kind == "answer" and answer.text.startswith("Nell Harrow")


async def test_a_check_of_two_people_for_a_season_holds_each_credit_to_that_season(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "did nell harrow and orrin vale direct lantern row season 1")
    assert answer.text.startswith("No") and "Orrin Vale is not" in answer.text


async def test_the_other_show_set_only_against_a_date_is_what_a_fronted_that_means(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world,
        "when is copper vine out",
        "is that before or after lantern row season 3",
        "ok and the other show we talked about, where's that streaming",
    )
    assert "Peacock" in answer.text and "Hulu" not in answer.text


async def test_the_second_after_a_check_on_the_first_counts_in_the_list_asked_for(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who's in copper vine", "is the first one in lantern row", "and the second?")
    assert "Kai Dorn" in answer.text and answer.text.startswith("No")


async def test_they_after_the_same_asked_of_two_people_means_both(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed lantern row season 3", "and season 1?", "what else have they done"
    )
    assert "Glass Harbour" in answer.text and "Dust Road" in answer.text


async def test_is_that_higher_after_one_score_compares_it_with_the_other(world: QuestionEngine) -> None:
    answer = await chat(world, "what's copper vine's audience score", "and the critics?", "is that higher")
    assert answer.text.startswith("Yes")


async def test_average_of_those_after_the_scores_is_their_mean(world: QuestionEngine) -> None:
    answer = await chat(world, "what's copper vine's rotten tomatoes score", "average of those?")
    assert "85%" in answer.text


async def test_be_there_after_a_network_answer_is_on_that_network(world: QuestionEngine) -> None:
    answer = await chat(world, "where can i watch lantern row", "is its third season going to be there")
    assert answer.text.startswith("Yes") and "Peacock" in answer.text


async def test_is_someone_back_is_a_question_of_its_own_not_the_last_one_again(world: QuestionEngine) -> None:
    answer = await chat(world, "when is lantern row season 3 out", "is pia lund back too")
    assert answer.text.startswith("Yes") and "Pia Lund" in answer.text
