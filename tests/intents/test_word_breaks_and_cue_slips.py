"""Spaces typed in the wrong place ("createdheartstopper", "he artstopper") and relation words two slips
off or spelt by ear ("eppisoddes", "dyrekted") are read from what the bot knows; real words, names and
unknown titles stay as typed."""

from __future__ import annotations

import datetime as dt

from intents.engine import QuestionEngine
from intents.query import Conversation
from intents.understand.cue_slips import spelt_by_ear
from intents.understand.word_breaks import WordBreaks

NOW = dt.datetime(2024, 9, 3, 12, tzinfo=dt.UTC)
_VOCABULARY = frozenset({"created", "creator", "director", "directed", "episodes", "play", "about", "score"})
_BREAKS = WordBreaks(_VOCABULARY, frozenset({"heartstopper", "connor", "shogun"}), lambda w: w == "shogun")


def test_a_token_running_two_words_together_is_cut() -> None:
    assert _BREAKS.cut("createdheartstopper") == ("created", "heartstopper")
    assert _BREAKS.cut("connorplay") == ("connor", "play")


def test_words_of_their_own_and_slips_are_not_cut() -> None:
    assert _BREAKS.cut("door") is None  # "do" + "or": two stopwords
    assert _BREAKS.cut("playabout") is None  # two words the intents read: maybe a word of its own
    assert _BREAKS.cut("created") is None  # a word the intents read
    assert _BREAKS.cut("heartstoppr") is None  # one slip from a name's word


def test_a_name_typed_in_two_pieces_is_joined() -> None:
    assert _BREAKS.joined(["who", "wrote", "sho", "gun"]) == ["who", "wrote", "shogun"]
    assert _BREAKS.joined(["and", "or"]) == ["and", "or"]  # two real words stay two


def test_a_one_letter_word_or_a_name_typed_whole_is_not_joined() -> None:
    # Catalog names hold words such as "ina" and "deleon": a pair of words a fan typed apart stays apart.
    names = {"ina", "deleon", "mike de leon"}
    breaks = WordBreaks(_VOCABULARY, frozenset({"leon", "bronx", "tale"}), names.__contains__)
    assert breaks.joined(["in", "a", "bronx", "tale"]) == ["in", "a", "bronx", "tale"]
    assert breaks.joined(["mike", "de", "leon", "live"]) == ["mike", "de", "leon", "live"]
    assert breaks.joined(["films", "by", "de", "leon"]) == ["films", "by", "deleon"]  # no name typed whole


def test_long_relation_words_two_slips_off_are_spelt_out() -> None:
    assert spelt_by_ear("diirecttor", _VOCABULARY, frozenset()) == "director"
    assert spelt_by_ear("eppisoddes", _VOCABULARY, frozenset()) == "episodes"
    assert spelt_by_ear("creetad", _VOCABULARY, frozenset()) == "created"  # sounds like it


def test_short_tokens_and_names_stay_as_typed() -> None:
    assert spelt_by_ear("abbott", _VOCABULARY, frozenset()) == "abbott"  # sounds like "about": a name
    assert spelt_by_ear("episodesss", _VOCABULARY, frozenset()) == "episodes"  # a letter held down
    assert spelt_by_ear("directorial", _VOCABULARY, frozenset()) == "directorial"  # a form of its own
    assert spelt_by_ear("directer", _VOCABULARY, frozenset()) == "directer"  # one slip: normalize's own
    assert spelt_by_ear("diirecttor", _VOCABULARY, frozenset({"diirecttors"})) == "diirecttor"  # a name's


async def test_questions_with_misplaced_spaces_and_slipped_cues_are_answered(engine: QuestionEngine) -> None:
    for question, expected in (
        ("who createdheartstopper", "Alice Osman"),
        ("when did he artstopper season 1 premiere", "April 22, 2022"),
        ("how many eppisoddes does heartstopper have", "16"),
        ("who dyrekted heartstopper season 3", "Andy Newberry"),
    ):
        reply = (await engine.answer(question, Conversation(), now=NOW)).text
        assert expected in reply, (question, reply)


async def test_an_unknown_title_is_not_cut_into_words(engine: QuestionEngine) -> None:
    reply = await engine.answer("is next door on netflix", Conversation(), now=NOW)
    assert reply.kind == "unknown" and "Next Door" in reply.text, reply.text
