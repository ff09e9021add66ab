"""A title Marquee has no facts about becomes the conversation's subject however the fan brings it up: a
number asked about or set off before the question ("tell me about 24", "regarding 1923, is there a season
3"), the other side of a release order ("did X come out before or after heartstopper"), someone's talk of it
("my sister won't stop talking about X"), or everyday words asked after a part ("what about young things?").
The follow-up "who's in it" then gets "I don't have facts about X", never the seed show's facts."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.number_titles import number_title, numbers_name_a_title
from intents.understand.watched_titles import title_watched
from tests.helpers import BEFORE_PREMIERE, replies

SEED_FACTS = ("Joe Locke", "Kit Connor", "October 3", "April 22", "Netflix", "Osman", "Newberry")


def _number(question: str) -> list[str]:
    title = number_title(question.split(), set())
    return title.words if title is not None else []


def test_a_number_asked_about_is_a_title() -> None:
    assert _number("tell me about 24") == ["24"]
    assert _number("have you got anything on 1923") == ["1923"]
    assert _number("any news on 1899") == ["1899"]


def test_a_recent_year_asked_about_is_no_title() -> None:
    assert _number("tell me about 2024") == []


def test_a_number_set_off_before_its_question_is_a_title() -> None:
    assert _number("1923 whos in it") == ["1923"]
    assert _number("regarding 1923 is there a season 3") == ["1923"]


def test_a_lone_digit_before_a_question_is_a_list_number_not_a_title() -> None:
    assert _number("1 who plays nick") == []


async def test_a_number_put_first_as_the_topic_is_the_subject_of_the_thread(engine: QuestionEngine) -> None:
    answers = await replies(engine, "regarding 1923, is there a season 3", "who's in it", now=BEFORE_PREMIERE)
    for answer in answers:
        assert answer.text.startswith("I don't have facts about 1923"), answer.text
        assert not any(fact in answer.text for fact in SEED_FACTS), answer.text


async def test_a_number_asked_about_gets_no_facts(engine: QuestionEngine) -> None:
    answers = await replies(engine, "tell me about 24", "who created it", now=BEFORE_PREMIERE)
    for answer in answers:
        assert answer.text.startswith("I don't have facts about 24"), answer.text


async def test_a_release_order_with_an_unknown_title_is_declined(engine: QuestionEngine) -> None:
    (answer,) = await replies(
        engine, "did hall of mirrors come out before or after heartstopper", now=BEFORE_PREMIERE
    )
    assert answer.text.startswith("I don't have facts about Hall of Mirrors"), answer.text
    assert "April 22" not in answer.text


async def test_a_title_someone_keeps_talking_about_is_what_the_question_asks_of(
    engine: QuestionEngine,
) -> None:
    answers = await replies(
        engine,
        "my sister won't stop talking about copper lanterns lol. when's the next season",
        "is it on netflix",
        now=BEFORE_PREMIERE,
    )
    for answer in answers:
        assert answer.text.startswith("I don't have facts about Copper Lanterns"), answer.text


async def test_everyday_words_asked_after_a_part_are_a_title_the_thread_goes_on_about(
    engine: QuestionEngine,
) -> None:
    asked = ("who plays nick in heartstopper", "what about young things?", "who's in it")
    answers = await replies(engine, *asked, now=BEFORE_PREMIERE)
    assert "Kit Connor" in answers[0].text
    for answer in answers[1:]:
        assert answer.text.startswith("I don't have facts about Young Things"), answer.text
        assert not any(fact in answer.text for fact in SEED_FACTS), answer.text


async def test_a_name_asked_after_a_part_leaves_the_show_the_subject(engine: QuestionEngine) -> None:
    answers = await replies(
        engine, "who plays nick in heartstopper", "and tao?", "who created it", now=BEFORE_PREMIERE
    )
    assert "Osman" in answers[-1].text


async def test_an_unknown_side_joined_before_the_known_show_is_declined(engine: QuestionEngine) -> None:
    for question in (
        "which came out first, hall of mirrors or heartstopper",
        "which has more seasons, young things or heartstopper",
    ):
        (answer,) = await replies(engine, question, now=BEFORE_PREMIERE)
        assert answer.text.startswith("I don't have facts about"), answer.text
        assert "April 22" not in answer.text and "3 seasons" not in answer.text, answer.text


def test_a_number_the_fan_watches_is_a_title_a_recent_year_or_digit_is_not() -> None:
    assert numbers_name_a_title(["24"], fan_of=False, watched=True)
    assert not numbers_name_a_title(["24"], fan_of=False)
    assert not numbers_name_a_title(["2024"], fan_of=False, watched=True)
    assert not numbers_name_a_title(["2"], fan_of=False, watched=True)


async def test_a_number_that_came_out_before_the_known_show_is_a_title(engine: QuestionEngine) -> None:
    (answer,) = await replies(engine, "did 1923 come out before heartstopper", now=BEFORE_PREMIERE)
    assert answer.text.startswith("I don't have facts about 1923"), answer.text


async def test_a_number_rewatched_in_the_talk_is_what_the_question_asks_of(engine: QuestionEngine) -> None:
    (answer,) = await replies(engine, "currently rewatching 24 lol, how many seasons", now=BEFORE_PREMIERE)
    assert answer.text.startswith("I don't have facts about 24"), answer.text


def test_what_the_fan_watched_is_a_title_however_everyday_its_words() -> None:
    assert title_watched("just finished you!! is there more") == ["you"]
    assert (
        title_watched("i binged what we do in the shadows, who made it")
        == "what we do in the shadows".split()
    )


def test_watching_the_show_talked_about_or_a_part_of_it_names_no_title() -> None:
    assert title_watched("just finished it!! is there more") == []
    assert title_watched("just watched the finale, who directed it") == []
    assert title_watched("finally finished season 2, is there more") == []


async def test_a_watched_title_no_reader_understood_stays_the_subject(engine: QuestionEngine) -> None:
    answers = await replies(
        engine, "just finished you!! is there more", "who plays the lead", now=BEFORE_PREMIERE
    )
    for answer in answers:
        assert answer.text.startswith("I don't have facts about You"), answer.text


async def test_a_first_name_joined_to_unknown_words_is_part_of_a_title(engine: QuestionEngine) -> None:
    asked = ("is nick and marguerite on netflix", "who's in it")
    for answer in await replies(engine, *asked, now=BEFORE_PREMIERE):
        assert answer.text.startswith("I don't have facts about Nick and Marguerite"), answer.text


async def test_two_known_first_names_joined_are_people_not_a_title(engine: QuestionEngine) -> None:
    asked = "how does the friendship between nick and charlie start?"
    (answer,) = await replies(engine, asked, now=BEFORE_PREMIERE)
    assert not answer.text.startswith("I don't have facts about"), answer.text
