"""Chains through a subject described by when it comes out ("the october season", "the season that drops next
month"), comparisons of two people's other work, a choice between two shows described by someone in them,
and a count reaching across seasons that holds no title. Invented world beside the seed facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.intents.test_chatter_references import engine, knowledge

__all__ = ["engine", "knowledge"]


async def test_a_season_described_by_its_month_before_the_noun(engine: QuestionEngine) -> None:
    answer = await engine.answer("what other shows has the director of the april season done")
    assert "Otto Fenn" in answer.text and "Sun Court" in answer.text


async def test_a_season_described_as_dropping_next_month(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's directing the season that drops next month")
    assert "Otto Fenn" in answer.text


async def test_a_show_coming_this_month(engine: QuestionEngine) -> None:
    answer = await engine.answer("who is in the show that comes out this month")
    assert "Greta Lund" in answer.text


async def test_who_has_more_other_work_counts_their_titles(engine: QuestionEngine) -> None:
    answer = await engine.answer("who has more other shows to their name, mara quill or otto fenn")
    assert answer.text.startswith("Otto Fenn has more")


async def test_surnames_alone_still_make_a_choice(engine: QuestionEngine) -> None:
    answer = await engine.answer("who has more other work, quill or fenn")
    assert answer.text.startswith("Otto Fenn has more")


async def test_how_many_more_titles_says_the_gap(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many more shows has fenn directed than quill")
    assert answer.text.startswith("Otto Fenn has 1 more")


async def test_credits_on_a_named_show_are_no_other_work(engine: QuestionEngine) -> None:
    answer = await engine.answer("who has more directing credits on harbour lights, quill or fenn")
    assert answer.text.startswith("Mara Quill")
    assert "14 episodes" in answer.text


async def test_a_choice_of_two_described_shows_is_no_network_listing(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "which one is on netflix: the show with sela moor or the show with greta lund"
    )
    assert "Harbour Lights" in answer.text and "I don't have any shows" not in answer.text


async def test_a_count_across_seasons_holds_no_title(engine: QuestionEngine) -> None:
    answer = await engine.answer("how many eps did mara quill direct total across s1 and s2")
    assert answer.kind == "answer" and "14" in answer.text
