"""A pick among the shows the last answer listed: "which of those is the newest?" after "what shows is
joe locke in?", "which one came out first", "which of them is on disney+", "which one's in the mcu" after
"what's on disney+?". The newest or oldest is chosen by each show's first premiere; any other pick by the
words that describe each show (its title, network, synopsis and aliases). When exactly one show fits, the
question is asked again of it: its first premiere, where to watch it, or what it is."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge, ShowFacts
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.listed_picks import PICKS, described, described_by, picked_by

# A pick among shows may also be said "which show ...", "which series ...", or "which ..." alone ("which
# came out first?"), longest first.
_ANY_OF = tuple((aux, "any", "of", those) for aux in ("is", "are") for those in ("them", "those", "these"))
_SHOW_PICKS = (*PICKS, *_ANY_OF, ("which", "show"), ("which", "series"), ("which", "ones"), ("which",))
_NEWEST = frozenset("newest latest newer recent recently last".split())
_OLDEST = frozenset("oldest older earliest earlier first".split())
# Words that make the pick about something other than the shows themselves ("which season is newest").
_NOT_SHOWS = frozenset("season seasons episode episodes one ones guy actor actress person".split())
_LISTED = 2
_IS = frozenset({"is", "was", "are", "were"})
_THOSE = frozenset({"those", "them", "these"})
# Words that say something of the listed ones rather than name a title ("are any of them on disney+").
_SAID_OF = frozenset(
    "on in at from by out coming still being renewed cancelled canceled back new good".split()
)


def pick_of_listed_shows(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The pick asked of the one listed show that fits ("when did agatha all along first come out"); None when
    the last answer listed fewer than two known shows, the question is no pick among them, or not exactly one
    show fits."""
    last = conv.last
    shows = [kb.shows[s] for s in last.listed if s in kb.shows] if last is not None else []
    asked = picked_by(tokens, _SHOW_PICKS) if len(shows) >= _LISTED else None
    if asked is None or not _NOT_SHOWS.isdisjoint(asked[:1]):
        return None
    if not _NEWEST.isdisjoint(asked) or not _OLDEST.isdisjoint(asked):
        chosen = _by_premiere(shows, newest=not _NEWEST.isdisjoint(asked))
        return (
            None if chosen is None else (["when", "did", *fold(chosen.title).split(), "first", "come", "out"])
        )
    words = described_by(asked)
    fits = [s for s in shows if words & described(s.id, kb)]
    if not words or len(fits) != 1:
        return None
    show = fits[0]
    network = set(fold(show.network or "").split())
    if words & network and show.network:
        return ["where", "to", "watch", *fold(show.title).split()]
    return ["what", "is", *fold(show.title).split()]


def _by_premiere(shows: list[ShowFacts], newest: bool) -> ShowFacts | None:
    """The show that premiered last (`newest`) or first; None when fewer than two are dated or two tie."""
    dated = sorted(
        ((day, show) for show in shows if (day := first_premiere(show)) is not None), key=lambda pair: pair[0]
    )
    if len(dated) < _LISTED:
        return None
    end, beside = (dated[-1], dated[-2]) if newest else (dated[0], dated[1])
    return None if end[0] == beside[0] else end[1]


def first_premiere(show: ShowFacts) -> dt.date | None:
    """The day a show first came out (a year alone counts as its first day), None when none is held."""
    days = [r.on for r in show.releases if r.on is not None]
    days += [dt.date(r.year, 1, 1) for r in show.releases if r.on is None and r.year is not None]
    return min(days, default=None)


def any_of_listed(tokens: list[str]) -> list[str]:
    """ "is any of those doctor who?" as "is doctor who one of them" (whom "them" then means is read as for
    any pronoun); other questions unchanged."""
    if len(tokens) < 5 or tokens[0] not in _IS or tokens[1:3] != ["any", "of"] or tokens[3] not in _THOSE:
        return tokens
    if tokens[4] in _SAID_OF:
        return tokens
    return [tokens[0], *tokens[4:], "one", "of", "them"]
