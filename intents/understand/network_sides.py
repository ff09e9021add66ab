"""Two subjects of a comparison named by their networks ("the netflix one or the disney+ one", "the
netflix and disney+ premieres"): each network named stands for the one show Marquee holds on it with a
dated premiere, at its newest dated season (the premiere fans are waiting on)."""

from __future__ import annotations

import datetime as dt

from db.knowledge import ShowFacts
from intents.text import fold
from intents.understand.context import Composing
from intents.understand.sides import Side


def _newest_dated_season(show: ShowFacts) -> int | None:
    """The season of the show's newest premiere known by its day (0 for a show dated without seasons)."""
    dated = [r for r in show.releases if r.on is not None]
    newest = max(dated, key=lambda r: r.on or dt.date.min, default=None)
    return None if newest is None else newest.season or 0


def network_sides(c: Composing, named: list[Side]) -> list[Side]:
    """The sides named by title, then one per network the question names, when that network holds exactly one
    show with a dated premiere ("agatha or the netflix one"); [] unless that makes two sides."""
    sides = list(named)
    for mention in c.res.mentions:
        if mention.refs[0].kind != "network":
            continue
        said = " ".join(c.tokens[mention.start : mention.end])
        on_it = [
            s
            for s in c.kb.shows.values()
            if s.network and fold(s.network).startswith(said) and _newest_dated_season(s) is not None
        ]
        if len(on_it) != 1 or any(side.show.id == on_it[0].id for side in sides):
            return []
        show = on_it[0]
        season = _newest_dated_season(show) or None  # 0: the show's one dated premiere, no season named
        sides.append(Side(show, season, frozenset(c.tokens[mention.start : mention.end])))
    return sides if len(sides) == 2 else []
