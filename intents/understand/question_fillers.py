"""Words right after a question word that only stress it: "what exactly did euros lyn do on heartstopper",
"who precisely directed it". Elsewhere they may say something ("so exactly a year ago?" checks a span)."""

from __future__ import annotations

_QUESTION_WORDS = frozenset("what who when where which how whats whos whens wheres".split())
_STRESS = frozenset("exactly precisely actually even".split())


def without_stress(tokens: list[str]) -> list[str]:
    """The tokens without a stressing word right after a question word."""
    return [t for i, t in enumerate(tokens) if not (t in _STRESS and i and tokens[i - 1] in _QUESTION_WORDS)]
