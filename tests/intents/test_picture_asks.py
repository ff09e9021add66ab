"""Questions about the picture a show's news reported (the seed article's behind-the-scenes photo of
Heartstopper season 3, posted by the official Netflix X account, showing Joe Locke and Kit Connor)."""

from __future__ import annotations

import datetime as dt

from db.posts import decode_post
from intents.engine import QuestionEngine
from intents.query import Conversation

BEFORE = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


async def test_who_is_in_the_picture_names_the_people_it_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer("who was in teh bts pic", now=BEFORE)
    assert "shows Joe Locke (Charlie Spring) and Kit Connor (Nick Nelson)" in answer.text


async def test_who_posted_the_picture_names_the_account(engine: QuestionEngine) -> None:
    answer = await engine.answer("wich acount posted the bts foto", now=BEFORE)
    assert answer.text.startswith("The official Netflix X account posted it")


async def test_a_picture_named_in_chatter_is_what_it_asks_about(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "NOT ME SCREAMING AT THE BTS PIC 😭 ok but fr which account posted it", now=BEFORE
    )
    assert answer.text.startswith("The official Netflix X account posted it")


async def test_which_season_the_picture_is_from_is_said(engine: QuestionEngine) -> None:
    answer = await engine.answer("the bts photo is too cute, what season is it even from", now=BEFORE)
    assert answer.text.startswith("It's from Heartstopper season 3, the newest season.")


async def test_someone_not_shown_is_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("is william gao in the bts pic?", now=BEFORE)
    assert answer.text.startswith("No, William Gao isn't in it.")


async def test_someone_shown_is_yes(engine: QuestionEngine) -> None:
    answer = await engine.answer("is kit connor in the behind the scenes photo?", now=BEFORE)
    assert answer.text.startswith("Yes, Kit Connor is in it.")


async def test_another_site_is_no(engine: QuestionEngine) -> None:
    answer = await engine.answer("was the bts photo posted on tiktok?", now=BEFORE)
    assert answer.text.startswith("No, it was posted on X, not TikTok.")


async def test_when_the_picture_came_is_the_day_it_was_reported(engine: QuestionEngine) -> None:
    answer = await engine.answer("when did netflix drop that behind the scenes photo", now=BEFORE)
    assert "reported on Tuesday, September 3, 2024" in answer.text


async def test_a_question_after_picture_chatter_about_something_else_is_not_about_it(
    engine: QuestionEngine,
) -> None:
    answer = await engine.answer("the bts pic is so cute! when does s3 come out?", now=BEFORE)
    assert answer.text.startswith("Heartstopper season 3 premieres")


async def test_a_picture_of_a_show_nobody_knows_is_never_the_known_one(engine: QuestionEngine) -> None:
    answer = await engine.answer("who's in the new stranger things photo", now=BEFORE)
    assert "Joe Locke" not in answer.text


def test_a_descriptor_that_is_no_picture_reads_as_none() -> None:
    assert decode_post("drama") is None
    assert decode_post('{"season": 3}') is None
    read = decode_post('{"what": "photo", "by": "N", "season": 2, "on": "2024-01-02", "showing": ["A B"]}')
    assert read is not None and read.season == 2 and read.date == dt.date(2024, 1, 2)
    assert read.people == ("A B",)


async def test_a_follow_up_after_the_picture_asks_about_it(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("is kit connor in the hs3 bts pic", conversation, now=BEFORE)
    answer = await engine.answer("who posted it", conversation, now=BEFORE)
    assert answer.text.startswith("The official Netflix X account posted it")


async def test_they_after_the_picture_are_the_people_it_shows(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await engine.answer("who's in the new hs3 bts photo", conversation, now=BEFORE)
    answer = await engine.answer("who do they each play", conversation, now=BEFORE)
    assert "Charlie Spring" in answer.text and "Nick Nelson" in answer.text


async def test_a_season_asked_beside_the_picture_is_the_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "just saw the bts pic of joe and kit, when does heartstopper season 3 come out", now=BEFORE
    )
    assert "October 3, 2024" in answer.text and "photo" not in answer.text


async def test_still_in_the_show_asks_no_picture(engine: QuestionEngine) -> None:
    answer = await engine.answer("is tobie donovan still in heartstopper?", now=BEFORE)
    assert answer.text.startswith("Yes") and "photo" not in answer.text


async def test_the_other_one_in_the_picture_is_the_one_other_person_it_shows(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "What's the other actor in that behind-the-scenes photo with Kit Connor up to next?", now=BEFORE
    )
    assert "Joe Locke" in answer.text and "Agatha All Along" in answer.text


async def test_a_span_asked_beside_the_picture_is_left_to_the_date_readers(engine: QuestionEngine) -> None:
    answer = await engine.answer(
        "kit and joe in the new photo?? anyway how many days till s3 drops", now=BEFORE
    )
    assert "23 days" in answer.text and "photo" not in answer.text
