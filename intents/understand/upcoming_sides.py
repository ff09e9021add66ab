"""Whether a comparison of premieres asks about what is still to come ("which comes out first", "which is out
sooner" while both shows have a season on the way): then a show named without a season is compared by its
next premiere, not by its first."""

from __future__ import annotations

import datetime as dt

from intents.understand.context import Composing
from intents.understand.sides import Side

# Present and future words that ask what comes next; past ones ask about what already came out.
_COMING = frozenset("comes coming sooner drops dropping premieres airs will releases upcoming next".split())
_PAST = frozenset(
    """came was were premiered aired released dropped did older started originally newer longer around debut
    debuted launched began begin original ago been""".split()
)
# Words that ask when something is out without saying past or coming ("which one's out first", "how long
# after agatha does hs3 premiere"): while both sides have a premiere on the way, it is the coming one. (A gap
# alone, "how many days apart", may be of two dates just answered: the dialogue's own readers say which.)
_TIMING = frozenset("out premiere release drop air first later sooner earlier after before".split())


def asks_what_comes(c: Composing, a: Side, b: Side) -> bool:
    """Whether the question asks what comes next and both sides have a premiere still to come."""
    if _PAST.intersection(c.tokens) or (_COMING.isdisjoint(c.tokens) and _TIMING.isdisjoint(c.tokens)):
        return False
    return all(any(r.on is not None and r.on >= c.today for r in side.show.releases) for side in (a, b))


# Words that pick the side still to come: "which is still to come", "which one isn't out yet".
STILL_TO_COME = ("still to come", "yet to come", "not out yet", "not come out yet", "still coming",
                 "not out", "not released yet", "not premiered yet")  # fmt: skip


def still_to_come(c: Composing, dated: tuple[tuple[str, dt.date], tuple[str, dt.date]]) -> str | None:
    """ "which is still to come, A or B": the side whose premiere is after today, or both or neither said
    so; None when the question asks no such choice."""
    if not c.has(*STILL_TO_COME):
        return None
    coming = [label for label, day in dated if day > c.today]
    if len(coming) == 1:
        return f"{coming[0]} is still to come:"
    return "Both are still to come:" if coming else "Neither: both are out."
