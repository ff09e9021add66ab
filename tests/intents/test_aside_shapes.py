"""An aside whose shape says it is a title ("two and a half men, who's in it", "what about 1899", "friends is
so funny, ...") makes that title the subject even when its words are everyday words or a number: a show
Marquee holds no facts on gets "I don't have facts about X", never the conversation's or default show's facts.
Asides that only talk, and values a follow-up swaps ("what about the critics"), stay answered."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.engine import QuestionEngine
from tests.helpers import reply_texts

AUTUMN = dt.datetime(2024, 9, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "question",
    ["two and a half men, who's in it", "modern family, how many seasons", "the office, who made it"],
)
async def test_an_aside_that_is_only_a_title_is_what_the_question_asks_about(
    engine: QuestionEngine, question: str
) -> None:
    (text,) = await reply_texts(engine, question, now=AUTUMN)
    assert text.startswith("I don't have facts about")
    assert "Heartstopper" not in text


@pytest.mark.parametrize(
    "question",
    [
        "friends is so funny, who's in it",
        "community is the best sitcom ever, where can i stream it",
        "my sister says dark is better, who directed that",
    ],
)
async def test_a_title_judged_in_an_aside_is_what_the_question_asks_about(
    engine: QuestionEngine, question: str
) -> None:
    (text,) = await reply_texts(engine, question, now=AUTUMN)
    assert text.startswith("I don't have facts about")
    assert "Heartstopper" not in text


async def test_what_about_a_value_or_a_side_still_repeats_the_last_question(engine: QuestionEngine) -> None:
    _, critics = await reply_texts(
        engine, "heartstopper audience score", "what about the critics", now=AUTUMN
    )
    assert "98" in critics


async def test_an_aside_of_show_talk_keeps_the_show(engine: QuestionEngine) -> None:
    _, premiere = await reply_texts(
        engine,
        "who directs heartstopper s3",
        "just saw the season 3 poster, when does it premiere",
        now=AUTUMN,
    )
    assert "October 3" in premiere


async def test_a_talk_word_written_as_two_words_is_no_title(engine: QuestionEngine) -> None:
    # "never mind" is "nevermind" written apart: talk, not a title nobody knows ("Never Mind").
    (text,) = await reply_texts(engine, "never mind, who created the show", now=AUTUMN)
    assert "don't have facts about" not in text and "Alice Os" in text, text


async def test_she_after_a_name_nobody_knows_means_that_name(engine: QuestionEngine) -> None:
    _, text = await reply_texts(
        engine,
        "who plays nick in heartstopper",
        "and maitreyi ramakrishnan, what else has she been in",
        now=AUTUMN,
    )
    assert text.startswith("I don't have facts about Maitreyi Ramakrishnan")


async def test_he_after_a_name_nobody_knows_in_an_aside_means_that_name(engine: QuestionEngine) -> None:
    _, text = await reply_texts(
        engine, "who plays nick in heartstopper", "my friend loves omar rudberg, what's he in", now=AUTUMN
    )
    assert "Kit Connor" not in text
    assert "Omar Rudberg" in text


async def test_a_question_not_understood_leaves_no_title_that_starts_with_they(
    engine: QuestionEngine,
) -> None:
    *_, text = await reply_texts(
        engine,
        "which network is heartstopper on",
        "did they announce s4 yet?",
        "and when did s3 come out on it",
        now=AUTUMN,
    )
    assert "October 3" in text


async def test_a_label_before_a_question_that_names_its_show_is_no_title(engine: QuestionEngine) -> None:
    (text,) = await reply_texts(engine, "true or false: heartstopper is on disney+", now=AUTUMN)
    assert text.startswith("No")


async def test_what_about_a_count_of_seasons_is_no_title(engine: QuestionEngine) -> None:
    _, text = await reply_texts(engine, "who directed hs s3", "what about the first two", now=AUTUMN)
    assert "The First Two" not in text


@pytest.mark.parametrize(
    ("questions", "title"),
    [
        (("when is heartstopper s3 out", "what about 1899", "is it renewed"), "1899"),  # no year
        (("who created heartstopper", "and 1899?", "who's in it"), "1899"),  # no season nor year
        (("what about 24, who's in it", "when does it come back"), "24"),
        (
            ("two and a half men is a classic", "who created it"),
            "Two and a Half Men",
        ),  # a message that asks nothing
        (("is there a modern family movie", "when's it out"), "Modern Family"),  # a film of everyday words
    ],
)
async def test_a_title_nobody_knows_stays_the_subject_of_the_follow_up(
    engine: QuestionEngine, questions: tuple[str, ...], title: str
) -> None:
    *_, said, follow = await reply_texts(engine, *questions, now=AUTUMN)
    assert said.startswith(f"I don't have facts about {title}")
    assert follow.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize(
    ("first", "question", "title"),
    [
        (
            "who plays nick in heartstopper",
            "the good place is so underrated, who created it",
            "The Good Place",
        ),
        ("who plays nick in heartstopper", "and the bear, who's in it", "The Bear"),  # set off after "and"
        (
            "when is heartstopper s3 out",
            "anyone else think normal people is overrated? who directed it",
            "Normal People",
        ),
        ("when is heartstopper s3 out", "euphoria!! when's it back", "Euphoria"),
        ("when is heartstopper s3 out", "bridgerton season 3, is it out", "Bridgerton"),  # before its season
        ("when is heartstopper s3 out", "i miss gilmore girls, who created it", "Gilmore Girls"),
        ("when is heartstopper s3 out", "random but yellowjackets, is it renewed", "Yellowjackets"),
        (
            "when is heartstopper s3 out",
            "new obsession: abbott elementary. who created it",
            "Abbott Elementary",
        ),
    ],
)
async def test_a_title_set_off_in_a_follow_up_is_its_subject(
    engine: QuestionEngine, first: str, question: str, title: str
) -> None:
    _, text = await reply_texts(engine, first, question, now=AUTUMN)
    assert text.startswith(f"I don't have facts about {title}")


@pytest.mark.parametrize(
    ("first", "talk"),
    [
        ("who created heartstopper", "nvm, who's in it"),
        ("when is hs3 out", "the acting is so good, who's in it"),  # a part of the show judged
        ("when is heartstopper s3 out", "amazing! who's in it"),
        ("when is heartstopper s3 out", "so hyped, who's in it"),
        ("when is heartstopper s3 out", "yesss, who's in it"),
        ("when is heartstopper s3 out", "small thing, who's in it"),
    ],
)
async def test_talk_set_off_before_a_follow_up_is_no_title(
    engine: QuestionEngine, first: str, talk: str
) -> None:
    _, text = await reply_texts(engine, first, talk, now=AUTUMN)
    assert "Joe Locke" in text
