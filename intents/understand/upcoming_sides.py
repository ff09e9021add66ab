"""Whether a comparison of premieres asks about what is still to come ("which comes out first", "which is out
sooner" while both shows have a season on the way): then a show named without a season is compared by its
next premiere, not by its first."""

from __future__ import annotations

from intents.understand.context import Composing
from intents.understand.sides import Side

# Present and future words that ask what comes next; past ones ask about what already came out.
_COMING = frozenset("comes coming sooner drops dropping premieres airs will releases upcoming next".split())
_PAST = frozenset("came was were premiered aired released dropped did older started originally".split())


def asks_what_comes(c: Composing, a: Side, b: Side) -> bool:
    """Whether the question asks what comes next and both sides have a premiere still to come."""
    if _PAST.intersection(c.tokens) or _COMING.isdisjoint(c.tokens):
        return False
    return all(any(r.on is not None and r.on >= c.today for r in side.show.releases) for side in (a, b))
