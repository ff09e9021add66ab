"""A check of which of one show's two Rotten Tomatoes scores is the higher, put as a claim about one side:
"and the higher one is the critics one?", "so the audience score is lower right", "is the audience one the
higher one?". Said yes or no first, then both scores."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import sources_for
from intents.rating_sites import rotten_tomatoes_pair
from intents.understand.context import Composing

# Which score each word names, as fans say it.
_SIDES = {
    **dict.fromkeys(("critics", "critic", "reviewers", "critical", "tomatometer"), "critics"),
    **dict.fromkeys(("audience", "audiences", "fans", "viewers", "popcornmeter", "popcorn"), "audience"),
}


def named_score_sides(tokens: list[str]) -> set[str]:
    """Which of a show's two scores the words name ("tomatometer and popcorn score": both)."""
    return {_SIDES[w] for w in tokens if w in _SIDES}


_HIGHER = frozenset("higher highest bigger biggest better best more greater larger top".split())
_LOWER = frozenset("lower lowest smaller smallest worse worst less fewer".split())
_SCORE_WORDS = ("score", "scores", "rating", "ratings", "rt", "rotten tomatoes", "percent", "percentage")
_WH = frozenset("which what whats who whos how".split())
_PICKED_SHOWS = frozenset("show shows series season seasons".split())


def one_show_rated(c: Composing) -> bool:
    """Whether the scores talked about last are one show's: its critics and its audience score asked in two
    questions, or in one that no question about another show's scores came just before."""
    shows = [show for show, _season, _intent in c.recent[:2]]
    intents = [intent for _show, _season, intent in c.recent[:2]]
    if len(shows) == 2 and shows[0] == shows[1]:
        return True
    return intents[:1] == ["ratings"] and intents[1:2] != ["ratings"]


def scores_taken_together(c: Composing) -> bool:
    """ "which rt score is the higher one", "which of heartstopper's scores is lowest", "the lower of the two
    rt scores": one show's scores, named together, picked by higher or lower, with neither side named."""
    if named_score_sides(c.tokens) or len({show.id for show in c.res.shows}) > 1:
        return False
    if not _PICKED_SHOWS.isdisjoint(c.tokens):
        return False  # "which show has the higher score": shows picked, not scores
    if _HIGHER.isdisjoint(c.tokens) and _LOWER.isdisjoint(c.tokens):
        return False
    picks = "which" in c.tokens or c.has("the higher of", "the lower of", "the better of", "the worse of")
    return picks and c.has(*_SCORE_WORDS)


async def score_side_check(c: Composing) -> Answer | None:
    """Yes or no for a claim that one side's score is the higher (or lower); None for any other question."""
    sides = {_SIDES[w] for w in c.tokens if w in _SIDES}
    higher, lower = not _HIGHER.isdisjoint(c.tokens), not _LOWER.isdisjoint(c.tokens)
    if len(sides) != 1 or higher == lower or not _WH.isdisjoint(c.tokens) or "than" in c.tokens:
        return None
    after_scores = bool(c.recent) and c.recent[0][2] == "ratings"
    if not after_scores and not c.has(*_SCORE_WORDS):
        return None  # "do fans like it more?" with no score in sight is not this check
    shows = c.res.shows
    show = shows[0] if len(shows) == 1 else c.show if not shows else None
    scores = rotten_tomatoes_pair(show) if show is not None else None
    if show is None or scores is None or scores[0].value == scores[1].value:
        return None
    critics, audience = scores
    top = "critics" if critics.value > audience.value else "audience"
    side = sides.pop()
    yes = (side == top) == higher
    said = "critics'" if side == "critics" else "audience"
    word = "higher" if (side == top) else "lower"
    text = (
        f"{'Yes' if yes else 'No'}, the {said} score is the {word} one: {show.title} scores "
        f"{critics.value:g}% from critics and {audience.value:g}% from audiences on Rotten Tomatoes."
    )
    return Answer(
        text=text,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(f"{critics.value:g}%", f"{audience.value:g}%"),
        sources=sources_for(c.kb, [critics.article_id, audience.article_id]),
        show_id=show.id,
    )
