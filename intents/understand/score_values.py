"""Which of one show's two Rotten Tomatoes scores a number is: "is 98 the critics or the audience number?",
"critics vs audience, which one is the 96?". The side (or neither) first, then both scores."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import sources_for
from intents.rating_sites import rotten_tomatoes_pair
from intents.understand.context import Composing
from intents.understand.score_sides import named_score_sides

# Words that rank the two scores or set them against the number ("nearer to 100", "above 95"): the question
# is then which is higher or nearer, not which one the number is.
_RANKING = frozenset(
    """higher highest lower lowest bigger smaller better worse more less than nearer nearest closer closest
    above below over under within apart""".split()
)
_PICKING = frozenset("or vs versus which whose what".split())


def _number_said(c: Composing) -> int | None:
    """The one score-like number (0-100) the question says outside a season reference ("98", "96%")."""
    season = range(c.res.season.start, c.res.season.end) if c.res.season is not None else range(0)
    numbers = {
        int(t.rstrip("%")) for i, t in enumerate(c.tokens) if i not in season and t.rstrip("%").isdigit()
    }
    return numbers.pop() if len(numbers) == 1 and 0 < min(numbers) <= 100 else None


async def score_value_side(c: Composing) -> Answer | None:
    """The side whose score is the number asked; None for any other question."""
    words = set(c.tokens)
    if named_score_sides(c.tokens) != {"critics", "audience"} or words & _RANKING or not words & _PICKING:
        return None
    number = _number_said(c)
    show = c.res.shows[0] if len({s.id for s in c.res.shows}) == 1 else None if c.res.shows else c.show
    scores = rotten_tomatoes_pair(show) if show is not None and number is not None else None
    if show is None or scores is None:
        return None
    critics, audience = scores
    matching = [
        side for side, score in (("critics", critics), ("audience", audience)) if score.value == number
    ]
    lead = (
        "Both" if len(matching) == 2 else f"The {matching[0]} score" if matching else f"Neither is {number}%"
    )
    text = (
        f"{lead}: {show.title} scores {critics.value:g}% from critics and {audience.value:g}% from "
        "audiences on Rotten Tomatoes."
    )
    return Answer(
        text=text,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(*matching, f"{critics.value:g}%", f"{audience.value:g}%"),
        sources=sources_for(c.kb, [critics.article_id, audience.article_id]),
        show_id=show.id,
    )
