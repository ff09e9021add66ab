"""The two spellings of a message's typed words in one scan, each word's result remembered per snapshot.

`spell_question_words` ("wher" -> "where", "whoplays" -> "who plays"; else an everyday word's slip, "mnay"
-> "many") and then `spell_glued_names` ("joelocke" -> "joe locke") each decide a run of letters by that run
alone (and by the snapshot's names and the intents' words), so a run's result never depends on the message
around it: one scan applies both, and a word met before ("what", "movies", "directed") is one dictionary
look-up instead of a dozen checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.ordinary_words import everyday
from intents.spelling_edits import edits1
from intents.text import STOPWORDS
from intents.understand.auxiliary_slips import auxiliary_spelt
from intents.understand.dropped_g import clipped_spelt
from intents.understand.glued_names import spell_glued_names
from intents.understand.question_words import spell_question_words
from intents.understand.word_slips import everyday_slip

# The run of letters both spellings read (their own `_WORD`): a run's neighbours are never letters, so what
# a spelling puts in its place (letters and spaces) never joins the next run.
_WORD = re.compile(r"[A-Za-z]+")
MEMO_WORDS = 16384  # words remembered before starting afresh
# Whole messages remembered: the last check on an answer (unknown_subject_guard) spells the message the
# pipeline has just spelt, so the latest few are enough.
MEMO_TEXTS = 64


class TypedWords:
    """Both spellings of typed words against one snapshot's names (`is_name`, `name_words`) and the intents'
    words (`is_word`); build a new one for a new snapshot."""

    def __init__(
        self, is_name: Callable[[str], bool], name_words: frozenset[str], is_word: Callable[[str], bool]
    ) -> None:
        self.is_name = is_name
        self.name_words = name_words
        self.is_word = is_word
        # lower-cased run -> what replaces it, or None where both spellings keep it as typed
        self._spelt: dict[str, str | None] = {}
        self._kept: set[str] = set()  # the runs of `_spelt` that both spellings keep as typed
        self._texts: dict[str, str] = {}

    def spell(self, text: str) -> str:
        """`text` as `spell_glued_names(spell_question_words(text))` gives it, with an auxiliary typed by
        ear at a sentence's start spelt right ("dose X have": intents.understand.auxiliary_slips) and clipped
        words spelt whole ("til", "doin": intents.understand.dropped_g)."""
        spelt = self._texts.get(text)
        if spelt is None:
            if len(self._texts) >= MEMO_TEXTS:
                self._texts.clear()
            spelt = self._texts[text] = self._words_spelt(auxiliary_spelt(clipped_spelt(text)))
        return spelt

    def _words_spelt(self, text: str) -> str:
        # Most messages' runs are all kept as typed: a set test (and the few runs met first here worked
        # out) instead of a replacement per run. (ASCII only: lower-casing other text may make letters,
        # "K" (Kelvin) -> "k", and move runs.)
        if text.isascii():
            for token in set(_WORD.findall(text.lower())).difference(self._kept):
                if self._token_spelt(token) is not None:
                    return _WORD.sub(self._word, text)
            return text
        return _WORD.sub(self._word, text)

    def _word(self, match: re.Match[str]) -> str:
        typed = match.group(0)
        spelt = self._token_spelt(typed.lower())
        return typed if spelt is None else spelt

    def _token_spelt(self, token: str) -> str | None:
        """What replaces a lower-cased run, or None where both spellings keep it as typed."""
        if token in self._spelt:
            spelt = self._spelt[token]
        else:
            if len(self._spelt) >= MEMO_WORDS:
                self._spelt.clear()
                self._kept.clear()
            question = spell_question_words(token, self.is_name, self.is_word)
            if question == token:
                question = self._everyday_slip(token) or token  # "mnay", "taht", "betwen"
            glued = spell_glued_names(question, self.is_name, self.name_words, self.is_word)
            # A word both leave alone stays as typed (capitals too); what they put instead is lower case.
            spelt = self._spelt[token] = None if question == token and glued == token else glued
            if spelt is None:
                self._kept.add(token)
        return spelt

    def _everyday_slip(self, token: str) -> str | None:
        """The everyday word a token not read as any word or name is a slip of; a token one edit from a
        word of a known name is that name misspelt, never an everyday word."""
        if everyday(token) or token in STOPWORDS or self.is_word(token) or self.is_name(token):
            return None
        slip = everyday_slip(token)
        # Only a token that is some word's slip is checked against the names: most tokens are no slip, and
        # all of a token's one-edit spellings cost more than the slip test (a catalog's names are many).
        if slip is None or not self.name_words.isdisjoint(edits1(token)):
            return None
        return slip
