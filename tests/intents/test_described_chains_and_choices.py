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


async def test_a_show_described_by_whoever_directed_its_early_episodes(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "when is the show the director of the early harbour lights episodes did coming back"
    )
    assert "April 10" in answer.text


async def test_the_one_rumoured_to_be_a_part(engine: QuestionEngine) -> None:
    answer = await engine.answer("what part does the guy rumoured to be hawk have in harbour lights")
    assert "Jonah Price" in answer.text


async def test_a_description_that_goes_on_with_also_is_no_second_question(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "the person who directed all of harbour lights s1 and s2 also did what other shows"
    )
    assert "Glass River" in answer.text


async def test_the_season_the_talk_names_is_what_it_means_in_the_first_of_two_questions(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer(
        "I am interested in the directing side of Harbour Lights season 3. Who is directing it, and what is "
        "he known for?"
    )
    assert "Otto Fenn" in answer.text and "Sun Court" in answer.text and "Mara Quill" not in answer.text


async def test_the_new_one_after_questions_about_earlier_seasons(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "i heard the director changed?? who did harbour lights s1 and s2 and who's doing the new one"
    )
    assert "Mara Quill" in answer.text and "Otto Fenn" in answer.text


async def test_saying_it_is_the_last_question_is_chatter(engine: QuestionEngine) -> None:
    answer = await engine.answer("ok last one, who directed the harbour lights s3")
    assert answer.text.startswith("Otto Fenn")


async def test_the_date_when_something_happened_is_asked_with_when(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "I want to know the date when Harbour Lights started on Netflix the first time."
    )
    assert "June 4, 2021" in answer.text


async def test_the_new_show_is_its_new_season_in_a_choice(engine: QuestionEngine) -> None:
    answer = await engine.answer("which one's out earlier, copper vale or the new harbour lights?")
    assert answer.text.startswith("Copper Vale comes first") and "April 10" in answer.text


async def test_a_choice_naming_no_side_takes_the_two_shows_the_talk_names(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "ngl i think copper vale came out before harbour lights but my bf disagrees. which was first?"
    )
    assert answer.text.startswith("Harbour Lights")
