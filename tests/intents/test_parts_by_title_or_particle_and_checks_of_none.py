"""A part asked by what fans call it: the title character (the one whose name holds the show's title), a name
after a short particle ("Lan" of "al'Lan"), the schoolboy someone falls for; and yes/no checks that claim
none ("neither A nor B is in X, right", "is either A or B in X", "has it won emmys" of a show never
nominated)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.rephrase import rephrase
from tests.intents.invented import load_invented

TODAY = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
FACTS = [
    {"type": "article", "key": "t-parts", "outlet": "Test Wire", "title": "Stormhold returns",
     "published": "2025-02-01"},
    {"type": "show", "title": "Stormhold", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Stormhold", "season": 1, "date": "2023-05-02", "network": "Hulu"},
    {"type": "credit", "show": "Stormhold", "person": "Corin Valde", "role": "actor",
     "character": "Mira Quell", "billing": 1},
    {"type": "credit", "show": "Stormhold", "person": "Tobin Ashgrove", "role": "actor",
     "character": "Arlen Stormhold", "billing": 2},
    {"type": "credit", "show": "Stormhold", "person": "Fenna Rook", "role": "actor",
     "character": "do'Varek Ossian", "billing": 3},
    {"type": "credit", "show": "Stormhold", "person": "Jada Lorne", "role": "director"},
]  # fmt: skip


@pytest.fixture(scope="module")
def parts_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and the invented show, loaded once per module."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("parts"), FACTS))


@pytest.fixture
def parts(parts_knowledge: Knowledge) -> QuestionEngine:
    """A question engine over the invented show, its clock on March 1, 2025."""
    return QuestionEngine(parts_knowledge, clock=lambda: TODAY)


async def test_the_title_character_is_the_one_whose_name_holds_the_title(parts: QuestionEngine) -> None:
    answer = await parts.answer("who plays the title character in stormhold")
    assert "Tobin Ashgrove" in answer.text and "Corin Valde" not in answer.text


async def test_a_name_after_a_particle_and_apostrophe_is_the_character(parts: QuestionEngine) -> None:
    answer = await parts.answer("who plays varek")
    assert "Fenna Rook" in answer.text


async def test_the_schoolboy_a_character_falls_for_is_their_love_interest(engine: QuestionEngine) -> None:
    answer = await engine.answer("who plays the schoolboy nick falls for in heartstopper")
    assert "Joe Locke" in answer.text


async def test_neither_nor_checked_true_when_none_is_in_the_show(engine: QuestionEngine) -> None:
    answer = await engine.answer("neither kit connor nor william gao is in agatha all along, right")
    assert answer.text.startswith("Yes")


async def test_either_or_checked_no_when_neither_is_in_the_show(parts: QuestionEngine) -> None:
    answer = await parts.answer("is either kit connor or joe locke in stormhold")
    assert answer.text.startswith("No")


async def test_a_win_asked_of_a_body_that_never_nominated_says_not_nominated(engine: QuestionEngine) -> None:
    answer = await engine.answer("did heartstopper win an emmy")
    assert answer.text.startswith("No") and "not been nominated" in answer.text


async def test_a_scene_named_in_chatter_is_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("i watched the kiss scene so many times this week. anyway who directed s1")
    assert "Euros Lyn" in answer.text


def test_a_player_described_alone_asks_who_plays_the_part() -> None:
    assert rephrase("and the guy who plays his boyfriend".split()) == "and who plays his boyfriend".split()
    said = "the guy who plays charlie is in a marvel show".split()
    assert rephrase(said) == said  # something said of the one described: no question of who plays


async def test_the_guy_who_plays_a_partner_follows_the_character_talked_of(engine: QuestionEngine) -> None:
    thread = Conversation()
    await engine.answer("kit connor plays who in heartstopper?", thread)
    answer = await engine.answer("and the guy who plays his boyfriend?", thread)
    assert "Joe Locke" in answer.text


async def test_an_on_screen_partner_is_the_story_partner(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's nick's on-screen boyfriend played by")
    assert "Joe Locke" in answer.text


async def test_his_partner_after_a_described_player_is_the_named_characters(engine: QuestionEngine) -> None:
    answer = await engine.answer("the teen who plays nick, who's his boyfriend played by")
    assert "Joe Locke plays Charlie" in answer.text


async def test_either_asked_yes_or_no_leads_with_yes_when_one_is_in_it(parts: QuestionEngine) -> None:
    answer = await parts.answer("is either corin valde or kit connor in stormhold")
    assert answer.text.startswith("Yes") and "Corin Valde" in answer.text


def test_the_one_someone_is_falling_for_keeps_the_verb_out_of_the_name() -> None:
    said = "the classmate charlie is falling for who plays him".split()
    assert rephrase(said) == "charlie s love interest who plays him".split()


async def test_shared_initials_settled_by_a_franchise_one_of_them_works_in(parts: QuestionEngine) -> None:
    answer = await parts.answer("jl mcu show when")
    assert "Agatha All Along" in answer.text


async def test_what_someone_is_doing_in_the_named_show_asks_their_part(engine: QuestionEngine) -> None:
    answer = await engine.answer("what is joe locke doing in the agatha show")
    assert "Mystery Teen" in answer.text and "Besides" not in answer.text
