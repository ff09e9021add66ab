"""Names Marquee has no facts about: said whole, kept whole in follow-ups, never answered with other facts."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.text import title_case
from tests.helpers import reply_texts

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_a_title_keeps_its_small_words_lower_case() -> None:
    assert title_case(["ginny", "and", "georgia"]) == "Ginny and Georgia"
    assert title_case(["the", "lord", "of", "the", "rings"]) == "The Lord of the Rings"


async def test_an_and_between_unknown_words_stays_in_the_name(engine: QuestionEngine) -> None:
    for question in ("is ginny and georgia out yet?", "is ginny and georgia season 3 out yet?"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about Ginny and Georgia"), reply


async def test_it_repeats_the_whole_unknown_title_with_its_ordinary_words(engine: QuestionEngine) -> None:
    first, then = await reply_texts(
        engine, "who's the lead in nobody wants this", "when does it come out?", now=NOW
    )
    assert first.startswith("I don't have facts about Nobody Wants This")
    assert then.startswith("I don't have facts about Nobody Wants This"), then


async def test_he_right_after_an_unknown_show_is_someone_from_that_show(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(engine, "who plays carmy in the bear?", "what else is he in?", now=NOW)
    assert reply.startswith("I don't have facts about The Bear"), reply


async def test_a_character_right_after_an_unknown_show_belongs_to_it(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(engine, "arcane season 2 rotten tomatoes", "who voices jinx?", now=NOW)
    assert reply.startswith("I don't have facts about Arcane"), reply


async def test_a_full_character_name_after_an_unknown_show_is_answered(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(engine, "just started normal people", "who plays nick nelson?", now=NOW)
    assert "Kit Connor" in reply


async def test_a_person_named_after_an_unknown_show_is_still_answered(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(
        engine, "when does the bear come back?", "what else is joe locke in?", now=NOW
    )
    assert "Agatha All Along" in reply


async def test_thanks_after_an_unknown_show_is_not_about_it(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(engine, "when does the bear come back?", "ok thanks", now=NOW)
    assert "The Bear" not in reply


async def test_right_now_in_fan_shorthand_is_not_a_title(engine: QuestionEngine) -> None:
    (reply,) = await reply_texts(engine, "what show is kathryn hahn in rn", now=NOW)
    assert "Agatha All Along" in reply


async def test_a_title_of_ordinary_words_is_not_the_default_show(engine: QuestionEngine) -> None:
    questions = ("who's in the last of us", "what is the last of us about", "who's in the last of us s2")
    for question in questions:
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about The Last of Us"), (question, reply)


async def test_a_the_phrase_that_points_at_the_show_still_answers(engine: QuestionEngine) -> None:
    for question in ("who is in the cast of the show", "when is the next one out"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert "Heartstopper" in reply, (question, reply)


async def test_unknown_title_words_around_a_preposition_stay_one_title(engine: QuestionEngine) -> None:
    for question in ("is emily in paris renewed?", "who created emily in paris", "the last of us rt score"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith(
            ("I don't have facts about Emily in Paris.", "I don't have facts about The Last")
        ), (question, reply)


async def test_a_character_before_an_unknown_title_is_not_part_of_it(engine: QuestionEngine) -> None:
    (reply,) = await reply_texts(engine, "who plays eleven in stranger things", now=NOW)
    assert reply.startswith("I don't have facts about Stranger Things"), reply


async def test_a_title_after_a_credit_verb_is_not_the_default_show(engine: QuestionEngine) -> None:
    (reply,) = await reply_texts(engine, "who created ms marvel", now=NOW)
    assert reply.startswith("I don't have facts about Ms Marvel"), reply
    (reply,) = await reply_texts(engine, "who created it", now=NOW)
    assert "Alice Os" in reply  # "it" is the show the question may mean


async def test_an_everyday_word_title_as_the_subject_is_not_the_default_show(engine: QuestionEngine) -> None:
    for question, name in (("when does you season 2 come out?", "You"), ("when is one day back", "One Day")):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith(f"I don't have facts about {name}."), (question, reply)
    (reply,) = await reply_texts(engine, "where did you get this information", now=NOW)
    assert "I don't have facts about" not in reply  # "you" doing something is the fan, not a show


async def test_that_after_in_is_the_unknown_show_talked_about(engine: QuestionEngine) -> None:
    *_, reply = await reply_texts(engine, "where's normal people streaming", "is kit connor in that", now=NOW)
    assert reply.startswith("I don't have facts about Normal People"), reply


async def test_when_is_an_unknown_title_and_a_season_names_the_title(engine: QuestionEngine) -> None:
    for question in ("when is you s2", "whens the bear season 3"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about"), reply
        assert "Heartstopper" not in reply


async def test_a_credit_check_matches_a_misspelt_title_word_for_word(engine: QuestionEngine) -> None:
    (slip,) = await reply_texts(engine, "is kit connor in sheltand?", now=NOW)
    assert "Shetland" in slip
    (longer,) = await reply_texts(engine, "is kit connor in bregusmas?", now=NOW)
    assert longer.startswith("I don't have facts about Bregusmas"), longer


async def test_a_comparison_with_an_unknown_show_says_which_side_is_missing(engine: QuestionEngine) -> None:
    *_, first = await reply_texts(
        engine, "when does ghosts come back", "which came out first, it or heartstopper?", now=NOW
    )
    assert first.startswith("I don't have facts about Ghosts"), first
    assert "2022" not in first
    *_, after = await reply_texts(
        engine, "when did normal people come out", "was it before heartstopper?", now=NOW
    )
    assert after.startswith("I don't have facts about Normal People"), after


async def test_a_show_described_by_its_service_is_the_title_asked_about(engine: QuestionEngine) -> None:
    for question in ("is one day a netflix show?", "is the bear an fx original"):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith("I don't have facts about"), reply
        assert "Heartstopper" not in reply


async def test_chat_shorthand_alone_is_no_title_and_keeps_no_subject(engine: QuestionEngine) -> None:
    brb, then = await reply_texts(engine, "brb", "who plays charlie?", now=NOW)
    assert "don't have facts about" not in brb, brb
    assert "Joe Locke" in then, then


async def test_a_respelt_first_name_before_an_unknown_surname_is_someone_else(engine: QuestionEngine) -> None:
    # "charlize" is one letter from the character Charlie, "nikk" from Nick: with a surname nobody holds
    # after them, they name someone Marquee has no facts about, never that character's actor.
    for question, name in (
        ("who does charlize theron play", "Charlize Theron"),
        ("is nikk jonas in heartstopper", "Nikk Jonas"),
    ):
        (reply,) = await reply_texts(engine, question, now=NOW)
        assert reply.startswith(f"I don't have facts about {name}"), reply
