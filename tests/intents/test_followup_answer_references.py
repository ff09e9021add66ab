"""Follow-ups about what the last answer named or dated (conv34): the person an "anyone else" answer adds, the
show a spin-off answer names, the weekday of another show's premiere named in the question, whether the last
date already happened, the actor of a character answered, the rumour asked as an ellipsis, and a supporting
actor asked of a season when the cast is credited to the show."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import chat

SEPT_10 = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)
SEPT_25 = dt.datetime(2024, 9, 25, 12, tzinfo=dt.UTC)
OCT_20 = dt.datetime(2024, 10, 20, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize("asked", ["what's her official credit", "what is her job title", "what's her role"])
async def test_her_after_anyone_else_is_the_person_the_answer_added(
    engine: QuestionEngine, asked: str
) -> None:
    answer = await chat(engine, "who came up with heartstopper", "anyone else credited on the story", asked)
    assert "Lauren James" in answer.text and "story consultant" in answer.text


async def test_that_one_after_a_spin_off_check_is_the_parent_show(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "agatha all along cast?", "is it a spin-off", "and when did that one air", now=OCT_20
    )
    assert "WandaVision" in answer.text and "2021" in answer.text


async def test_a_spinoff_of_something_asks_for_the_parent(engine: QuestionEngine) -> None:
    answer = await chat(engine, "agatha all along cast?", "is it a spinoff of something", now=OCT_20)
    assert answer.kind == "answer" and "WandaVision" in answer.text


@pytest.mark.parametrize(
    "asked",
    ["and the agatha one, which weekday", "agatha premiere, what weekday", "and agatha's, what weekday"],
)
async def test_a_weekday_asked_of_another_named_show_reads_its_premiere(
    engine: QuestionEngine, asked: str
) -> None:
    answer = await chat(engine, "when is hs3 out", asked, now=SEPT_10)
    assert answer.text.startswith("Wednesday") and "September 18" in answer.text


async def test_what_weekday_for_that_one_reads_the_last_date(engine: QuestionEngine) -> None:
    answer = await chat(engine, "when is agatha all along out", "what weekday for that one", now=SEPT_10)
    assert answer.text.startswith("Wednesday")


@pytest.mark.parametrize(
    ("now", "verdict"), [(SEPT_25, "Yes"), (SEPT_10, "No")], ids=["after the date", "before the date"]
)
async def test_so_that_already_happened_checks_the_last_date_against_today(
    engine: QuestionEngine, now: dt.datetime, verdict: str
) -> None:
    answer = await chat(engine, "agatha all along premiere date", "so that already happened?", now=now)
    assert answer.text.startswith(verdict) and "September 18" in answer.text


async def test_has_that_date_passed_names_the_date_and_checks_it(engine: QuestionEngine) -> None:
    # "that date" said of the date the last answer gave: the words naming it ask nothing more.
    answer = await chat(engine, "agatha all along premiere date", "has that date passed already", now=SEPT_10)
    assert answer.text.startswith("No") and "September 18" in answer.text, answer.text


async def test_his_after_a_character_answered_is_its_actor(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who does kit connor's co-star play in heartstopper", "when's his marvel debut", now=SEPT_10
    )
    assert "Agatha All Along" in answer.text and "September 18" in answer.text


@pytest.mark.parametrize("asked", ["and the fan theory?", "and the rumour?", "what's the rumour"])
async def test_the_rumour_as_an_ellipsis_gives_the_speculated_part(
    engine: QuestionEngine, asked: str
) -> None:
    answer = await chat(engine, "what's joe locke doing in the mcu", "release date?", asked, now=SEPT_10)
    assert "Wiccan" in answer.text


async def test_is_he_rumoured_to_be_the_speculated_part_says_yes(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is joe locke rumoured to be wiccan in agatha")
    assert answer.text.startswith("Yes") and "Mystery Teen" in answer.text


async def test_is_the_rumoured_part_confirmed_still_says_no(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is joe locke actually confirmed as wiccan or is that just a rumour")
    assert answer.text.startswith("No")


async def test_a_supporting_actor_asked_of_a_season_is_not_known(engine: QuestionEngine) -> None:
    answer = await chat(engine, "is olivia colman in heartstopper", "is she in season 3")
    assert answer.text.startswith("I don't know") and "season by season" in answer.text


async def test_a_lead_asked_of_a_season_is_yes_as_far_as_the_facts_go(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "is he in season 3")
    assert answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "asked",
    [
        "what's the 2021 disney+ show agatha is spun off from",
        "what was the 2021 series agatha came from called",
    ],
)
async def test_a_described_show_asked_by_its_relation_gives_its_name(
    engine: QuestionEngine, asked: str
) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", asked)
    assert answer.text.startswith("WandaVision")


async def test_a_fact_of_a_described_show_is_still_asked_of_it(engine: QuestionEngine) -> None:
    answer = await chat(engine, "whats the disney show's premiere date", now=SEPT_10)
    assert "September 18" in answer.text


async def test_wiccan_is_whose_son_again_after_the_rumour_check(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "is joe locke rumoured to be wiccan in agatha", "and wiccan is whose son again"
    )
    assert "Wanda" in answer.text


@pytest.mark.parametrize("asked", ["which season is she in", "what season does she show up"])
async def test_which_season_a_supporting_actor_is_in_is_not_known(engine: QuestionEngine, asked: str) -> None:
    answer = await chat(engine, "is olivia colman in heartstopper", asked)
    assert answer.text.startswith("I don't know which seasons Olivia Colman is in")


async def test_which_seasons_a_lead_is_in_is_every_one_as_far_as_the_facts_go(engine: QuestionEngine) -> None:
    answer = await chat(engine, "who plays charlie in heartstopper", "which seasons is he in")
    assert answer.text.startswith("Every season") and "Joe Locke" in answer.text


async def test_a_yes_no_tag_after_a_correction_asks_it_of_what_was_meant(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "which bafta categories has heartstopper been nominated in?",
        "Correction: I meant Emmy nominations. Were there any?",
    )
    assert answer.text.startswith("No") and "Emmy" in answer.text


async def test_a_wh_tag_after_a_correction_asks_the_last_question_put_right(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "who directed heartstopper season 1", "correction: i meant season 3. who was it?"
    )
    assert "Andy Newberry" in answer.text


async def test_his_after_who_else_is_in_a_cast_stays_the_person_talked_about(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "what's the mcu show joe locke is in",
        "who else is in it",
        "and who plays his boyfriend in heartstopper",
    )
    assert "Kit Connor" in answer.text


async def test_a_distance_after_another_named_show_is_between_the_two_dates(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when is the hs3 premiere", "how many days after agatha is that?", now=SEPT_10
    )
    assert "15 days" in answer.text


async def test_that_after_a_spin_off_said_through_its_parent_is_the_spin_off(engine: QuestionEngine) -> None:
    answer = await chat(
        engine, "when did wandavision come out", "and its spinoff?", "how long ago was that", now=OCT_20
    )
    assert "September 18" in answer.text


async def test_a_tag_pointing_at_a_show_after_a_correction_is_not_read_as_one(engine: QuestionEngine) -> None:
    answer = await chat(
        engine,
        "which series has kathryn hahn acting alongside joe locke?",
        "Not Kathryn Hahn, I mean Aubrey Plaza. Also that one?",
    )
    assert answer.text.startswith("Yes")
