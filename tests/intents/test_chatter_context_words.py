"""Everyday phrasing around a question (issue 8, fanq31): "how many did it get in the end" counts the
thing named before it and "in the end" is no title; "what show is he in for marvel" asks for a Marvel show
("For Marvel" is no title); a "streaming site" is the streaming service ("Site" is no title)."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.franchise_places import franchise_as_show
from intents.understand.plural_references import with_thing_named_before
from intents.understand.pointed_places import with_pointed_show_placed
from intents.understand.question_fillers import without_stress
from intents.understand.showing_places import where_shown


def test_a_bare_count_counts_the_thing_named_before() -> None:
    asked = with_thing_named_before("How many did it get?", "Heartstopper deserved more BAFTA nominations?")
    assert asked == "How many bafta nominations did it get?"


def test_a_closing_in_the_end_is_dropped_but_not_after_stars() -> None:
    assert without_stress("how many did it get in the end".split()) == "how many did it get".split()
    assert without_stress("who stars in the end".split()) == "who stars in the end".split()


def test_a_franchise_said_last_says_which_show() -> None:
    tokens = "what show is joe locke in for marvel".split()
    assert franchise_as_show(tokens) == "what marvel show is joe locke in".split()


def test_a_streaming_site_is_the_streaming_service() -> None:
    assert where_shown("which stream site has it".split()) == "which streaming service has it".split()


async def test_chatter_questions_are_answered(engine: QuestionEngine) -> None:
    counted = await engine.answer(
        "Does anyone else think Heartstopper deserved more BAFTA nominations? How many did it get in the end?"
    )
    assert "three" in counted.text or "3" in counted.text
    marvel = await engine.answer("wat show is joe lock in for marvle")
    assert "Agatha All Along" in marvel.text
    site = await engine.answer(
        "My daughter and I just finished Heartstopper season 2. "
        "Which streaming site will have its next season?"
    )
    assert "Netflix" in site.text


def test_a_pointed_show_placed_on_a_network_is_the_networks_show() -> None:
    asked = with_pointed_show_placed("When does this series begin on Disney+?")
    assert asked == "When does the disney series begin?"
    assert with_pointed_show_placed("Is this show on Netflix?") == "Is this show on Netflix?"
    dated = "when is this show on the first day?"
    assert with_pointed_show_placed(dated) == dated


async def test_this_series_on_a_network_after_talk_of_a_star_is_their_show(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Hello from Portugal! I heard Joe Locke got cast in something for Marvel. "
        "When does this show start on Disney+?"
    )
    assert "Agatha All Along" in answer.text and "September 18" in answer.text
    placed = await engine.answer("I love Heartstopper. Is this show on Netflix?")
    assert placed.text.startswith("Yes")


def test_a_name_and_a_network_alone_ask_whether_it_is_on_there() -> None:
    assert where_shown("hs3 netflix".split()) == "hs3 on netflix".split()
    assert where_shown("when is it netflix".split()) == "when is it netflix".split()


async def test_a_terse_show_and_network_is_checked(engine: QuestionEngine) -> None:
    on = await engine.answer("hs3 netflix?")
    assert on.text.startswith("Yes"), on.text
    off = await engine.answer("agatha all along hulu?")
    assert off.text.startswith("No") and "Disney+" in off.text, off.text


async def test_a_label_saying_what_it_is_for_is_set_aside(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "Quick check ahead of my podcast about the cast: which BAFTA nominations did Heartstopper win?"
    )
    assert answer.text.startswith("I don't have any BAFTA wins"), answer.text
