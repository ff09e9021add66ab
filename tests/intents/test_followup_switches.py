"""Switching subject: words that only say the subject changes ("totally unrelated, ...", "switching: ...")
are no title, and a description of a show put right by its title ("the other show we talked about,
harbor nine, ...") asks about that title."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.frames import decisive_frame
from intents.understand.titled_descriptions import titled_description
from tests.helpers import chat


async def test_totally_unrelated_before_an_unknown_title_is_no_title(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "totally unrelated, who directed the wire")
    assert answer.kind == "unknown" and "Wire" in answer.text and "Unrelated" not in answer.text


async def test_switching_before_a_check_leaves_the_check(world: QuestionEngine) -> None:
    answer = await chat(world, "who created harbor nine", "switching: is copper lanterns emmy nominated")
    assert answer.text.startswith("Yes")


async def test_the_title_after_the_other_show_says_which_show(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "when is harbor nine season 2 out",
        "where can i watch fenwick lane",
        "who created copper lanterns",
        "what's the other show, harbor nine, rated?",
    )
    assert "75" in answer.text


async def test_the_title_after_the_show_we_talked_about_replaces_it(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who created copper lanterns",
        "where can i watch harbor nine",
        "the show we talked about before, copper lanterns, who directs season 2",
    )
    assert "Pia Lindqvist" in answer.answers


async def test_what_shows_has_a_person_directed_lists_their_work(world: QuestionEngine) -> None:
    answer = await chat(world, "what shows has pia lindqvist directed")
    assert answer.intent == "other_work" and "Northern Tide" in answer.text


async def test_a_show_named_in_a_question_about_a_person_becomes_the_subject(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who plays charlie spring",
        "what about in agatha all along, who is he there",
        "where's it streaming",
    )
    assert answer.answers[:1] == ("Disney+",)


def test_who_someone_is_rumoured_to_play_asks_for_their_part() -> None:
    assert decisive_frame("who is xpersonx rumoured to play in xshowx") == "plays_whom"
    assert decisive_frame("the rumour was xpersonx is who") == "plays_whom"


def test_the_one_from_a_show_is_someone_in_it_not_a_description_put_right(world: QuestionEngine) -> None:
    assert titled_description("who is the one from copper lanterns".split(), world.link) is None
