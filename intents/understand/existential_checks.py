"""A check someone reports in a statement's order ("she wants to know whether there's gonna be more
episodes", "he asked if there is a season 3") asked in a question's order: "is there going to be more
episodes", "is there a season 3". Read as a claim instead ("there's gonna be more episodes?"), its words
would be taken for a title; "there is/are/will be ..." is the one statement order no reader knows."""

from __future__ import annotations

from intents.text import fold

# The opening a statement of being there has, and the question's order of it ("there will be" -> "will
# there be"). Folded words: "there's" is "theres", "there'll" is "therell".
_ORDERS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("there", "will", "be"), ("will", "there", "be")),
    (("therell", "be"), ("will", "there", "be")),
    (("there", "would", "be"), ("would", "there", "be")),
    (("there", "is"), ("is", "there")),
    (("theres",), ("is", "there")),
    (("there", "are"), ("are", "there")),
    (("there", "was"), ("was", "there")),
    (("there", "were"), ("were", "there")),
)


def in_question_order(words: list[str]) -> list[str]:
    """The check's words with "there is/are/will be ..." turned into "is/are/will there (be) ..."; other
    words as they are."""
    folded = [fold(w) for w in words]
    for said, asked in _ORDERS:
        if tuple(folded[: len(said)]) == said:
            return [*asked, *words[len(said) :]]
    return words
