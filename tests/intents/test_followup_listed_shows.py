"""A pick among the shows the last answer listed ("which of them came out first?", "which one is on
netflix?"), and the other lead after a pick among a listed cast: the one listed beside the pick."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_oldest_among_listed_shows_is_the_earliest_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows are on disney+", "which of those is the oldest")
    assert answer.text.startswith("WandaVision") and "Agatha" not in answer.text


async def test_the_latest_among_listed_shows_is_the_last_to_premiere(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows are on disney+", "ok which one is the latest")
    assert answer.text.startswith("Agatha All Along") and "2024-09-18" in answer.answers


async def test_a_network_pick_among_listed_shows_says_where_the_one_that_fits_streams(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "what has joe locke been in", "which show is on disney+")
    assert "Agatha All Along" in answer.text and "WandaVision" not in answer.text


async def test_a_pick_that_fits_every_listed_show_picks_none_of_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows are on disney+", "which one is in the mcu")
    assert not answer.text.startswith(("Agatha", "WandaVision"))


async def test_the_other_lead_after_a_pick_among_a_listed_cast_is_the_other_one_listed(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine,
        "heartstopper cast?",
        "which one of them is in the mcu",
        "what about the other lead, is he in it",
    )
    assert answer.text.startswith("No, Kit Connor")


async def test_which_one_someone_is_in_asks_which_show(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is olivia colman in agatha all along", "which one is she in then")
    assert "Heartstopper" in answer.text and not answer.text.startswith("No")


async def test_any_of_those_titles_checks_the_title_among_the_work_listed(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what has euros lyn worked on", "is any of those torchwood")
    # No role is asserted, so the work credit ("worked on") answers it: yes, among his credits.
    assert answer.text.startswith("Yes") and "Torchwood is among Euros Lyn's credits" in answer.text


async def test_any_of_the_listed_shows_on_a_network_is_the_one_there(engine: QuestionEngine) -> None:
    answer = await chat(engine, "what shows is joe locke in", "are any of them on disney+")
    assert "Agatha All Along" in answer.text and not answer.text.startswith("No")


async def test_a_pick_among_people_asked_about_one_at_a_time_picks_among_them(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "and charlie?", "which of them is in the mcu")
    assert answer.text.startswith("Joe Locke")


async def test_the_other_one_after_such_a_pick_is_the_one_not_picked(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "who plays charlie",
        "and nick?",
        "which of them is in the mcu",
        "does the other one have other projects",
    )
    assert "Kit Connor" in answer.text and "Mystery Teen" not in answer.text


async def test_the_fans_own_other_guess_after_a_check_is_set_aside(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "is he in agatha all along or was it the other guy")
    assert answer.text.startswith("Yes") and "Joe Locke" in answer.text


async def test_a_pick_among_listed_people_by_other_work_asks_whether_that_one_worked_on_it(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who created copper lanterns", "which one of them was on the salt road")
    assert answer.text.startswith("Yes") and "Teodor Vance" in answer.text and "Mara" not in answer.text


async def test_the_two_of_them_after_a_cast_list_asks_each_of_the_first_two_listed(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "heartstopper cast", "who do the two of them play")
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text


async def test_who_stars_opposite_her_is_the_other_lead_of_her_show(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "and who stars opposite her")
    assert answer.text.startswith("Callum Otieno")
