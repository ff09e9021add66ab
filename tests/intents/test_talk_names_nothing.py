"""Fan talk is no evidence of an unknown name: greetings, apologies, interjections, function words written
with capitals, a network after "on", a describing word before what it limits and a pick "of those" never get
"I don't have facts about X"; real unknown titles and names still do."""

from __future__ import annotations

from intents.engine import QuestionEngine
from intents.name_evidence import forget, marked_words, note_message
from intents.ordinary_words import a_modifier
from intents.pronoun_predicates import one_of_those
from intents.query import Conversation
from tests.helpers import last_text

UNKNOWN = "I don't have facts about"


def test_capitalised_function_words_mark_no_name() -> None:
    assert marked_words("Hear Me On This but the finale was great").isdisjoint({"me", "on", "this"})


def test_a_capitalised_greeting_marks_no_name() -> None:
    assert "salutations" not in marked_words("well Salutations to all of you, when is it out")


def test_a_capitalised_rare_word_still_marks_a_name() -> None:
    assert "bramblewood" in marked_words("so is Bramblewood any good")


def test_one_describing_word_before_a_determiner_is_a_modifier() -> None:
    assert a_modifier(["just"], ["the", "cast"])
    assert not a_modifier(["never"], ["have", "i", "ever"])


def test_a_pick_of_those_points_back() -> None:
    assert one_of_those(["the", "last", "of", "these"])
    assert not one_of_those(["the", "last", "of", "us"])


def test_a_describing_word_opening_a_follow_up_names_nothing(engine: QuestionEngine) -> None:
    assert engine.link("only the emmys then how many".split()).named_runs == []


def test_a_pick_of_those_in_the_leading_slot_is_no_title(engine: QuestionEngine) -> None:
    assert engine.link("and the second of these episodes aired when".split()).unknown_title == []


def test_a_network_after_on_starts_no_title(engine: QuestionEngine) -> None:
    res = engine.link("the best drama on netflix fight me the supporting cast".split())
    assert res.unknown_title == []


def test_a_release_verb_is_no_name(engine: QuestionEngine) -> None:
    assert engine.link("and when does s3 land".split()).named_runs == []


def test_capitalised_talk_before_a_season_is_no_title(engine: QuestionEngine) -> None:
    aside = "Hear Me Out On This but season 3 will be the best"
    noted = note_message(aside)
    try:
        assert engine.link(engine.words(aside)).evident_title == []
    finally:
        forget(noted)


async def test_a_greeting_to_fellow_fans_is_no_title(engine: QuestionEngine) -> None:
    conversation = Conversation()
    await last_text(engine, "who's in heartstopper", conversation=conversation)
    reply = await last_text(
        engine, "Greetings fellow viewers! who directed season 3?", conversation=conversation
    )
    assert UNKNOWN not in reply and "Newberry" in reply


async def test_a_lowercase_unknown_title_in_a_title_slot_is_still_unknown(engine: QuestionEngine) -> None:
    assert (await last_text(engine, "when does the gentlemen come back")).startswith(
        f"{UNKNOWN} The Gentlemen"
    )


async def test_a_capitalised_unknown_title_after_a_greeting_is_still_unknown(engine: QuestionEngine) -> None:
    assert (await last_text(engine, "Hi All, who's in Bad Sisters?")).startswith(f"{UNKNOWN} Bad Sisters")


async def test_a_title_fans_are_fans_of_is_still_unknown(engine: QuestionEngine) -> None:
    reply = await last_text(engine, "fellow travelers fans here, who's in it?")
    assert reply.startswith(UNKNOWN) and "Fellow Travelers" in reply
