"""A pronoun in a title's place with what the question says of it, or the fan doing something: no title.

"is it the same director as before", "is that the guy from agatha", "who the older actress in it is": the
pronoun points at a show already talked about, and the words after it are the predicate ("the same
director") or the pronoun's own verb ("it is"), never the rest of a title. No title opens with a pronoun
that a determiner follows ("It the ...", "That a ..."), and none is a pronoun and its verb alone ("It Is");
titles like "This Is Us" go on past the verb and stay titles. "when should we put it in the calendar" has
the fan as its subject: "we" after an auxiliary that is not third-person singular ("is we are lady parts
renewed" names a title) and a verb that is no auxiliary ("will we are lady parts ..." may).
"""

from __future__ import annotations

from intents.ordinary_words import ordinary
from intents.title_words import AUXILIARIES

# Pronouns standing for a show or a person as a clause's subject.
_SUBJECT_PRONOUNS = frozenset("it that this they he she".split())
# What opens a predicate noun after the pronoun: "is it the same director", "is that a netflix show".
_PREDICATE_OPENERS = frozenset("the a an".split())


# What a predicate of quantity or degree opens with after the pronoun's verb: "so that's every single ep",
# "it's all of s1", "that's only the first two".
_AMOUNT_OPENERS = frozenset("every all each both only just also really still not".split())


def pronoun_with_predicate(words: list[str]) -> bool:
    """Whether a title slot's words are a subject pronoun and what is said of it: a predicate noun ("it the
    same director as"), only its auxiliary ("it is") or its auxiliary and an amount ("that is every
    single"), never a title."""
    if len(words) < 2 or words[0] not in _SUBJECT_PRONOUNS:
        return False
    if len(words) > 2 and words[1] in AUXILIARIES and words[2] in _AMOUNT_OPENERS:
        return True
    return words[1] in _PREDICATE_OPENERS or (len(words) == 2 and words[1] in AUXILIARIES)


_FANS = frozenset({"i", "we"})


def the_fan_doing(words: list[str], singular_auxiliary: bool) -> bool:
    """Whether a subject slot's words are the fan and what they do ("we put in the calendar" after
    "should"), not a title: never after a third-person singular auxiliary, nor with an auxiliary after the
    pronoun ("we are lady parts")."""
    return not singular_auxiliary and len(words) >= 2 and words[0] in _FANS and words[1] not in AUXILIARIES


# Words between the fan and the verb they mean to do: "i want to make", "we're planning to write", "i wanna".
_MEANING_TO = frozenset(
    "want wanted wanna gonna going plan planning need needed try trying hope hoping have like love".split()
)
_FANS_AS_SUBJECT = _FANS | frozenset({"im", "were", "ill", "ive", "id"})


def the_fan_means_to(tokens: list[str], verb: int) -> bool:
    """Whether the verb at `verb` is what the fan means to do ("i want to make a anniversary post", "we
    wanna write a blog"): its object is the fan's own work, never a title."""
    at = verb - 1
    if at >= 0 and tokens[at] == "to":
        at -= 1
    if at < 1 or tokens[at] not in _MEANING_TO or (at == verb - 1 and tokens[at] not in ("wanna", "gonna")):
        return False
    return tokens[at - 1] in _FANS_AS_SUBJECT or (at >= 2 and tokens[at - 2] in _FANS_AS_SUBJECT)


# What "of" picks from, pointing back ("the first of those", "one of them"); "The Last of Us" names a show.
_PICKED_FROM = frozenset("those these them it that this".split())


def one_of_those(words: list[str]) -> bool:
    """'the first of those', 'one of them': everyday words picking from something said before, no title."""
    return len(words) > 2 and words[-2] == "of" and words[-1] in _PICKED_FROM and ordinary(words[:-2])


def points_back(words: list[str]) -> bool:
    """Whether a title slot's words point back at what was talked about: a pronoun and its predicate ("it
    the same director as"), or a pick from it ("the first of those")."""
    return pronoun_with_predicate(words) or one_of_those(words)
