"""Names spelt by ear or with two slips ("euro lin", "tobyas grel"), split or joined as dictation hears them,
are the one news name they sound like; a name nobody knows, or one near two names, is never turned into a
known one."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.near_names import near_news_name
from intents.query import Conversation
from intents.sound_keys import sound_key

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)


def test_spellings_that_sound_alike_share_a_key() -> None:
    assert sound_key("kit conner") == sound_key("kit connor")
    assert sound_key("wander vision") == sound_key("wandavision")  # the r after a vowel is not heard
    assert sound_key("shogoon") == sound_key("show gun") == sound_key("shogun")
    assert sound_key("phelps") == sound_key("felps")


def test_spellings_that_sound_different_do_not() -> None:
    assert sound_key("severed") != sound_key("severance")
    assert sound_key("kit harington") != sound_key("kit connor")


async def test_a_person_spelt_by_ear_is_the_news_person(engine: QuestionEngine) -> None:
    reply = (await engine.answer("what else has euro lin worked on", Conversation(), now=NOW)).text
    assert "Doctor Who" in reply, reply
    reply = (await engine.answer("is tobey donavan in heartstopper", Conversation(), now=NOW)).text
    assert reply.startswith("Yes"), reply


async def test_invented_names_two_slips_off_are_linked(fans: QuestionEngine) -> None:
    reply = (await fans.answer("who does tobyas grel play", Conversation())).text
    assert "Marisol Dunne" in reply, reply
    reply = (await fans.answer("who created the kwiet orchard", Conversation())).text
    assert "Wendell Harp" in reply, reply
    reply = (await fans.answer("how many episodes is embur krossing season 2", Conversation())).text
    assert "6" in reply, reply


def test_a_run_near_no_news_name_or_near_two_stays_unknown(fans: QuestionEngine) -> None:
    assert near_news_name(["tobyas", "grel"], fans.index, fans.kb) == "tobias grell"
    assert near_news_name(["kit", "harington"], fans.index, fans.kb) is None
    assert near_news_name(["dana"], fans.index, fans.kb) is None  # too short to tell names apart
    # "the last ferry" and "the last of us"-like neighbours: "the lost ferri" is only The Last Ferry, but a
    # run halfway between two titles is neither.
    assert near_news_name(["the", "lost", "ferri"], fans.index, fans.kb) == "the last ferry"


async def test_unknown_names_still_get_no_facts(engine: QuestionEngine) -> None:
    for question, name in (
        ("who is kit harington", "Kit Harington"),
        ("when does severed season 2 come out", "Severed"),
        ("when does heartland season 17 come out", "Heartland"),
    ):
        reply = await engine.answer(question, Conversation(), now=NOW)
        assert reply.kind == "unknown" and name in reply.text, (question, reply.text)
