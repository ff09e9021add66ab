"""Words right after a question word that only stress it: "what exactly did euros lyn do on heartstopper",
"who precisely directed it". Elsewhere they may say something ("so exactly a year ago?" checks a span)."""

from __future__ import annotations

_QUESTION_WORDS = frozenset("what who when where which how whats whos whens wheres".split())
_AUXILIARIES = frozenset("did does do is are was were has have had will can could".split())
_STRESS = frozenset("exactly precisely actually even".split())


# Phrases closing a question that only stress it ("how many did it get in the end", "who wrote it after
# all"): never a title ("The End") nor a place.
_CLOSING_STRESS = (
    ("in", "the", "end"), ("after", "all"), ("at", "the", "end", "of", "the", "day"),
    ("in", "the", "first", "place"), ("by", "the", "way"), ("at", "all"),
)  # fmt: skip
_CLOSING_LASTS = frozenset(phrase[-1] for phrase in _CLOSING_STRESS)
_OPENING = _QUESTION_WORDS | _AUXILIARIES
_MIN_LEFT = 3  # "who wrote it" is left a question
# Words after which "in the end" may be a title someone is in ("who stars in the end").
_IN_A_TITLE = frozenset(
    "stars star starring starred cast plays play played appears appeared acting is was".split()
)


def without_stress(tokens: list[str]) -> list[str]:
    """The tokens without a stressing word right after a question word, nor a stressing close after a
    question ("... in the end")."""
    if _STRESS.isdisjoint(tokens):
        kept = list(tokens)
    else:
        kept = [
            t for i, t in enumerate(tokens) if not (t in _STRESS and i and tokens[i - 1] in _QUESTION_WORDS)
        ]
    # A close is only looked for when the last word ends one.
    if kept[:1] and kept[0] in _OPENING and kept[-1] in _CLOSING_LASTS:
        for phrase in _CLOSING_STRESS:
            left = kept[: -len(phrase)]
            closes = tuple(kept[-len(phrase) :]) == phrase
            if closes and len(left) >= _MIN_LEFT and left[-1] not in _IN_A_TITLE:
                return left
    return kept
