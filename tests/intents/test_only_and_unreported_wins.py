"""Checks that "only" or "confirmed" make stricter, and wins the news never reported."""

from __future__ import annotations

from intents.engine import QuestionEngine
from tests.helpers import chat


async def test_the_only_one_in_a_role_others_share_is_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("is kit connor the only star of heartstopper")
    assert answer.text.startswith("No, Kit Connor isn't the only one:") and "Joe Locke" in answer.text


async def test_the_only_confirmed_director_of_a_season_is_yes(fans: QuestionEngine) -> None:
    answer = await fans.answer("is andy newberry the only confirmed director for s3?")
    assert answer.text.startswith("Yes")


async def test_a_win_among_nominations_never_reported_is_not_known(fans: QuestionEngine) -> None:
    answer = await fans.answer("did heartstopper win any of its bafta nominations?")
    assert answer.text.startswith("No win I know of: my facts don't report one.")


async def test_confirmed_as_a_part_only_speculated_is_no(fans: QuestionEngine) -> None:
    answer = await fans.answer("is joe locke confirmed as wiccan")
    assert answer.text.startswith("No, that isn't confirmed.")


async def test_the_only_one_after_a_season_correction_is_about_that_season(fans: QuestionEngine) -> None:
    answer = await chat(
        fans, "who directed heartstopper s1 and s2", "no wait season 3 sorry", "is he the only one?"
    )
    assert answer.text.startswith("Yes")


async def test_a_win_of_an_award_never_nominated_is_no_however_asked(fans: QuestionEngine) -> None:
    said = await fans.answer("Heartstopper won an Emmy?")
    counted = await fans.answer("how many emmys did heartstopper win")
    assert said.text.startswith("No.") and "not been nominated for any Emmy" in said.text
    assert counted.text.startswith("None.")


async def test_a_win_among_nominations_stays_unknown_when_asked_as_a_statement(fans: QuestionEngine) -> None:
    answer = await fans.answer("how many baftas did heartstopper win")
    assert answer.text.startswith("I don't have any BAFTA wins on record")
