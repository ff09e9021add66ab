"""Follow-ups that replace one slot of the last question, over the invented world: a title nobody knows with a
season, an award body or network alone, a yes/no check about another person, and whole questions that only
look like fragments."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_an_unknown_title_with_a_season_replaces_the_known_show(world: QuestionEngine) -> None:
    answer = await chat(world, "when does copper lanterns season 2 come out", "and the velvet quarry s2?")
    assert answer.kind == "unknown" and "Velvet Quarry" in answer.text and "2025-06-05" not in answer.answers


async def test_a_known_show_after_an_unknown_one_replaces_the_unknown_title(world: QuestionEngine) -> None:
    answer = await chat(world, "when does the velvet quarry season 4 come out", "and copper lanterns s2?")
    assert answer.answers[:1] == ("2025-06-05",)


async def test_an_award_body_alone_replaces_the_award_asked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "has copper lanterns got any bafta nominations", "emmys?")
    assert answer.answers[:1] == ("Yes",)


async def test_a_show_and_an_award_body_replace_both(world: QuestionEngine) -> None:
    answer = await chat(
        world, "does harbor nine have any emmy nominations", "and copper lanterns, any emmys?"
    )
    assert answer.answers[:1] == ("Yes",) and "Copper Lanterns" in answer.text


async def test_another_person_in_a_yes_no_check_keeps_the_show(world: QuestionEngine) -> None:
    answer = await chat(world, "is nadia ferris in copper lanterns", "and odile brandt?")
    assert answer.answers[:1] == ("No",)


async def test_a_yes_no_question_with_it_is_asked_whole_not_merged(world: QuestionEngine) -> None:
    answer = await chat(world, "who's in copper lanterns", "wait is callum otieno really in it??")
    assert answer.answers[:1] == ("Yes",)


async def test_a_name_and_another_relation_is_a_question_of_its_own(world: QuestionEngine) -> None:
    answer = await chat(world, "who's in copper lanterns", "and harbor nine's score?")
    assert "81%" in answer.text and "Odile Brandt" not in answer.text


async def test_the_start_of_a_characters_name_is_that_character(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale in copper lanterns", "sorry i meant jasp")
    assert "Callum Otieno" in answer.text and "Nadia Ferris" not in answer.text


async def test_a_first_name_of_someone_in_the_shows_talked_about_is_them(world: QuestionEngine) -> None:
    answer = await chat(world, "when does copper lanterns season 2 come out", "who does callum play")
    assert "Jasper Hale" in answer.text


async def test_which_is_higher_after_one_answer_with_both_scores_compares_them(world: QuestionEngine) -> None:
    answer = await chat(world, "what does harbor nine have on rotten tomatoes", "which one is higher")
    assert "audience score is higher" in answer.text


async def test_by_how_much_after_both_scores_gives_the_difference(world: QuestionEngine) -> None:
    answer = await chat(world, "harbor nine rotten tomatoes", "which one is higher", "by how much")
    assert "6 points" in answer.text


async def test_the_second_guy_is_the_second_person_the_cast_list_named(world: QuestionEngine) -> None:
    answer = await chat(world, "who's in copper lanterns", "what's the second guy's character")
    assert "Jasper Hale" in answer.text


async def test_a_bare_ordinal_walks_on_through_the_list_asked_about(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who's in copper lanterns", "who does the first actress play", "and the second?"
    )
    assert "Callum Otieno" in answer.text and "Jasper Hale" in answer.text


async def test_thanks_before_an_opener_opens_nothing(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "cool and what about harbor nine")
    assert "Lise Armitage" in answer.text and "Mara Quillon" not in answer.text


async def test_a_claim_asked_back_with_a_tag_is_not_merged_into_the_last_question(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "copper lanterns critics score", "nice and s2 is out now yeah?")
    assert answer.answers[:1] == ("No",) and "2025-06-05" in answer.answers


async def test_is_that_more_than_compares_the_value_just_given_with_another_season(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "how many episodes is copper lanterns season 2", "is that more than s1 had?")
    assert answer.text.startswith("Yes") and "8" in answer.text


async def test_a_role_described_before_its_question_is_who_the_pronoun_means(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who plays wren hale in copper lanterns", "the creator, what else has she done"
    )
    assert "Glass Orchard" in answer.text and "Nadia Ferris" not in answer.text


async def test_the_earlier_season_after_questions_about_its_director_is_the_season_before(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world,
        "who directed copper lanterns season 2",
        "what else has she done",
        "and the earlier season, how many episodes did it have",
    )
    assert "8" in answer.text and "10 episodes" not in answer.text


async def test_what_were_they_for_after_a_count_asks_for_what_was_counted(world: QuestionEngine) -> None:
    answer = await chat(world, "how many emmy nominations has copper lanterns got", "what were they for")
    assert "Outstanding Drama Series" in answer.text


async def test_what_were_they_for_after_people_named_is_not_the_question_again(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "what were they for")
    assert "created by" not in answer.text


async def test_the_one_who_did_another_season_is_who_did_the_role_asked_questions_back(
    world: QuestionEngine,
) -> None:
    answer = await chat(
        world,
        "who directed copper lanterns season 2",
        "what else has she directed",
        "and the person who did season 1?",
    )
    assert "Pia Lindqvist directed Copper Lanterns season 2" not in answer.text
    assert "season 1" in answer.text


async def test_an_ellipsis_skips_a_message_not_understood_in_between(world: QuestionEngine) -> None:
    answer = await chat(
        world, "when does copper lanterns season 2 come out", "and the uk time?", "same for harbor nine"
    )
    assert answer.answers[:1] == ("2025-05-20",)


async def test_a_title_named_in_chatter_is_what_its_it_means(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created copper lanterns", "just started the gilded ferry, is it any good?"
    )
    assert answer.kind == "unknown" and "Gilded Ferry" in answer.text and "Copper Lanterns" not in answer.text


async def test_after_a_title_named_in_chatter_it_stays_that_title(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "when is harbor nine season 2 out",
        "been meaning to watch marrow creek, worth it?",
        "who's in it",
    )
    assert answer.kind == "unknown" and "Marrow Creek" in answer.text and "Odile Brandt" not in answer.text


async def test_a_known_show_named_in_chatter_is_not_taken_for_an_unknown_title(world: QuestionEngine) -> None:
    answer = await chat(world, "who created harbor nine", "just started copper lanterns, who's in it")
    assert "Nadia Ferris" in answer.text


async def test_they_both_are_the_two_people_the_last_questions_were_about(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who plays wren hale in copper lanterns", "and jasper hale?", "are they both in harbor nine"
    )
    assert answer.answers[:1] == ("No",) and "Nadia Ferris" in answer.text and "Callum Otieno" in answer.text
