"""One typed word of a question as normalize reads it, whatever words stand around it: a possessive without
its apostrophe, a misspelt relation or intent word spelt right, and the shorthand or glued title and season it
stands for.

Every question of one snapshot reads its words against the same vocabulary, shorthands and name test, and
most words (question and relation words, a catalog's name words) come again and again: each word's reading is
kept (`KeptReadings`, built by the engine with each snapshot), so a word met before is one look-up instead of
a dozen checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from intents.networks import NETWORK_WORDS
from intents.spelling_edits import edits1
from intents.text import STOPWORDS
from intents.title_words import CREDIT_VERBS
from intents.understand.cue_slips import spelt_by_ear, warm_cue_slips
from intents.understand.fanwords import FAN_WORDS, RELATION_WORDS
from intents.understand.shorthands import Shorthands
from intents.understand.vocabulary_typos import spelt_from_vocabulary, warm_vocabulary_typos
from intents.understand.word_breaks import WordBreaks, word_breaks

# Words a choice of order turns on ("which comes out frist"): a slip in them loses the comparison. (Not
# "later" or "lower": "layer" and "lover" are words of their own.)
_ORDER_WORDS = ("first", "earlier", "sooner")
# Words a misspelt token may be corrected to: relation and question words, order words, and the longer
# words of networks' names ("netflx" -> netflix, "disny" -> disney); never a name.
_CORRECTABLE = (
    RELATION_WORDS + _ORDER_WORDS + tuple(sorted(w for w in NETWORK_WORDS if len(w) >= 5 and w.isalpha()))
)
_RELATION_SET = frozenset(_CORRECTABLE)
# A title, a season tag and its number typed as one word: "heartstopperseason3", "heartstoppers3"; or the
# title and the tag alone ("heartstopperseason 3").
_GLUED_SEASON = re.compile(
    r"^([a-z]{4,}?)(?:season|series|szn|ssn|sn|s)?(\d{1,2})$|^([a-z]{4,}?)(?:season|szn)$"
)
_GLUED_LAST = frozenset("0123456789n\n")
MEMO_WORDS = 16384  # words whose readings are kept before starting afresh


def _relation_word(token: str, name_words: frozenset[str]) -> str:
    """The relation or question word a misspelt token stands for ("plasy" -> "plays"), else the token.

    One edit (a letter dropped, added or changed, two neighbours swapped) with the first letter kept; a
    four-letter token only grows into a longer word ("wach" -> "watch") or has two letters swapped ("whne"),
    so "emma" never becomes "emmy". A token one edit from a name's word is a misspelt name: left alone.
    """
    if (
        len(token) < 4
        or not token.isalpha()
        or token in STOPWORDS
        or token in _RELATION_SET
        or (token[:-1] in _RELATION_SET and token.endswith("s") and not token.endswith("ss"))
    ):
        return token  # a plural is no misspelling ("producers"), a doubled s is ("episodess")
    near = [
        word
        for word in _CORRECTABLE
        if word[0] == token[0]
        and OSA.distance(token, word) <= 1
        and (len(token) >= 5 or len(word) > 4 or sorted(word) == sorted(token))
    ]
    if not near or not name_words.isdisjoint(edits1(token)):
        return token
    # The nearest by fuzz.ratio; of equally near ones, the one listed first.
    return max(near, key=lambda word: fuzz.ratio(token, word))


def _glued_season(token: str, is_name: Callable[[str], bool] | None) -> tuple[str, ...] | None:
    """ "heartstopperseason3", "heartstopperszn3": a known title typed together with its season tag."""
    # Either way the pattern ends in a digit or an "n" ("season", "szn"; "$" also matches before a newline).
    last = token[-1:]
    if last not in _GLUED_LAST and not (last > "\x7f" and last.isdigit()):
        return None
    glued = _GLUED_SEASON.match(token)
    if glued is None or is_name is None:
        return None
    title, number = glued.group(1) or glued.group(3), glued.group(2)
    if not is_name(title):
        return None
    return (title, "season", number) if number else (title, "season")


Reading = tuple[str, tuple[str, ...] | None, tuple[str, ...] | None, bool]


class TokenReadings:
    """Each word's reading against one vocabulary, shorthands and name test: the word as spelt, its
    shorthand's expansion (None), its glued title and season (None), and whether the word after it decides
    the expansion (a chat word that is a show's acronym before a season tag: `Shorthands.expand_before`)."""

    def __init__(
        self, vocabulary: frozenset[str], shorthands: Shorthands, is_name: Callable[[str], bool] | None
    ) -> None:
        self.vocabulary = vocabulary
        self.shorthands = shorthands
        self.is_name = is_name
        self._read: dict[str, Reading] = {}

    def warm(self) -> None:
        """Build the slip tables of the vocabulary now: the first long word the vocabulary lacks cost ~12k
        Python calls (about 1 ms) building them, on whichever question happened to hold it."""
        warm_vocabulary_typos(self.vocabulary)
        warm_cue_slips(self.vocabulary)

    def read(self, token: str) -> Reading:
        """The word's reading, worked out the first time it is met."""
        if token in self._read:
            return self._read[token]
        if len(self._read) >= MEMO_WORDS:
            self._read.clear()
        vocabulary, shorthands = self.vocabulary, self.shorthands
        name_words = shorthands.name_words
        possessive = token.endswith("s") and token not in name_words  # "Williams" is a name
        if token not in vocabulary and possessive and token[:-1] in name_words:
            token_was, token = token, token[:-1]  # "alice osmans show": a possessive without its apostrophe
        else:
            token_was = token
        if token not in vocabulary and token in CREDIT_VERBS:
            # "who writes X": a credit verb in the intents' own tense, no slip of a role ("writers")
            token = _CREDIT_TENSES.get(token, token)
        if token not in vocabulary and token not in name_words and token not in FAN_WORDS:
            token = _relation_word(token, name_words)  # "creater" -> "creator", "plasy" -> "plays"
            token = spelt_from_vocabulary(token, vocabulary, name_words)  # "directng"
            token = spelt_by_ear(token, vocabulary, name_words)  # "diirecttor", "pleyz"
        expanded = shorthands.expand(token)
        after_decides = expanded is None and token in shorthands.season_only
        reading = self._read[token_was] = (token, expanded, _glued_season(token, self.is_name), after_decides)
        return reading


# Credit verbs in the present ("who writes X"), read as the past tense the intents know.
_CREDIT_TENSES = {"writes": "wrote", "creates": "created"}


@dataclass(frozen=True)
class KeptReadings:
    """One snapshot's readings of words, kept for every question asked of it: normalize's of each word, and
    where a misplaced space belongs. The engine builds them with each snapshot (a new one starts afresh)."""

    words: TokenReadings
    breaks: WordBreaks

    @classmethod
    def of(
        cls, vocabulary: frozenset[str], shorthands: Shorthands, is_name: Callable[[str], bool] | None
    ) -> KeptReadings:
        """Readings against these tables, none made yet."""
        return cls(
            TokenReadings(vocabulary, shorthands, is_name), word_breaks(vocabulary, shorthands, is_name)
        )
