"""Claims checked against the facts however a fan phrases them: tags, statements asked back, asserted days,
scores and counts, choices, two-hop chains through unmarked seasons, and facts Marquee does not hold."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import answered_text

BEFORE = dt.datetime(2024, 9, 5, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "director"),
    [
        ("euros lyn directed season 3, right?", "Andy Newberry"),
        ("heartstopper season 3 was directed by euros lyn, wasn't it?", "Andy Newberry"),
        ("so euros lyn is directing heartstopper season 3?", "Andy Newberry"),
        ("euros lyn directs season 3 of heartstopper?", "Andy Newberry"),
        ("was heartstopper season 3 directed by euros lyn or someone else?", "Andy Newberry"),
        ("heartstopper series 3 director = euros lyn?", "Andy Newberry"),  # written as an equation
        (
            "was season 1 of heartstopper an andy newberry job?",
            "Euros Lyn",
        ),  # no role named: the person's own
    ],
)
async def test_a_claim_in_any_phrasing_is_answered_no_with_the_real_director(
    engine: QuestionEngine, question: str, director: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith("No")
    assert director in text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # whether someone holds a described role is checked rather than chained through
        ("is kit connor the director of heartstopper?", "No", ""),
        ("is kit connor the actor who plays charlie?", "No", "Joe Locke"),
        # a tag after a character's name keeps the character
        ("kit connor plays nick right?", "Yes", ""),
        ("isn't charlie played by kit connor?", "No", "Joe Locke"),
    ],
)
async def test_a_claim_of_whom_someone_plays_or_is_is_checked(
    engine: QuestionEngine, question: str, verdict: str, fact: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict) and fact in text


async def test_someone_not_in_the_cast_is_said_to_be_where_they_act(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "is kathryn hahn in heartstopper?", BEFORE)
    assert text.startswith("No")
    assert "Agatha All Along" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does heartstopper season 3 premiere on october 3?", "Yes"),
        ("is heartstopper s3 coming out on oct 10th?", "No"),
        ("did heartstopper come out in 2021?", "No"),
        ("is season 3 premiering on october 3?", "Yes"),
    ],
)
async def test_an_asserted_day_is_checked_against_the_premiere(
    engine: QuestionEngine, question: str, verdict: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict)
    assert "2024" in text or "2022" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("is heartstopper's critics score 98%?", "Yes"),
        ("heartstopper has a 90% audience score right?", "No"),
        ("is heartstopper rated over 91% by audiences?", "Yes"),
    ],
)
async def test_an_asserted_score_is_checked(engine: QuestionEngine, question: str, verdict: str) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict)
    assert "98%" in text and "96%" in text


async def test_an_asserted_award_count_is_checked(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "did heartstopper get 5 bafta nominations?", BEFORE)
    assert text.startswith("No") and "3 BAFTA" in text


async def test_an_award_body_never_met_is_a_no_with_what_it_has(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "was heartstopper nominated for a golden globe?", BEFORE)
    assert text.startswith("No") and "BAFTA" in text


async def test_a_choice_between_networks_names_the_right_one(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "which is heartstopper on, hbo or netflix?", BEFORE)
    assert text.startswith("Netflix")


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "do kit connor and kathryn hahn both star in heartstopper?",
            "No",
            "Kathryn Hahn is not in Heartstopper",
        ),
        ("is joe locke in both heartstopper and agatha all along?", "Yes", ""),
    ],
)
async def test_two_people_or_shows_at_once_are_each_checked(
    engine: QuestionEngine, question: str, verdict: str, fact: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict) and fact in text


async def test_other_work_is_checked(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "did euros lyn work on torchwood?", BEFORE)
    assert text.startswith("Yes") and "Doctor Who" in text


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("is agatha all along newer than heartstopper?", "Yes"),
        (
            "which premiered first, agatha all along or season 3 of heartstopper?",
            "Agatha All Along comes first",
        ),
    ],
)
async def test_older_and_newer_compare_premieres(engine: QuestionEngine, question: str, first: str) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(first)


async def test_days_from_one_premiere_to_another(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "how many days from heartstopper s3 to agatha all along?", BEFORE)
    assert "15 days" in text


async def test_the_first_two_seasons_named_around_the_title(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "what other shows has the director of the first two heartstopper seasons done", BEFORE
    )
    assert "Euros Lyn" in text and "Doctor Who" in text


async def test_a_credit_check_without_a_show_uses_the_persons_one_show(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "is it true euros lyn directed every episode of season 1 and 2", BEFORE
    )
    assert text.startswith("Yes")


async def test_the_gap_between_critics_and_audience_is_given_in_points(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "what's the difference between heartstopper's critics and audience score", BEFORE
    )
    assert "2 points higher" in text


async def test_a_number_after_a_title_is_its_season_in_a_comparison(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "which one comes out first agatha all along or heartstopper 3", BEFORE)
    assert text.startswith("Agatha All Along comes first") and "15 days" in text


@pytest.mark.parametrize(
    ("question", "verdict", "category"),
    [
        ("was heartstopper nominated for best drama at the baftas?", "No", "Music"),
        ("was heartstopper nominated for a bafta for writing?", "Yes", "Writing"),
    ],
)
async def test_an_asserted_award_category_is_checked(
    engine: QuestionEngine, question: str, verdict: str, category: str
) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict) and category in text


async def test_two_described_people_are_compared(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "is the director of season 3 the same as seasons 1 and 2?", BEFORE)
    assert text.startswith("No") and "Andy Newberry" in text and "Euros Lyn" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("does agatha all along come out in september?", "Yes"),
        ("is heartstopper season 3 coming out in november?", "No"),
        ("does heartstopper season 3 premiere next month?", "Yes"),
    ],
)
async def test_an_asserted_month_is_checked(engine: QuestionEngine, question: str, verdict: str) -> None:
    text = await answered_text(engine, question, BEFORE)
    assert text.startswith(verdict)


async def test_a_part_only_speculated_is_not_confirmed(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "is joe locke playing wiccan in agatha all along?", BEFORE)
    assert text.startswith("No, that isn't confirmed") and "Mystery Teen" in text


async def test_two_shows_on_one_network_are_each_checked(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "are heartstopper and agatha all along on the same network?", BEFORE)
    assert text.startswith("No") and "Netflix" in text and "Disney+" in text


async def test_a_choice_of_show_by_network_names_the_one_on_it(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "which is on disney+, heartstopper or agatha all along?", BEFORE)
    assert text.startswith("Agatha All Along")


async def test_actors_two_shows_share_are_named(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "do heartstopper and agatha all along share any actors?", BEFORE)
    assert text.startswith("Yes") and "Joe Locke" in text


async def test_a_show_described_by_who_created_it(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "what network is the show created by alice oseman on", BEFORE)
    assert "Netflix" in text


async def test_what_someone_has_made_asks_for_their_work(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "what has the person who directed the first season made since", BEFORE)
    assert "Doctor Who" in text


async def test_a_choice_between_two_scores_names_the_held_one(engine: QuestionEngine) -> None:
    text = await answered_text(engine, "is the heartstopper audience score 96 or 98?", BEFORE)
    assert text.startswith("96%")


async def test_having_anything_to_do_with_a_season_is_a_credit_check(engine: QuestionEngine) -> None:
    text = await answered_text(
        engine, "does euros lyn have anything to do with heartstopper season 3?", BEFORE
    )
    assert text.startswith("No") and "seasons 1-2" in text
