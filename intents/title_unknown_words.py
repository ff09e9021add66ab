"""Titles marked only by words nobody knows, where no title slot reads one: after the last preposition ("a
show like stranger things") or before a season ("arcane season 2")."""

from __future__ import annotations

from intents.fans_clause import in_the_fans_clause
from intents.given_name_table import is_given_name
from intents.partial_names import name_part_alone
from intents.rating_sites import rating_site_span
from intents.text import STOPWORDS
from intents.title_evidence import aspect_of_work
from intents.title_question import Question
from intents.title_words import (
    AUXILIARIES,
    CHARACTER_VERBS,
    NOT_LAST_WORDS,
    ON_PLACES,
    PLACES,
    TAIL_WORDS,
    WATCHING_VERBS,
    WH_WORDS,
)

# Question words a title never runs across when read back from a season ("is it like arcane season 2").
_SCAFFOLD = WH_WORDS | AUXILIARIES | frozenset("about and or in on from for like".split())
_UNKNOWN_PREPOSITIONS = frozenset({"in", "on", "from", "of", "for"})
_NEVER_LAST = NOT_LAST_WORDS | frozenset({"about"})
# Verbs of seeing someone somewhere: "saw kit connor in an interview", "heard her on a podcast" say where
# they were seen ("a"/"an" and one word), not a title.
_SEEN = frozenset("saw seen see seeing watched watching heard hearing met caught spotted".split())


def unknown_words_title(q: Question) -> list[str]:
    """No slot read a title, yet unknown words stand after the last preposition ("a show like stranger
    things") or before a season ("arcane season 2"): those words, with the known ones of the same title."""
    return _unknown_after_preposition(q) or _unknown_before_season(q)


def _unknown_after_preposition(q: Question) -> list[str]:
    tokens, unknown = q.tokens, q.unknown
    end = q.season.start if q.season else len(tokens)
    for p in range(end - 1, -1, -1):
        if tokens[p] not in _UNKNOWN_PREPOSITIONS:
            continue
        span = range(p + 1, end)
        if seen_somewhere(tokens, p) or in_the_fans_clause(tokens, p):
            return []
        if not any(unknown[i] for i in span) or any(q.kind_at(i) == "show" for i in span):
            return []
        if q.kind_at(p + 1) == "network":
            return []  # "the best show on Netflix, fight me": the preposition's object is a network
        if _a_place_after(tokens, p):
            return []  # "in brazil the show is very popular": where the fan is, not a title
        if tokens[p] == "on" and aspect_of_work(tokens[p + 1 : end]):
            return []  # "who works with her on the story side": a side of the work, not a title
        start = p
        # "emily in paris": unknown words just before the preposition belong to the title too.
        while start > 0 and unknown[start - 1] and tokens[start - 1] not in WH_WORDS | AUXILIARIES:
            start -= 1
        if start == p or (start > 0 and tokens[start - 1] in CHARACTER_VERBS):
            start = p + 1
        elif someone_checked_in(tokens, start, p):
            start = p + 1  # "is bryan cranston in breaking bad": a person checked against the title
        # "emily in paris renewed": the title ends before what is said about it.
        while end - 1 > start and not unknown[end - 1] and _said_of_a_title(tokens[end - 1]):
            end -= 1
        while end - 1 > start and tokens[end - 1] in _NEVER_LAST:
            end -= 1  # "... all caps about the season 3 trailer": no title ends with "about the"
        return tokens[start:end]
    return []


_OBJECT_PREPOSITIONS = frozenset({"of", "for", "on", "about"})
_AFTER_AN_OBJECT = TAIL_WORDS | frozenset({"or", "nah", "not"})  # "thoughts on X or nah"


def placed_as_a_title(tokens: list[str], words: list[str]) -> bool:
    """Whether everyday words stand where fans put a title: opening the question ("never have i ever new
    season when??") or, two to four words with no small word among them, as the object that closes it
    ("what do critics think of breaking bad", "thoughts on killing eve?"). Such words may still be a title
    nobody knows."""
    if tokens[: len(words)] == words:
        return True
    if not 2 <= len(words) <= 4 or not STOPWORDS.isdisjoint(words):
        return False
    for start in range(1, len(tokens) - len(words) + 1):
        if tokens[start : start + len(words)] == words:
            after = tokens[start + len(words) :]
            return tokens[start - 1] in _OBJECT_PREPOSITIONS and all(w in _AFTER_AN_OBJECT for w in after)
    return False


def _a_place_after(tokens: list[str], p: int) -> bool:
    """Whether a country or region follows the preposition at p ("in brazil", "in the uk", "from japan")."""
    at = p + 2 if tokens[p + 1 : p + 2] == ["the"] else p + 1
    return tokens[at : at + 1] != [] and tokens[at] in PLACES


