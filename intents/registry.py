"""Intents and the rapidfuzz matcher that picks one for a question.

Each intent lists example phrasings with slots ({show}, {person}, {character}, {season}) and a few cue words.
A question is turned into the same slot form, compared with every example by token_sort_ratio (whole
strings, so a long question can't match a short keyword), and boosted by its cues.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter

from rapidfuzz import fuzz, process

from intents.answer import Answer
from intents.query import Query
from intents.text import fold

Handler = Callable[[Query], Awaitable[Answer]]

SLOT_TOKENS = {
    "{show}": "xshowx",
    "{person}": "xpersonx",
    "{character}": "xcharx",
    "{season}": "xseasonx",
    "{network}": "xnetworkx",
}
CUE_WEIGHT = 35.0
EXAMPLE_WEIGHT = 0.65
MIN_EXAMPLE = 20.0  # example scores below this count as 0 (even with a cue they stay under the clarify bar)
RANK_MEMO = 4096  # slot-form questions whose ranking the matcher remembers before starting afresh


class Subject(StrEnum):
    """What an intent's questions are about: how the engine fills, checks and remembers their subject."""

    SHOW = "show"  # a show or film, from the question, the conversation or the default show
    PERSON = "person"  # a real person; the answer is about them, so their show never becomes "it"
    CHARACTER = "character"  # a character, answered through the show it belongs to
    ANY = "any"  # whatever the question names, if anything: a show, a catalog film or a person
    NONE = "none"  # nothing: its unknown words are never an unknown subject (help, chatter)
    OWN = "own"  # it links its own subject (a catalog tag), so leftovers are not an unknown show


@dataclass(frozen=True)
class Intent:
    """One kind of question: how it is asked and how it is answered."""

    name: str
    examples: tuple[str, ...]
    handler: Handler
    cues: tuple[str, ...] = ()
    subject: Subject = Subject.SHOW
    commands: tuple[str, ...] = ()
    # Commands whose own word is part of what is asked ("!episodes hs s3": the episodes, not the seasons).
    command_words: tuple[str, ...] = ()
    description: str = ""
    sample: str = ""  # a question shown in help and in "did you mean"
    # Intents whose cue bonus is cancelled when this intent's cues match ("how long until ... comes out").
    outranks: tuple[str, ...] = ()
    # False for chatter: its words ("bad", "love") may be part of titles ("Breaking Bad").
    in_vocabulary: bool = True
    # True when a "when" question may be asking for this intent's answer (a date or a countdown).
    answers_when: bool = False
    folded_cues: tuple[str, ...] = field(default=(), init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "folded_cues", tuple(fold(c) for c in self.cues))


def slot_form(text: str) -> str:
    """An example phrasing in the matcher's form: slots become marker words, the rest folded."""
    for slot, token in SLOT_TOKENS.items():
        text = text.replace(slot, f" {token} ")
    return fold(text)


@dataclass(frozen=True, slots=True)
class Match:
    """An intent and how well the question fits it (0-100)."""

    intent: Intent
    score: float


class IntentMatcher:
    """Scores every intent for a slot-form question."""

    def __init__(self, intents: list[Intent]) -> None:
        self.intents = intents
        self._examples: list[str] = []
        self._owners: list[Intent] = []
        for intent in intents:
            for example in intent.examples:
                self._examples.append(slot_form(example))
                self._owners.append(intent)
        # token_sort_ratio is ratio over sorted words: sort the examples once, not on every question.
        self._sorted_examples = [_sorted_words(e) for e in self._examples]
        # The sorted examples of each intent name: one best-example look-up per intent.
        grouped: dict[str, list[str]] = {}
        for example, owner in zip(self._sorted_examples, self._owners, strict=True):
            grouped.setdefault(owner.name, []).append(example)
        self._examples_by_name = list(grouped.items())
        self._padded_cues = [(i, tuple(f" {c} " for c in i.folded_cues)) for i in intents]
        self._ranked: dict[str, list[Match]] = {}
        self.vocabulary = frozenset(
            w
            for e, owner in zip(self._examples, self._owners, strict=True)
            if owner.in_vocabulary
            for w in e.split()
        ) | frozenset(w for i in intents if i.in_vocabulary for c in i.folded_cues for w in c.split())

    def rank(self, slotted: str) -> list[Match]:
        """Intents best first, each with its best example score plus cue bonus.

        Rankings are remembered (a bounded memo): fans ask the same shapes of question over and over, and
        the slot form leaves out the names that differ ("who plays xcharx in xshowx").
        """
        ranked = self._ranked.get(slotted)
        if ranked is None:
            if len(self._ranked) >= RANK_MEMO:
                self._ranked.clear()
            ranked = self._ranked[slotted] = self._rank(slotted)
        return list(ranked)

    def _rank(self, slotted: str) -> list[Match]:
        best: dict[str, float] = {}
        question = _sorted_words(slotted)
        for name, examples in self._examples_by_name:
            # Only each intent's best example counts: rapidfuzz finds it without listing the others.
            hit = process.extractOne(question, examples, scorer=fuzz.ratio, score_cutoff=MIN_EXAMPLE)
            if hit is not None:
                best[name] = hit[1]
        padded = f" {slotted} "
        # Plain loops, no generator per intent: a new slot form tests every cue of every intent.
        cue_hits: set[str] = set()
        for intent, cues in self._padded_cues:
            for cue in cues:
                if cue in padded:
                    cue_hits.add(intent.name)
                    break
        cued = set(cue_hits)
        for intent in self.intents:
            if intent.name in cue_hits:
                cued.difference_update(intent.outranks)
        matches = []
        for intent in self.intents:
            example = best.get(intent.name, 0.0)
            # An (almost) exact example stands on its own; cues lift looser paraphrases.
            score = EXAMPLE_WEIGHT * example + (CUE_WEIGHT if intent.name in cued else 0.0)
            if example >= 90 and example >= score:
                score = example
            matches.append(Match(intent, 100.0 if score > 100.0 else score))
        return sorted(matches, key=_SCORE, reverse=True)


_SCORE = attrgetter("score")  # a sort key run in C: no Python call per intent


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))
