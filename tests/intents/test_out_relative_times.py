"""Whether a premiere falls in a time named relative to the day the fan asks ("did it come out yesterday?",
"out this weekend right?"), and which premiere "is it out yet" means when a show has several."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge
from intents.engine import QuestionEngine


def _on(knowledge: Knowledge, day: str) -> QuestionEngine:
    at = dt.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    return QuestionEngine(knowledge, clock=lambda: at)


async def test_out_yet_weeks_before_the_first_season_is_about_the_first(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2022-04-01").answer("is heartstopper out yet")
    assert answer.text.startswith("No")
    assert "April 22, 2022" in answer.text


async def test_out_yet_days_after_the_first_season_is_yes(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2022-05-01").answer("can i watch heartstopper yet")
    assert answer.text.startswith("Yes")


async def test_out_yet_weeks_before_a_later_season_is_about_that_season(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-10").answer("is heartstopper out yet")
    assert answer.text.startswith("Not yet") and "October 3, 2024" in answer.text


async def test_the_next_premiere_comes_first_before_the_first_season(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2022-04-15").answer("heartstopper comes out in a week right?")
    assert answer.text.startswith("Yes")


async def test_a_premiere_the_day_before_came_out_yesterday(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-04").answer("did s3 come out yesterday?")
    assert answer.text.startswith("Yes")


async def test_a_premiere_days_earlier_did_not_come_out_yesterday(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-06").answer("did hs3 come out yesterday?")
    assert answer.text.startswith("No")


async def test_a_premiere_in_the_week_before_came_out_last_week(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-25").answer("did agatha all along come out last week")
    assert answer.text.startswith("Yes")


async def test_a_thursday_premiere_did_not_come_out_over_the_weekend(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-07").answer("hs3 came out over the weekend?")
    assert answer.text.startswith("No")


async def test_a_premiere_weeks_ago_is_yes_to_that_many_weeks_ago(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-02").answer("agatha all along premiered 2 weeks ago?")
    assert answer.text.startswith("Yes")


async def test_a_friday_premiere_is_out_to_watch_that_weekend(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2022-04-20").answer("heartstopper is out this weekend isn't it")
    assert answer.text.startswith("Yes")


async def test_out_by_a_weekday_after_the_premiere_is_yes(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-30").answer("is heartstopper s3 out by friday")
    assert answer.text.startswith("Yes")


async def test_a_day_word_is_never_read_as_a_title(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-10-04").answer("did s3 come out yesterday?")
    assert answer.kind == "answer" and "Yesterday" not in answer.text


async def test_finally_on_a_network_asks_whether_it_is_out_there(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2022-04-23").answer("is heartstopper finally on netflix??")
    assert answer.text.startswith("Yes") and "April 22, 2022" in answer.text


async def test_a_show_and_a_time_alone_ask_whether_it_premieres_then(seed_knowledge: Knowledge) -> None:
    answer = await _on(seed_knowledge, "2024-09-12").answer("hs3 in like 3 weeks?")
    assert answer.text.startswith("Yes") and "October 3, 2024" in answer.text
