"""Shorthand generated from the names Marquee holds: people's initials, titles' acronyms (with a season tag
for shows), never one two names share or one that spells a word fans use anyway."""

from __future__ import annotations

import asyncio

import pytest

from db.knowledge import Knowledge
from intents.engine import QuestionEngine
from intents.known_words import DOMAIN_WORDS
from intents.understand.shorthands import Shorthands
from tests.intents.invented import load_invented

FACTS = [
    {"type": "article", "key": "t-shorthands", "outlet": "Test Wire", "title": "Two new dramas",
     "published": "2025-01-10"},
    {"type": "show", "title": "Wilder Avenue Yards", "kind": "series", "network": "Hulu"},
    {"type": "credit", "show": "Wilder Avenue Yards", "person": "Mara Quill", "role": "actor", "billing": 1},
    {"type": "credit", "show": "Wilder Avenue Yards", "person": "Milo Quade", "role": "actor", "billing": 2},
    {"type": "credit", "show": "Wilder Avenue Yards", "person": "Rhea Tolland", "role": "director"},
    {"type": "show", "title": "Glass Harbour", "kind": "series", "network": "Hulu"},
    {"type": "release", "show": "Glass Harbour", "season": 2, "date": "2025-05-01", "network": "Hulu"},
    {"type": "credit", "show": "Glass Harbour", "person": "Wendy Ostrander", "role": "creator"},
    {"type": "credit", "show": "Glass Harbour", "person": "Bea Carrow", "role": "actor", "billing": 1},
]  # fmt: skip


@pytest.fixture(scope="module")
def invented(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """The seed facts and two invented shows."""
    return asyncio.run(load_invented(tmp_path_factory.mktemp("shorthands"), FACTS))


@pytest.fixture(scope="module")
def shorthands(invented: Knowledge) -> Shorthands:
    return Shorthands.build(invented, DOMAIN_WORDS)


def test_a_person_is_named_by_their_initials(shorthands: Shorthands) -> None:
    assert shorthands.expand("wo") == ("wendy", "ostrander")


def test_initials_two_people_share_name_neither(shorthands: Shorthands) -> None:
    assert shorthands.expand("mq") is None


def test_an_acronym_that_spells_a_word_is_no_shorthand(shorthands: Shorthands) -> None:
    assert shorthands.expand("way") is None


def test_initials_never_replace_a_fan_word(shorthands: Shorthands) -> None:
    assert shorthands.expand("rt") is None


def test_a_title_written_in_one_word_with_two_capitals_is_shortened_by_both(shorthands: Shorthands) -> None:
    assert shorthands.expand("wv") == ("wandavision",)


def test_a_season_tag_follows_a_show_shorthand(shorthands: Shorthands) -> None:
    assert shorthands.expand("gh2") == ("glass", "harbour", "season", "2")


def test_a_season_tag_never_follows_a_persons_initials(shorthands: Shorthands) -> None:
    assert shorthands.expand("wo2") is None


def test_a_title_known_only_from_someones_work_has_an_acronym(shorthands: Shorthands) -> None:
    assert shorthands.expand("dw") == ("doctor", "who")


async def test_initials_and_an_acronym_in_one_question_are_both_read(engine: QuestionEngine) -> None:
    answer = await engine.answer("jl role in aaa?")
    assert "Mystery Teen" in answer.text


async def test_an_acronym_of_a_spin_off_names_the_show_it_spun_off(engine: QuestionEngine) -> None:
    answer = await engine.answer("jl in wv spinoff? which char")
    assert "Mystery Teen" in answer.text


def test_initials_two_people_share_name_the_one_credited_on_a_title_asked_about(
    shorthands: Shorthands,
) -> None:
    words = ["mq", "in", "wilder", "avenue", "yards"]
    assert shorthands.settle_shared(words) == words  # both are credited on it: neither is picked
    settled = Shorthands(
        {}, shared={"jl": ((("jo", "lane"), frozenset({"glass harbour"})), (("jim", "lo"), frozenset()))}
    )
    assert settled.settle_shared(["jl", "in", "glass", "harbour"]) == ["jo", "lane", "in", "glass", "harbour"]


async def test_a_fans_abbreviation_of_a_field_is_read_as_the_field(engine: QuestionEngine) -> None:
    answer = await engine.answer("aud score rt")
    assert "96%" in answer.text and "98%" not in answer.text


async def test_someones_other_credits_asked_as_creds(engine: QuestionEngine) -> None:
    answer = await engine.answer("newberry's other creds?")
    assert "Shetland" in answer.text


def test_initials_never_replace_a_chat_abbreviation(shorthands: Shorthands) -> None:
    assert shorthands.expand("bc") is None  # "bc i forgot" is "because", not Bea Carrow


async def test_the_lead_of_a_show_opposite_someone_is_its_cast(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's aaa's lead opposite jl")
    assert "Kathryn Hahn" in answer.text
