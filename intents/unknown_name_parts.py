"""Which words nobody knows belong to one name: "ginny and georgia", "william h macy", "mira wu", "did will
brennan direct it" are each one name nobody knows, not a name and a word beside it."""

from __future__ import annotations

from intents.word_surnames import given_name_as_word, surname_after, verbs_after_names

_TITLE_JOINS = frozenset({"and", "n"})
# Letters fans type as words ("a", "i", "u" for you, "r" for are, "n" for and, "k" for ok): never an initial.
_WORD_LETTERS = frozenset("a i u r n y b c k x".split())


def unknown_name_parts(
    tokens: list[str], unknown: list[bool], covered: set[int], known: frozenset[str]
) -> list[bool]:
    """Which tokens are unknown once the words between, after and before unknown words that belong to the
    same name are counted in (and a verb after a name is counted out); `covered` holds the linked tokens."""
    unknown = list(unknown)
    for i in range(1, len(tokens) - 1):
        # "ginny and georgia": an "and" between unknown words is part of one name nobody knows.
        if tokens[i] in _TITLE_JOINS and unknown[i - 1] and unknown[i + 1]:
            unknown[i] = True
        elif (_initial(tokens[i]) or _name_syllable(tokens[i], known)) and unknown[i - 1] and unknown[i + 1]:
            # "william h macy": a middle initial between unknown words is part of the name; so is a short
            # syllable no word list holds ("ji" of "jun ji-hyun", its hyphen folded away)
            unknown[i] = True
    for i in range(1, len(tokens)):
        if unknown[i - 1] and surname_after(tokens[i - 1], tokens[i]):
            unknown[i] = True  # "william cross", "mira wu": one name nobody knows
    for i in range(1, len(tokens) - 1):
        if i not in covered and not unknown[i] and unknown[i + 1] and given_name_as_word(tokens, i):
            unknown[i] = True  # "did will brennan direct it": a given name spelt like a word
    for i in verbs_after_names(tokens, unknown):
        unknown[i] = False  # "what year was marta velez born": the name ends before its verb
    return unknown


def _initial(token: str) -> bool:
    """A single letter that can only be someone's initial ("h" of "william h macy")."""
    return len(token) == 1 and token.isalpha() and token not in _WORD_LETTERS


def _name_syllable(token: str, known: frozenset[str]) -> bool:
    """Two letters that are no word Marquee knows ("ji", "yu"): short words pass as known, but between words
    nobody knows they are a syllable of the same name."""
    return len(token) == 2 and token.isalpha() and token not in known
