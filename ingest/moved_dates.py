"""A premiere moved to a new day: "Fox has pushed the premieres of A and B from May 29 to June 4", "NBC moved
the return of X to March 3". The day after "to" is the one that holds; the one after "from" no longer does.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.dates import find_dates
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import find_networks
from ingest.release_shapes import forward_day
from ingest.sentences import Sentence
from ingest.status import listed_after

_MOVED = re.compile(
    r"\b(?:pushed|moved|bumped|shifted|delayed|postponed|rescheduled)\s+(?:back\s+|up\s+)?"
    r"the\s+(?:(?:series|season)\s+)?(?:premieres?|returns?|debuts?|launch(?:es)?)\s+of\s+"
)
_TO_DAY = re.compile(r"\s+(?:from\s+[^,;]{3,30}?\s+)?(?:back\s+|up\s+)?to\s+")


def moved_premieres(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Each show whose premiere the sentence moves gets the day it is moved to."""
    text = sentence.text
    if not sentence.states:
        return []
    moved = _MOVED.search(text)
    if not moved:
        return []
    spans = [s for s in ctx.titles_in(text) if s[2] in ctx.shows]
    shows = listed_after(text, moved.end(), spans)
    if not shows:
        return []
    last_end = max(end for _s, end, title in spans if title == shows[-1])
    to_day = _TO_DAY.match(text, last_end)
    if not to_day:
        return []
    dates = find_dates(text[to_day.end() :], ctx.published)
    if not dates or dates[0].start != 0 or dates[0].day is None or dates[0].relative:
        return []
    day = forward_day(dates[0], dates[0].day, text, "", ctx.published).isoformat()
    networks = find_networks(text[: moved.start()])
    network = networks[-1][2] if len(networks) == 1 else None
    return [fact(FactKind.RELEASE, text, 0.7, show=show, date=day, network=network) for show in shows]
