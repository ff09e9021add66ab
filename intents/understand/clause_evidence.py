"""Evidence that words ask (for intents.understand.clause_choice and clause_sentences): a question mark or
word, a relation cue (cast, premiere, director, score ...), a known name, a number."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intents.known_words import DOMAIN_WORDS
from intents.text import fold
from intents.understand.held_names import NamesOf
from intents.understand.question_openers import QUESTION_START, WH_START

MAX_NAME_WORDS = 4

# Relation cues: words that say what is asked. A tail or lead holding one is part of the question.
CUES = DOMAIN_WORDS | frozenset(
    """director directors directed directing direct directs creator creators created create wrote writer
    writers written author novels books book score scores rating ratings rt tomatoes network
    platform netflix disney episodes episode eps ep premiere premieres premiered air airs aired drop drops
    dropped renewed cancelled canceled spinoff spin award awards nominated nominations noms emmy emmys bafta
    baftas won win consultant producer plays play played actor actress cast else other""".split()
)
# Cues so common in talk that they say nothing of what is asked: "what are people going to say".
_VAGUE_CUES = frozenset("be will gonna going still now yet not right yeah time day".split())


def carries(words_said: str, names: NamesOf | None = None) -> bool:
    """Whether words carry anything a question needs: a question mark or word, a number, a relation cue
    or a known name."""
    if "?" in words_said or any(c.isdigit() for c in words_said):
        return True
    folded = fold(words_said).split()
    # An auxiliary asks only where it opens the words: "we are all so ready" says, "are we ready" asks.
    if not WH_START.isdisjoint(folded) or folded[:1] in ([w] for w in QUESTION_START):
        return True
    if not CUES.isdisjoint(folded):
        return True
    # "... before or after halloween": an alternative offered is the question's.
    if "or" in folded:
        return True
    return names is not None and names_any(folded, names)


def names_any(folded: Sequence[str], names: NamesOf, across: int | None = None) -> bool:
    """Whether a span of the words is a known name (with `across`, only a span holding the words on both
    sides of that index)."""
    return any(
        names(" ".join(folded[start : start + size]))
        for size in range(1, MAX_NAME_WORDS + 1)
        for start in range(len(folded) - size + 1)
        if across is None or start < across < start + size
    )


def evidence(words_said: str, names: NamesOf | None) -> int:
    """How much says what a question is about: its relation cues, names and numbers."""
    folded = fold(words_said).split()
    cues = sum(w in CUES - _VAGUE_CUES for w in folded) + sum(w.isdigit() for w in folded)
    return cues + (1 if names is not None and names_any(folded, names) else 0)


_STRANDED_AFTER = frozenset("it that this he she they him her them".split())


def stranded(folded: Sequence[str]) -> bool:
    """ "what network is it on", "what else is she in": a preposition left at the end after its pronoun,
    which ends a whole question (other prepositions there say it goes on)."""
    return len(folded) > 1 and folded[-1] in ("on", "in", "from", "about") and folded[-2] in _STRANDED_AFTER


_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[-–—]\s+|\s+but\s+", re.IGNORECASE)


def topic_clause(sentence: str) -> tuple[str, str]:
    """The clause of a sentence of talk that says what a vague question after it asks about, and the
    other clauses ("I had a debate: she says it's rated high on Rotten Tomatoes, I said it's overrated" ->
    "she says it's rated high on Rotten Tomatoes"); the whole sentence when no one clause alone says what
    is asked ("she says X is on netflix but i think it's on hulu": both claims, checked together)."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    telling = [i for i, c in enumerate(clauses) if evidence(c, None)]
    if len(clauses) < 2 or len(telling) != 1:
        return sentence, ""
    at = telling[0]
    return clauses[at].strip(), ". ".join(c.strip() for i, c in enumerate(clauses) if i != at)
