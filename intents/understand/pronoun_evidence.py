"""Words near a name or a "he" that say whom the "he" means (read by intents.understand.asides): a co-star
described right after a name ("kathryn hahn's young co-star, who does he play"), and people who only report a
view ("who are people speculating he's playing"), who are not the one described."""

from __future__ import annotations

# ("kit connor's costar," reaches here as "kit connor s costar")
_CO_STAR_WORDS = (("co", "star"), ("co", "stars"), ("costar",), ("costars",))
# Words describing a co-star between the possessive and "co-star": "kathryn hahn's young co-star".
_CO_STAR_DESCRIPTIONS = frozenset(
    "young younger youngest old older new teen teenage male female fellow main british american".split()
)
# Verbs of what people say or think ("who are people speculating he's playing", "who do fans think she is").
_REPORTING = frozenset(
    """think thinks say says said believe believes reckon reckons speculate speculating speculated guess
    guessing suspect suspecting theorise theorize theorising theorizing""".split()
)


def co_star_after(tokens: list[str], at: int) -> tuple[str, ...]:
    """The words naming someone's co-star right after their name ("s co star"); empty when none. Words
    describing the co-star ("kathryn hahn's young co-star") are left out: the co-star is found by the show."""
    owned = tokens[at : at + 1] == ["s"]
    start = at + owned
    while start < len(tokens) and tokens[start] in _CO_STAR_DESCRIPTIONS:
        start += 1
    found = next(
        (words for words in _CO_STAR_WORDS if tuple(tokens[start : start + len(words)]) == words), ()
    )
    return ("s", *found) if owned and found else found


def reporting(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is the subject of a verb of reporting ("people (are) speculating")."""
    after = tokens[at + 1 : at + 3]
    return bool(after) and (
        after[0] in _REPORTING or (after[0] in ("are", "is") and after[1:] != [] and after[1] in _REPORTING)
    )
