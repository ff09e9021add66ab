"""A count said before people asked about: "who are the two directors on heartstopper", "the 3 main actors".
The fan counts what they expect the answer to hold; the question is the one without the count ("who are the
directors"), whose answer lists however many there are."""

from __future__ import annotations

_COUNTS = frozenset("two three four five 2 3 4 5".split())
_LEADS = frozenset({"the", "both"})
_BETWEEN = frozenset({"main", "lead"})  # "the two main actors"
_PEOPLE = frozenset(
    """directors leads actors actresses creators writers stars guys girls boys producers showrunners costars
    authors""".split()
)


def without_count_of_people(words: list[str]) -> list[str]:
    """The words with a count between "the" and a plural word for people dropped ("the two directors")."""
    if _COUNTS.isdisjoint(words):
        return list(words)
    out: list[str] = []
    for at, word in enumerate(words):
        after = words[at + 1 : at + 3]
        counted = after[:1] and (
            after[0] in _PEOPLE or (after[0] in _BETWEEN and after[1:] and after[1] in _PEOPLE)
        )
        if word in _COUNTS and out[-1:] and out[-1] in _LEADS and counted:
            continue
        out.append(word)
    return out