def seen_somewhere(tokens: list[str], p: int) -> bool:
    """Whether the preposition at p says where someone was seen, heard or met ("saw kit connor in an
    interview", "heard her on a podcast, what's she in"): "a"/"an" and one word, ending the clause."""
    return (
        p + 2 < len(tokens)
        and tokens[p + 1] in ("a", "an")
        and (p + 3 == len(tokens) or tokens[p + 3] in WH_WORDS)
        and not _SEEN.isdisjoint(tokens[:p])
    )


_BE_OPENERS = frozenset({"is", "was", "isnt", "wasnt"})


def someone_checked_in(tokens: list[str], start: int, p: int) -> bool:
    """'is bryan cranston in breaking bad': a yes-no "be" opening the question, then a given name and a
    surname before "in": someone checked against the title after it, not one title ("is emily in paris
    renewed" keeps its one word before "in")."""
    return (
        tokens[p] == "in"
        and start == 1
        and tokens[0] in _BE_OPENERS
        and p - start >= 2
        and is_given_name(tokens[start])
    )


def _said_of_a_title(token: str) -> bool:
    return token not in STOPWORDS or token in TAIL_WORDS


def _unknown_before_season(q: Question) -> list[str]:
    """'is it like arcane season 2': unknown words (and the small words among them) before a season."""
    if q.season is None:
        return []
    start = q.season.start
    # "i just finished season 2": a title stops at the verb of watching before it.
    while start > 0 and q.kind_at(start - 1) is None and _title_word(q, start - 1):
        if q.tokens[start - 1] in WATCHING_VERBS:
            break
        start -= 1
    while start < q.season.start and q.tokens[start] in NOT_LAST_WORDS:
        start += 1
    words = q.tokens[start : q.season.start]
    if start > 0 and q.tokens[start] in _TELLING_SUBJECTS and q.tokens[start - 1] in _CLAUSE_OPENERS:
        return []  # "(the way i screamed) when they announced s3": a clause the fan tells, no title
    if in_the_fans_clause(q.tokens, start):
        return []  # "should we put it in the calendar" + the season the talk named: the fan's own doing
    return words if any(q.unknown[i] for i in range(start, q.season.start)) else []


# A clause the fan tells opens with one of these and its subject: "when they announced", "after we finished".
_CLAUSE_OPENERS = frozenset("when after since because once as till until".split())
_TELLING_SUBJECTS = frozenset("they we i he she".split())


def _title_word(q: Question, i: int) -> bool:
    token = q.tokens[i]
    return q.unknown[i] or (token in STOPWORDS and token not in _SCAFFOLD)


_OPENING_JOINS = frozenset({"and", "ok", "okay", "so"})  # "ok and dickinson with ...": the title after them
_MAX_OPENING_TITLE = 4


def title_before_its_star(q: Question) -> list[str]:
    """'succession w brian cox, who created it': words nobody knows opening the question, then "with" and
    a person (known, or two words nobody knows): the title, its star named beside it; else []. Read before
    the title slots: "it" there points back to this title."""
    tokens, unknown = q.tokens, q.unknown
    start = 0
    while start < len(tokens) and tokens[start] in _OPENING_JOINS:
        start += 1
    end = start
    while end < len(tokens) and unknown[end] and end - start < _MAX_OPENING_TITLE:
        end += 1
    if end == start or tokens[end : end + 1] != ["with"]:
        return []
    star = end + 1
    named = q.kind_at(star) == "person" or (len(tokens) >= star + 2 and all(unknown[star : star + 2]))
    return tokens[start:end] if named else []


def a_place_after(tokens: list[str], p: int) -> bool:
    """Whether the preposition at p opens a place, no title: where someone was seen ("saw kit connor in an
    interview"), where crew work ("the director on set") or where a show is rated ("the score on the
    tomatometer", "reviews on letterboxd")."""
    if seen_somewhere(tokens, p):
        return True
    words = tokens[p + 1 :]
    if tokens[p] != "on" or not words:
        return False
    if words[0] in ON_PLACES:
        return True
    span = rating_site_span(words)
    return span is not None and span[0] == (1 if words[0] == "the" else 0)


def first_name_in_a_title(q: Question, start: int, end: int) -> bool:
    """'is nick and norah on netflix': a first name alone joined to words nobody knows in the title's place
    (tokens[start:end]) is part of a title, not the character or person it names elsewhere."""
    inside = [m for m in q.mentions if start <= m.start and m.end <= end]
    if len(inside) != 1 or not name_part_alone(inside[0]):
        return False  # "the friendship between nick and charlie": two people joined, no title
    name = inside[0]
    after = name.end + 1 < end and q.tokens[name.end] == "and" and q.unknown[name.end + 1]
    before = name.start - 2 >= start and q.tokens[name.start - 1] == "and" and q.unknown[name.start - 2]
    return after or before
