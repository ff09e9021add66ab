"""Follow-up threads in fans' phrasings over an invented world: seasons carried by "that one", corrections,
"they" after several people, "the creator", yes/no ellipsis."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.understand.rephrase import rephrase
from tests.helpers import chat


async def test_the_third_season_replaces_the_season_of_the_last_question(world: QuestionEngine) -> None:
    answer = await chat(world, "when did copper lanterns first come out", "and the second season?")
    assert "2025-06-05" in answer.answers and "2023-03-10" not in answer.answers


async def test_that_one_after_a_season_correction_means_that_season(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "how many episodes is copper lanterns season 2",
        "sorry i meant season 1",
        "when did that one come out?",
    )
    assert answer.answers[:1] == ("2023-03-10",)


async def test_it_after_a_season_question_still_means_the_whole_show(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes is copper lanterns season 2", "who created it?")
    assert {"Mara Quillon", "Teodor Vance"} <= set(answer.answers)


async def test_what_else_has_the_director_done_means_the_director_of_the_season_asked(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "what else has the director done?")
    assert "Northern Tide" in answer.text


async def test_the_creator_without_a_show_is_the_creator_of_the_conversations_show(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "when is harbor nine out", "what else has the creator done")
    assert "Lise Armitage" in answer.text and "Mara Quillon" not in answer.text


async def test_the_creator_of_a_show_nobody_knows_is_not_another_shows_creator(world: QuestionEngine) -> None:
    answer = await chat(world, "when does the velvet quarry come out", "what else has the creator done")
    assert answer.kind == "unknown" and "The Velvet Quarry" in answer.text


async def test_they_after_a_credit_naming_two_people_asks_about_both(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "what else have they done?")
    assert "Glass Orchard" in answer.text and "The Salt Road" in answer.text


async def test_two_people_joined_by_and_are_each_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "what else have mara quillon and teodor vance worked on")
    assert "Glass Orchard" in answer.text and "The Salt Road" in answer.text


async def test_they_after_one_person_answered_is_that_person(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "what else have they directed")
    assert "Northern Tide" in answer.text and "Glass Orchard" not in answer.text


async def test_two_people_in_a_yes_no_check_stay_one_question(engine: QuestionEngine) -> None:
    answer = await chat(engine, "are joe locke and kit connor in heartstopper?")
    assert answer.text.startswith("Yes") and "Kit Connor" in answer.text


async def test_a_network_alone_repeats_a_yes_no_network_question_with_it(world: QuestionEngine) -> None:
    answer = await chat(world, "is harbor nine on netflix", "what about peacock?")
    assert answer.text.startswith("Yes")


async def test_a_show_alone_after_a_network_question_keeps_the_network(world: QuestionEngine) -> None:
    answer = await chat(world, "is harbor nine on peacock", "hmm what about hulu?", "and copper lanterns?")
    assert answer.text.startswith("Yes") and "Hulu" in answer.text


async def test_meant_to_ask_leads_into_the_question_itself(world: QuestionEngine) -> None:
    answer = await chat(world, "is harbor nine on hulu", "sorry meant to ask is it on peacock")
    assert answer.text.startswith("Yes")


async def test_another_channel_of_the_same_broadcaster_is_not_the_one_held(world: QuestionEngine) -> None:
    answer = await chat(world, "is fenwick lane on bbc two?")
    assert answer.text.startswith("No") and "BBC One" in answer.text


async def test_a_show_nobody_knows_on_a_streamers_everyday_name_stays_the_subject(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "is brackwater on amazon", "how many eps")
    assert answer.kind == "unknown" and "Brackwater" in answer.text


async def test_the_audience_after_a_critics_only_score_says_it_is_missing(world: QuestionEngine) -> None:
    answer = await chat(world, "rt score for copper lanterns", "and the audience?")
    assert answer.text.startswith("I don't have an audience score") and "88%" in answer.text


async def test_the_audience_where_an_audience_score_is_held_gives_it(world: QuestionEngine) -> None:
    answer = await chat(world, "rt score for harbor nine", "and the audience?")
    assert answer.text.startswith("Harbor Nine scores 81%")


def test_hes_without_an_apostrophe_is_the_pronoun_and_its_verb() -> None:
    assert rephrase("other stuff hes been in".split()) == "other stuff he has been in".split()
    assert rephrase("shes an exec producer right".split()) == "she is an exec producer right".split()


async def test_a_contracted_she_follows_the_person_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "what else shes been in?")
    assert answer.intent == "other_work" and "Nadia Ferris" in answer.text


async def test_the_star_of_a_show_asks_who_stars_in_it(world: QuestionEngine) -> None:
    answer = await chat(world, "who's the star of copper lanterns")
    assert answer.intent == "cast" and answer.answers[:1] == ("Nadia Ferris",)


async def test_a_character_then_actress_asks_who_plays_her(world: QuestionEngine) -> None:
    answer = await chat(world, "wren hale actress?")
    assert answer.intent == "who_plays" and "Nadia Ferris" in answer.text


async def test_how_long_ago_alone_is_about_the_last_date(world: QuestionEngine) -> None:
    answer = await chat(world, "when did copper lanterns season 1 come out", "how long ago")
    assert answer.intent == "countdown" and answer.answers[:1] == ("2023-03-10",)


async def test_a_name_written_whole_after_it_was_answered_stays_one_name(world: QuestionEngine) -> None:
    answer = await chat(
        world, "who created copper lanterns", "what else has teodor vance done", "and mara quillon?"
    )
    assert "Glass Orchard" in answer.text and "The Salt Road" not in answer.text


async def test_the_guy_alone_is_the_person_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "who directed copper lanterns season 2", "what else is the guy in")
    assert "Northern Tide" in answer.text


async def test_the_actor_who_plays_someone_is_a_description_not_the_last_person(
    world: QuestionEngine,
) -> None:
    answer = await chat(world, "who plays wren hale", "and the actor who plays jasper hale?")
    assert "Callum Otieno" in answer.text


async def test_an_award_body_alone_repeats_a_yes_no_award_question_with_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "was heartstopper up for an emmy", "what about the baftas")
    assert answer.text.startswith("Yes") and "BAFTA" in answer.text


async def test_the_first_one_after_a_season_question_is_season_one(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes in copper lanterns season 2", "and the first one?")
    assert "8 episodes" in answer.text and "10 episodes" not in answer.text


async def test_someones_relation_nobody_named_is_not_the_conversations_subject(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "who plays her sister", "and jasper hale?")
    assert "Sister." not in answer.text and "Callum Otieno" in answer.text


async def test_what_has_he_got_coming_up_asks_for_other_work(world: QuestionEngine) -> None:
    answer = await chat(world, "who created harbor nine", "what's teodor vance got coming up next")
    assert answer.intent == "other_work" and "The Salt Road" in answer.text


async def test_a_reaction_before_a_follow_up_is_no_show(world: QuestionEngine) -> None:
    answer = await chat(world, "when does copper lanterns season 2 come out", "cool cool, who created it?")
    assert answer.kind == "answer" and "Mara Quillon" in answer.text


async def test_an_exclamation_before_a_follow_up_is_left_out(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "she was amazing!! what else has she been in?")
    assert answer.intent == "other_work" and "Nadia Ferris" in answer.text


async def test_could_you_also_tell_me_is_polite_chatter(world: QuestionEngine) -> None:
    answer = await chat(world, "when is harbor nine out", "could you also tell me where i can watch it?")
    assert answer.answers[:1] == ("Peacock",)


async def test_how_many_episodes_will_it_have_keeps_the_season_asked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "is copper lanterns s2 out yet", "how many episodes will it have")
    assert "10 episodes" in answer.text and "8 episodes" not in answer.text


async def test_how_many_without_a_noun_counts_what_was_counted_before(world: QuestionEngine) -> None:
    answer = await chat(
        world, "how many episodes in copper lanterns season 1", "who created it", "and how many does s2 have?"
    )
    assert "10 episodes" in answer.text


def test_is_it_the_last_season_asks_about_the_final_season() -> None:
    assert rephrase("is it the last season".split()) == "is it the final season".split()
    assert rephrase("when is the last season out".split()) == "when is the last season out".split()


async def test_regular_people_ask_for_the_audience_score(world: QuestionEngine) -> None:
    answer = await chat(world, "harbor nine critics score", "and regular people?")
    assert answer.text.startswith("Harbor Nine scores 81% from audiences")


async def test_which_of_the_two_is_higher_compares_the_scores_just_given(world: QuestionEngine) -> None:
    answer = await chat(
        world, "harbor nine critics score", "and regular people?", "which of the two is higher"
    )
    assert answer.text.startswith("Harbor Nine's audience score is higher")


async def test_the_one_after_is_the_season_after_the_one_just_answered(world: QuestionEngine) -> None:
    answer = await chat(world, "when did copper lanterns season 1 come out", "and the one after?")
    assert answer.answers[:1] == ("2025-06-05",)


async def test_a_name_after_someones_relation_is_who_is_asked_about(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays jasper hale", "and the actress for jasper's sister wren hale")
    assert "Nadia Ferris" in answer.text and "Callum Otieno" not in answer.text


async def test_her_co_star_and_a_name_is_about_the_named_person(world: QuestionEngine) -> None:
    answer = await chat(world, "who plays wren hale", "her co-star callum otieno, did he create it")
    assert answer.text.startswith("No, Callum Otieno")


async def test_a_show_then_repeats_the_last_question_for_it(world: QuestionEngine) -> None:
    answer = await chat(world, "how many episodes in copper lanterns season 1", "harbor nine then?")
    assert answer.intent == "seasons" and "Harbor Nine" in answer.text


async def test_he_skips_a_person_the_fan_called_she(world: QuestionEngine) -> None:
    answer = await chat(
        world,
        "who plays jasper hale",
        "what else is he in",
        "who plays wren hale",
        "what else has she been in",
        "who does he play",
    )
    assert "Callum Otieno" in answer.text and "Nadia Ferris" not in answer.text


async def test_thats_not_what_i_asked_leads_into_the_question(world: QuestionEngine) -> None:
    answer = await chat(world, "who created copper lanterns", "that's not what i asked, who directed it")
    assert "Pia Lindqvist" in answer.text
