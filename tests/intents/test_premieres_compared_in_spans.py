"""Two premieres compared by a span they may share, by how far away they are or how long the wait, a day
of the month alone asserted, watching on a day named, and an episode's director never reported (branch
fanq14)."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine


def _on(knowledge: Knowledge, day: str) -> QuestionEngine:
    at = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return QuestionEngine(knowledge, clock=lambda: at)


async def test_the_same_month_is_checked_for_two_premieres(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("do agatha and hs3 come out in the same month")
    assert answer.text.startswith("No, not the same month")


async def test_further_away_picks_the_later_premiere(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("which is further away, agatha or hs3")
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_waiting_longer_is_about_premieres_not_episodes(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "agatha or hs3, which one am i waiting longer for"
    )
    assert answer.text.startswith("Heartstopper season 3 comes later")


async def test_a_to_b_how_many_years_counts_the_gap(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("s1 to s3, how many years did we wait")
    assert "2 years and 5 months" in answer.text


async def test_a_day_of_the_month_alone_is_checked(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("agatha comes out on the 18th?")
    assert answer.text.startswith("Yes")


async def test_watching_on_a_day_named_is_out_by_then(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer(
        "can i watch agatha all along on my birthday sept 20"
    )
    assert answer.text.startswith("Yes")


async def test_an_episodes_director_is_not_known_before_the_seasons(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-03").answer("who directs the first episode of hs3")
    assert answer.text.startswith("I don't have who directed") and "Andy Newberry" in answer.text


async def test_days_from_one_premiere_to_another_are_counted(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-01").answer("days from hs s1 to agatha all along premiere")
    assert answer.text.startswith("There are 880 days between them")


async def test_the_side_still_to_come_is_the_one_after_today(seed_knowledge: Knowledge) -> None:
    engine = _on(seed_knowledge, "2024-09-25")
    answer = await engine.answer("which is still to come, agatha all along or heartstopper 3")
    assert answer.text.startswith("Heartstopper season 3 is still to come:")
    before_both = await _on(seed_knowledge, "2024-09-01").answer("which one isn't out yet, agatha or hs3")
    assert before_both.text.startswith("Both are still to come:")
