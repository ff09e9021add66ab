"""Where a title read forward from its first word stops (for intents.title_slot): at a season, a question
word, a preposition between known words, a clause about the title, or something set aside."""

from __future__ import annotations

from intents.title_question import Question
from intents.title_words import (
    ASIDE_WORDS,
    AUXILIARIES,
    POINTING_PRONOUNS,
    PREDICATES_AFTER,
    SPEAKER_PRONOUNS,
    TAIL_WORDS,
    WH_WORDS,
)

# Words a title read forward stops at, unless they stand between two unknown words ("emily in paris").
_ENDS_FORWARD = (
    frozenset("in on for with by from at to and or but".split()) | WH_WORDS | AUXILIARIES | TAIL_WORDS
)
# Determiners a title may start with ("The Office", "This Is Us"); "any wins", "my fav" start no title.
TITLE_DETERMINERS = frozenset("the a an this that these those".split())
_POINTING_SHOW = (["show"], ["series"])
_JOINING_WORDS = frozenset("in on for with by from at to and or n".split())
_CLAUSE_PRONOUNS = frozenset("it its they theyre he hes she shes".split())


def inverted_in_title(tokens: list[str], start: int, tail: int) -> bool:
    """Whether the word at `tail` follows an auxiliary and a pronoun inside the span ("never have i ever",
    "what have you done"): the span asks its own question, and the word belongs to it."""
    return tail - 2 > start and tokens[tail - 1] in SPEAKER_PRONOUNS and tokens[tail - 2] in AUXILIARIES


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def forward_end(q: Question, start: int) -> int:
    """Where a title read forward from `start` stops: a season, a question word, a preposition between
    known words ("who created emily in paris" keeps its "in"; "one day in the uk" does not)."""
    end = start
    tokens = q.tokens
    while end < len(tokens) and not q.in_season(end):
        inside = (
            _joins_unknown_words(q, end)
            or (end == start + 1 and _clause_in_title(tokens, end))
            or (tokens[end] in TAIL_WORDS and inverted_in_title(tokens, start, end))
        )
        if end > start and tokens[end] in _ENDS_FORWARD and not inside:
            break
        if end > start and _sets_aside(tokens, end):
            break  # "who's in it besides the two main boys": what follows is set aside, not the title
        if end > start and tokens[end] in _CLAUSE_PRONOUNS:
            break  # "who wrote the books it's based on": what follows the pronoun is about the title
        if end > start and tokens[end] in TITLE_DETERMINERS and tokens[end + 1 : end + 2] in _POINTING_SHOW:
            break  # "... the books the show's based on": "the show" starts a clause about the title
        end += 1
    return end


def _sets_aside(tokens: list[str], at: int) -> bool:
    return any(tuple(tokens[at : at + len(p)]) == p for p in ASIDE_WORDS)


def _joins_unknown_words(q: Question, at: int) -> bool:
    """'emily in paris', 'only murders in the building': a small word between words nobody knows; a number
    word before it counts as one ("two and a half men")."""
    if at == 0 or q.tokens[at] not in _JOINING_WORDS:
        return False
    if not q.unknown[at - 1] and q.tokens[at - 1] not in _NUMBER_WORDS:
        return False
    after = at + 1
    if after < len(q.tokens) and q.tokens[after] in ("the", "a", "an"):
        after += 1
    return after < len(q.tokens) and q.unknown[after]


def _clause_in_title(tokens: list[str], at: int) -> bool:
    """'this is us', 'love is blind': an auxiliary after a title's first word, where it asks nothing of a
    pronoun ("... is it good?") and says nothing of what came before ("... are out", "... are there")."""
    if tokens[at] not in AUXILIARIES or at + 1 >= len(tokens):
        return False
    after = tokens[at + 1]
    return (
        after not in POINTING_PRONOUNS
        and after not in TAIL_WORDS
        and all(
            tuple(tokens[at + 1 : at + 1 + len(p)]) != p
            for p in PREDICATES_AFTER.get(tokens[at], frozenset())
        )
    )
