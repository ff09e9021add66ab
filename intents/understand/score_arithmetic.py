"""Arithmetic over one show's two Rotten Tomatoes scores: "the average of its critic and audience scores",
"add up the two percentages". The difference is read by understand/compare_scores.py; this reads the mean
and the sum, which compare nothing."""

from __future__ import annotations

import enum

from intents.answer import Answer
from intents.query import sources_for
from intents.rating_sites import rotten_tomatoes_pair
from intents.understand.context import Composing


class Operation(enum.Enum):
    """What is done with the two scores."""

    MEAN = "mean"
    SUM = "sum"


# Words that ask for an operation, as data: "averaged out", "mean of", "add up", "combined".
OPERATION_WORDS: dict[Operation, tuple[str, ...]] = {
    Operation.MEAN: ("average", "averaged", "avg", "mean", "midpoint"),
    Operation.SUM: ("add up", "added up", "added together", "sum", "total", "combined"),
}
_SCORE_WORDS = ("score", "scores", "percentages", "percentage", "ratings", "rating", "rotten tomatoes", "rt")
_BOTH_SCORES = ("critic", "critics", "audience", "audiences", "two", "both")


def _operation(c: Composing) -> Operation | None:
    for operation, words in OPERATION_WORDS.items():
        # "critics i mean" says which score, it asks for no mean
        if c.has(*words) and not (words == OPERATION_WORDS[Operation.MEAN] and _only_i_mean(c)):
            return operation
    return None


def _only_i_mean(c: Composing) -> bool:
    """Whether the only mean word is the filler "i mean"."""
    words = OPERATION_WORDS[Operation.MEAN]
    said = [i for i, w in enumerate(c.tokens) if w in words]
    return bool(said) and all(c.tokens[i] == "mean" and c.tokens[i - 1 : i] == ["i"] for i in said)


async def score_arithmetic(c: Composing) -> Answer | None:
    """The mean or sum of one show's critics and audience scores; None when the question asks neither."""
    operation = _operation(c)
    if operation is None or not c.has(*_SCORE_WORDS) or not c.has(*_BOTH_SCORES):
        return None
    shows = {s.id: s for s in c.res.shows}
    show = next(iter(shows.values())) if len(shows) == 1 else (c.show if not shows else None)
    scores = rotten_tomatoes_pair(show) if show is not None else None
    if show is None or scores is None:
        return None
    critics, audience = scores
    total = critics.value + audience.value
    if operation is Operation.MEAN:
        result = f"The average of {show.title}'s two Rotten Tomatoes scores is {total / 2:g}%"
    else:
        result = f"{show.title}'s two Rotten Tomatoes scores add up to {total:g}"
    return Answer(
        text=f"{result}: {critics.value:g}% from critics and {audience.value:g}% from audiences.",
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(f"{critics.value:g}%", f"{audience.value:g}%"),
        sources=sources_for(c.kb, [critics.article_id, audience.article_id]),
        show_id=show.id,
    )
