"""Follow-ups that lean on who and what the last answers named: a claim checked against the person's own
credits, a pick by what someone does, the newest person meant by "that guy", the next holder of a credit,
a film not held staying the subject, a character's partner, a behind-the-camera role."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_a_claim_about_him_is_checked_against_his_own_credits(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "and he's the one in agatha all along right?")
    assert answer.text.startswith("No") and "Kit Connor" in answer.text


async def test_a_true_claim_about_her_is_confirmed(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie", "he's also in agatha all along isn't he")
    assert answer.text.startswith("Yes") and "Mystery Teen" in answer.text


async def test_which_one_is_going_to_the_mcu_picks_the_listed_person_whose_show_fits(
    engine: QuestionEngine,
) -> None:
    answer = await chat(engine, "who's in heartstopper", "which one is joining the mcu")
    assert "Joe Locke" in answer.text and "Kit Connor" not in answer.text


async def test_the_other_lead_after_a_cast_pick_is_the_other_top_billed(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who's in heartstopper", "which of them is in agatha all along", "what about the other one"
    )
    assert "Kit Connor" in answer.text and "Joe Locke" not in answer.text


async def test_that_guy_after_an_answer_bringing_in_someone_new_means_the_newcomer(
    engine: QuestionEngine,
) -> None:
    answer = await chat(
        engine, "who directs hs3", "did he direct the first two seasons too", "what else has that guy done"
    )
    assert "Torchwood" in answer.text and "Shetland" not in answer.text


async def test_who_took_over_from_him_is_the_next_holder_of_his_credit(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper season 1", "who took over from him")
    assert "Andy Newberry" in answer.text


async def test_overall_after_a_persons_episode_count_is_no_title(engine: QuestionEngine) -> None:
    answer = await chat(engine, "how many episodes did euros lyn direct overall")
    assert "16" in answer.text and "Overall" not in answer.text


async def test_when_is_it_out_after_a_film_not_held_says_the_film_is_not_held(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is there a heartstopper movie", "when's it out")
    assert answer.text.startswith("I don't have a film") and "October 3" not in answer.text


async def test_a_persons_new_film_is_never_their_series(engine: QuestionEngine) -> None:
    answer = await chat(engine, "kit connor new film")
    assert answer.text.startswith("I don't have a film with Kit Connor")


async def test_his_boyfriend_means_the_partner_of_the_part_he_plays(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays nick", "and his boyfriend on the show?")
    assert "Charlie Spring" in answer.text and "Joe Locke" in answer.text


async def test_her_role_behind_the_camera_is_answered_as_her_credited_job(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who is lauren james", "what's her role on the show exactly")
    assert answer.kind == "answer" and "story consultant" in answer.text


async def test_which_seasons_did_each_of_them_direct_answers_for_both(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who directed heartstopper", "which seasons did each of them direct")
    assert "Euros Lyn" in answer.text and "Andy Newberry" in answer.text


async def test_a_title_known_as_someones_work_is_remembered_whole(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who's in doctor who", "did euros lyn work on it")
    assert answer.text.startswith("Yes") and "Doctor Who" in answer.text


async def test_the_new_guy_is_the_person_the_last_answer_brought_in(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed heartstopper season 1", "who replaced him", "what's the new guy known for"
    )
    assert "Shetland" in answer.text and "Torchwood" not in answer.text
