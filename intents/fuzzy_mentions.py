"""Fuzzy mentions: the names a question's words misspell, found once the exact n-grams are taken."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from intents.catalog.words import QUESTION_WORDS
from intents.misspelt import short_name_typo
from intents.names import Mention, rank_refs, words_agree
from intents.spelling_edits import edits1
from intents.text import STOPWORDS

if TYPE_CHECKING:
    from intents.linking import EntityIndex

FUZZY_CUTOFF = 85.0
# One wrong letter in a six-letter word ("kismit") scores 83.3; single words may go that low.
WORD_CUTOFF = 83.0
# Two fuzzy candidates closer than this are ambiguous: ask instead of guessing.
AMBIGUITY_MARGIN = 3.0
_NOT_NAMES = STOPWORDS | QUESTION_WORDS


def fuzzy_mentions(
    index: EntityIndex,
    tokens: list[str],
    taken: set[int],
    frame: frozenset[str],
    quiet: Set[int] = frozenset(),
) -> list[Mention]:
    """The names a question's leftover words misspell: spans of up to four words, longest first."""
    found: list[Mention] = []
    # Per word, once: whether it is in no name and no phrasing (what _misspelt asks of a span's words),
    # whether it is a digit or stopword, and whether it could be part of a name at all.
    namely = [not (w in _NOT_NAMES or w in frame) for w in tokens]
    if not any(n and i not in taken for i, n in enumerate(namely)):
        return found  # every span needs a word not taken that could be part of a name
    odd = [index._misspelt([w], frame) for w in tokens]
    plain = [not (w.isdigit() or w in STOPWORDS) for w in tokens]
    for size in range(min(4, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            # Most spans are all question and frame words: that cheapest test goes first (every test
            # before the look-up only skips the span, so their order changes nothing found).
            if not any(namely[start : start + size]):
                continue
            span = range(start, start + size)
            if not taken.isdisjoint(span):
                continue
            words = tokens[start : start + size]
            misspelt = any(odd[start : start + size])
            # Stopwords only inside a name: "wgeel of time" is The Wheel of Time.
            inner = words[1:-1] if size > 2 and misspelt else []
            if not all(plain[start : start + size]) and any(
                w.isdigit() or (w in STOPWORDS and w not in inner) for w in words
            ):
                continue
            # Over a quiet span (a tag, a dropped catalog title) only a news name may be fuzzed in:
            # "joe lock" is Joe Locke even though the catalog has a film called "Joe".
            news_only = any(i in quiet for i in span) and not misspelt
            key = " ".join(words)
            if size == 1 and len(key) < 6:
                news = lambda refs: not index._yields(refs)  # noqa: E731
                if index.unknown_word(key) and (short := short_name_typo(index, key, news)) is not None:
                    refs = tuple(rank_refs(index.names[short]))
                    short_one = Mention(start, start + 1, key, refs, fuzz.ratio(key, short))
                    if not _beside_unknown(tokens, short_one, frame, taken):  # "nicky larson" is not Nick
                        found.append(short_one)
                        taken.add(start)
                continue
            if len(key) < 5:
                continue
            best = index.choices(size).extract(key, WORD_CUTOFF if size == 1 else FUZZY_CUTOFF, limit=3)
            if not best:
                continue
            best = index._prefer_news(best)
            if news_only and index._yields(index.names.get(best[0][0], [])):
                continue
            if not words_agree(key, best[0][0], index.names.get(best[0][0], [])):
                continue
            top_key, top_score = best[0]
            refs = tuple(rank_refs(index.names.get(top_key, [])))
            close = tuple(
                ref
                for other_key, score in best[1:]
                if top_score - score < AMBIGUITY_MARGIN
                for ref in index.names[other_key]
                if ref not in refs
            )
            found.append(Mention(start, start + size, key, refs, top_score, close))
            taken.update(span)
    return found


def _beside_unknown(tokens: list[str], mention: Mention, frame: frozenset[str], taken: set[int]) -> bool:
    """True when a word right before or after the mention is unknown: the name goes on beyond the match. A
    name made of numbers goes on past a number beside it too ("9" of "who directed 9 1 1", typed "9-1-1")."""
    numbers = all(w.isdigit() for w in tokens[mention.start : mention.end])
    for i in (mention.start - 1, mention.end):
        if 0 <= i < len(tokens) and i not in taken:
            word = tokens[i]
            if numbers and word.isdigit():
                return True
            if word not in frame and word not in _NOT_NAMES and not word.isdigit() and len(word) > 2:
                return True
    return False


def beside_unknown_name_word(
    tokens: list[str], mention: Mention, frame: frozenset[str], taken: set[int]
) -> bool:
    """True when a word right beside the mention is unknown and no slip of a question or phrasing word
    either: "wedding" carries "shotgun wedding" on past a misspelt Shōgun, "dose" ("does") in "when dose
    heartstoper" does not."""
    for i in (mention.start - 1, mention.end):
        if 0 <= i < len(tokens) and i not in taken:
            word = tokens[i]
            if word in frame or word in _NOT_NAMES or word.isdigit() or len(word) <= 2:
                continue
            if not any(near in frame or near in _NOT_NAMES for one in _forms(word) for near in edits1(one)):
                return True
    return False


def _forms(word: str) -> tuple[str, ...]:
    """The word and its singular: "catagories" is a slip of "category" as much as of "categories"."""
    if word.endswith("ies") and len(word) > 4:
        return (word, word[:-3] + "y")
    return (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word,)
