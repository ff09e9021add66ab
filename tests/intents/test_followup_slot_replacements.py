"""Follow-ups that replace one thing the last question said and ask again: a corrected relation ("i meant
is she in it"), a season by its place alone ("and the second?", "the very first season"), and a pick
between the two people just talked about, said after what it is by ("the salt road, which of the two?")."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.seasons import find_season
from tests.helpers import chat


async def test_is_she_in_it_after_a_directing_check_asks_about_the_cast(world: QuestionEngine) -> None:
    answer = await chat(world, "does nadia ferris direct copper lanterns", "sorry i meant is she in it")
    assert answer.intent == "cast" and answer.text.startswith("Yes")


def test_the_very_first_season_is_season_one_with_very_in_its_span() -> None:
    season = find_season("when did the very first season come out".split())
    assert season is not None and (season.number, season.start, season.end) == (1, 3, 6)


async def test_an_ordinal_alone_replaces_the_season_asked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 1", "and the second?")
    assert "Pia Lindqvist" in answer.answers


async def test_a_pick_between_two_people_said_after_what_it_is_by(world: QuestionEngine) -> None:
    answer = await chat(
        world, "what else has mara quillon done", "and teodor vance?", "the salt road, which of the two?"
    )
    assert answer.text.startswith("Yes") and "Teodor Vance" in answer.text


async def test_alongside_who_asks_for_the_cast_beside_the_person_checked(world: QuestionEngine) -> None:
    answer = await chat(world, "is nadia ferris in copper lanterns", "alongside who?")
    assert "Callum Otieno" in answer.answers


async def test_both_after_two_shows_asks_the_question_of_each(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "and copper lanterns?", "where are both streaming")
    assert "Peacock" in answer.text and "Hulu" in answer.text


async def test_as_who_with_a_name_asks_that_persons_part_in_the_show(world: QuestionEngine) -> None:
    answer = await chat(
        world, "is nadia ferris in copper lanterns", "where can i watch it", "ok and as who, nadia i mean"
    )
    assert answer.answers[:1] == ("Wren Hale",)


async def test_only_an_award_body_then_how_many_counts_its_nominations(world: QuestionEngine) -> None:
    answer = await chat(world, "did copper lanterns get any awards", "so only the emmys then? how many")
    assert answer.intent == "awards" and "Outstanding Drama Series" in answer.text


async def test_plus_a_name_with_a_tag_checks_the_show_whose_cast_was_given(world: QuestionEngine) -> None:
    answer = await chat(world, "harbor nine cast?", "plus callum otieno, yeah?")
    assert answer.text.startswith("No") and "Harbor Nine" in answer.text


async def test_how_many_alone_after_an_award_question_counts_that_body(world: QuestionEngine) -> None:
    answer = await chat(world, "what emmys was copper lanterns nominated for", "how many?")
    assert answer.intent == "awards" and "Outstanding Drama Series" in answer.text


async def test_the_season_after_that_is_the_next_season_asked_again(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who directed copper lanterns season 1", "ok and who did the season after that"
    )
    assert "Pia Lindqvist" in answer.answers
