"""The edges of a title's place: what a question says around a title is cut off the span that holds it."""

from __future__ import annotations

from intents.title_forward import inverted_in_title
from intents.title_question import Question
from intents.title_words import (
    DETERMINERS,
    LEADING_FILLERS,
    NOT_LAST_WORDS,
    SOURCE_KINDS,
    SOURCE_NOUNS,
    TAIL_WORDS,
)

# How exactly a question asks, said after its question word: "when exactly it premieres" (as "what date it
# premieres" is read) asks of "it", no title "Exactly It".
_ASKING_ADVERBS = frozenset({"exactly", "precisely"})
# Release verbs fans put in "-ing" ("is it dropping on netflix"), as the words are read: their stems.
_RELEASED_STEMS = frozenset("drop release premiere debut launch arrive".split())
_BEING = frozenset("is are was were isnt arent".split())


def trimmed(q: Question, start: int, end: int) -> tuple[int, int]:
    """The span without a season reference, tails, fillers and words a title never ends with at its edges."""
    if q.season is not None and start < q.season.start < end:
        end = q.season.start
    while start < end and (
        q.tokens[start] in LEADING_FILLERS or q.tokens[start] in _ASKING_ADVERBS or q.in_season(start)
    ):
        start += 1
    while end > start and (q.tokens[end - 1] in TAIL_WORDS or q.tokens[end - 1] in NOT_LAST_WORDS):
        if inverted_in_title(q.tokens, start, end - 1):
            break  # "never have i ever": the tail word closes a clause the title itself asks
        end -= 1
    if _progressive_release(q, start, end):
        end -= 1  # "is the bear dropping on hulu" (read "is the bear drop on"): the bear, no "drop"
    if end - start > 1 and q.tokens[end - 1] in SOURCE_NOUNS:
        end -= 1  # "who wrote the turned novel": the book is the title's source, not part of its name
        while end > start and q.tokens[end - 1] in SOURCE_KINDS:
            end -= 1  # "the graphic novels": the kind of source, no title's word
        if all(w in DETERMINERS for w in q.tokens[start:end]):
            return start, start  # "the graphic novels", "the original books": the source itself
    return start, end


def _progressive_release(q: Question, start: int, end: int) -> bool:
    """Whether the span ends on a release verb of "is X dropping/releasing ..." (read as its stem): after "is"
    and a name or pointer of its own ("it drop", "the bear drop"), not a title's last word ("the drop")."""
    if end - start < 2 or q.tokens[end - 1] not in _RELEASED_STEMS or q.tokens[end - 2] in DETERMINERS:
        return False
    return any(w in _BEING for w in q.tokens[max(0, start - 3) : start])
