"""A show described by what it is about: "the show about two british schoolboys", "the marvel series where
wanda's kids play a big part", "the schoolboy love story". The description's content words are matched
against each held show's synopsis (a word, its plural, or a word the synopsis says otherwise: "britain" is
"british", "kids" are "children"); the one show matching most of them is meant, and its title takes the
description's place. Nothing is read when no show or several match alike: the words stay as they are."""

from __future__ import annotations

from itertools import pairwise

from db.knowledge import Knowledge, ShowFacts
from intents.networks import network_span
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.understand.described_shows import DESCRIPTION_WORDS

# Nouns a described show is said with; "story" only before a word of a synopsis ("the schoolboy love story").
_SHOW_NOUNS = frozenset("show series programme program drama one thing story".split())
# Words that open what the show is about: "the show about ...", "the series where ...".
_ABOUT = frozenset("about where whereby".split())
_RELATIVE = frozenset("who that which".split())
# Words that start the question's own ask after a description put first ("..., what year did it come out").
_ASKS = frozenset(
    "what whats when whens where wheres how hows which who whos is does do did can will has have".split()
)
# Words a synopsis says in other words: the fan's word -> the synopsis's.
_SAID_OTHERWISE = {
    "britain": "british", "uk": "british", "england": "english", "kids": "children", "kid": "children",
    "child": "children", "romance": "love", "romantic": "love", "friends": "friendship", "school": "class",
    "boys": "schoolboys", "teenagers": "teens", "teenage": "teens", "teen": "teens", "mcu": "marvel",
}  # fmt: skip
# Words too common to say what a show is about, even when a synopsis holds them.
_PLAIN = STOPWORDS | frozenset(
    "show series programme program one thing story new first last next other same big small good great old "
    "whole main lead two three season episode episodes".split()
)
_MAX_CLAUSE = 10


def _forms(word: str) -> set[str]:
    """The forms a question word may take in a synopsis: itself, its plural or singular, its other word."""
    forms = {word, f"{word}s", word.removesuffix("s"), word.removesuffix("es")}
    other = _SAID_OTHERWISE.get(word)
    return forms | ({other, f"{other}s", other.removesuffix("s")} if other else set())


def _synopsis_words(show: ShowFacts) -> set[str]:
    """The folded words of a show's synopsis, a possessive also as one word ("wanda s" is "wandas")."""
    words = fold(show.synopsis or "").split()
    glued = {f"{a}s" for a, b in pairwise(words) if b == "s"}
    return set(words) | glued


def _matched(words: list[str], synopsis: set[str]) -> list[int]:
    """The places of the content words that the synopsis holds."""
    return [i for i, w in enumerate(words) if w not in _PLAIN and _forms(w) & synopsis]


def _best(kb: Knowledge, words: list[str], named: set[int]) -> tuple[ShowFacts, list[int]] | None:
    """The one show whose synopsis holds most of the content words (at least half of them); None when none
    or several hold as many."""
    content = [w for w in words if w not in _PLAIN and not w.isdigit()]
    scored = [
        (show, hits)
        for show in kb.shows.values()
        if show.synopsis and show.id not in named and (hits := _matched(words, _synopsis_words(show)))
    ]
    if not scored or not content:
        return None
    top = max(len(hits) for _, hits in scored)
    best = [(s, h) for s, h in scored if len(h) == top]
    if len(best) != 1 or top * 2 < len(content):
        return None
    return best[0]


def _clause_end(tokens: list[str], start: int, last: int) -> int:
    """Where the clause about the show ends: after its last matched word, or, when a relative clause
    follows it ("schoolboys who fall for each other"), where the question's own ask starts."""
    end = last + 1
    if end < len(tokens) and tokens[end] in _RELATIVE:
        ask = next((i for i in range(end + 1, len(tokens)) if tokens[i] in _ASKS), None)
        if ask is not None and ask - start <= _MAX_CLAUSE:
            return ask
    return end


def _described_otherwise(word: str) -> bool:
    """Whether a word before the show noun is a network, a franchise or a year."""
    return word in DESCRIPTION_WORDS or network_span([word]) is not None or word.isdigit()


def show_by_synopsis(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a show described by its synopsis's words replaced by its title; None when there is
    no such description or it fits no one show."""
    named = {m.refs[0].id for m in res.mentions if m.refs[0].kind == "show"}
    for at, token in enumerate(tokens):
        if token not in ("the", "that", "this", "a"):
            continue
        noun = next((i for i in range(at + 1, min(at + 4, len(tokens))) if tokens[i] in _SHOW_NOUNS), None)
        if noun is None:
            continue
        before = tokens[at + 1 : noun]
        opener = noun + 1
        if opener < len(tokens) and tokens[opener] in _ABOUT:
            clause = tokens[opener + 1 : opener + 1 + _MAX_CLAUSE]
            ask = next((i for i, w in enumerate(clause) if w in _ASKS and i > 0), len(clause))
            words = [*before, *clause[:ask]]
            found = _best(kb, words, named)
            if found is None or not [i for i in found[1] if i >= len(before)]:
                continue
            last = opener + 1 + max(found[1]) - len(before)
            end = _clause_end(tokens, opener, last)
        elif len(before) >= 2 and not any(_described_otherwise(w) for w in before):
            # "the schoolboy love story": every word before the noun is one of the synopsis's (a network or
            # a franchise is read with the network and the title words: described_shows.py)
            found = _best(kb, before, named)
            if found is None or len(found[1]) != len(before) or len(before) < 2:
                continue
            end = noun + 1
        else:
            continue
        return [*tokens[:at], *fold(found[0].title).split(), *tokens[end:]]
    return None
