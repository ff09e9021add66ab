"""A word's reading is worked out once per snapshot and kept for the next question: normalize's spelling and
shorthand of each word, where spaces belong, both spellings of a typed word, whether a message is plain (the
last check asks what the pipeline found). Every kept reading gives the answer working it out again gives."""

from __future__ import annotations

import asyncio

from intents.engine import QuestionEngine
from intents.ordinary_words import _ENDINGS, _IRREGULAR, ORDINARY_WORDS, everyday
from intents.query import Conversation
from intents.text import fold
from intents.typed_words import TypedWords
from intents.understand.glued_names import spell_glued_names
from intents.understand.question_words import spell_question_words
from intents.understand.token_readings import KeptReadings

_NAMES = frozenset({"agatha all along", "joe locke"})
_NAME_WORDS = frozenset({"agatha", "all", "along", "joe", "locke"})
_VOCABULARY = frozenset({"play", "plays", "role"})


def _ask(engine: QuestionEngine, question: str) -> str:
    return asyncio.run(engine.answer(question, Conversation(), tz="UTC")).text


def test_a_words_reading_is_kept_for_the_next_question(engine: QuestionEngine) -> None:
    first = _ask(engine, "who plays nick in hs")
    kept = engine.readings.words
    assert kept.read("hs")[1] == ("heartstopper",)  # the shorthand, as the question read it
    assert _ask(engine, "who plays nick in hs") == first
    assert "Kit Connor" in first
    afresh = KeptReadings.of(engine.matcher.vocabulary, engine.shorthands, engine.is_name)
    assert afresh.words.read("hs") == kept.read("hs")  # worked out again: the same reading


def test_a_misplaced_space_is_put_right_again_from_what_was_kept(engine: QuestionEngine) -> None:
    first = _ask(engine, "who createdheartstopper")
    assert engine.readings.breaks.respaced(["who", "createdheartstopper"]) == [
        "who",
        "created",
        "heartstopper",
    ]
    assert _ask(engine, "who createdheartstopper") == first
    assert "Alice Osman" in first


def test_the_last_check_reads_the_plainness_the_pipeline_found(engine: QuestionEngine) -> None:
    answer = _ask(engine, "who directed heartstopper")
    assert engine.plain.get(engine.kb, "who directed heartstopper", lambda: False) is True
    assert "Euros Lyn" in answer


def test_a_message_of_runs_kept_as_typed_is_spelt_as_run_by_run() -> None:
    typed = TypedWords(_NAMES.__contains__, _NAME_WORDS, _VOCABULARY.__contains__)
    for text in ("who is Kit", "Kit is who", "whoplays Kit in joelocke", "who is \u212ait", "who is Kit"):
        asked = spell_question_words(text, _NAMES.__contains__, _VOCABULARY.__contains__)
        spelt = spell_glued_names(asked, _NAMES.__contains__, _NAME_WORDS, _VOCABULARY.__contains__)
        assert typed.spell(text) == spelt, text


def test_a_words_endings_are_read_by_length_as_each_ending_in_turn() -> None:
    def in_turn(word: str) -> bool:  # everyday() as it was: each ending tested in turn
        if word in ORDINARY_WORDS or word in _IRREGULAR:
            return True
        for ending, base in _ENDINGS:
            stem = word[: -len(ending)] if word.endswith(ending) else ""
            if len(stem) >= 3 and (
                stem + base in ORDINARY_WORDS or (stem[-1] == stem[-2] and stem[:-1] in ORDINARY_WORDS)
            ):
                return True
        return False

    words = sorted(ORDINARY_WORDS)[:400]
    forms = [w + e for w in words for e in ("s", "es", "ed", "ing", "ies", "er", "est", "ly", "n", "d")]
    for word in [*forms, "stopped", "crying", "closer", "heartstopper", "kit", "tv", "ab"]:
        assert everyday(word) == in_turn(word), word


def test_a_fold_met_before_is_the_memo_itself() -> None:
    assert fold("Peter Franzén!") == "peter franzen"
    hits = fold.cache_info().hits
    assert fold("Peter Franzén!") == "peter franzen"
    assert fold.cache_info().hits == hits + 1
