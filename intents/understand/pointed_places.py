"""A show pointed at and placed on a network in one question: "I read that Joe Locke will play a role in
Marvel. When does this series begin on Disney+?" asks about the Disney+ series the talk is about, not the
show Marquee would otherwise take "this series" for. Read as "when does the disney series begin", a show
described by its service (intents.title_subject), which the talk's people then pick out."""

from __future__ import annotations

import re

from intents.networks import network_span
from intents.text import fold

# "this series", "that show": pointing at a show with no name.
_POINTED = re.compile(r"\b(?:this|that)\s+(?:series|show|programme|program|tv show)\b", re.IGNORECASE)
# Question words asking something of the show other than where it is.
_ASKING_OF_IT = frozenset("when whens who whos how what whats".split())
_WHERE_WORDS = frozenset("where wheres network channel streamer streaming service platform app watch".split())
# " on <network>" closing the question, with its marks.
_ON = re.compile(r"\s+on\s+(?P<place>[^?!.]+?)\s*(?P<end>[?!.]*)\s*$", re.IGNORECASE)


def with_pointed_show_placed(asked: str) -> str:
    """ "when does this series begin on disney+?" as "when does the disney series begin?"; the question as
    it is when it points at no show or places it nowhere."""
    words = fold(asked).split()
    if not words or words[0] not in _ASKING_OF_IT or not _WHERE_WORDS.isdisjoint(words):
        return asked  # "is this show on netflix?" checks the place; "what channel is that show on" asks it
    pointed = _POINTED.search(asked)
    placed = _ON.search(asked)
    if pointed is None or placed is None or placed.start() < pointed.end():
        return asked
    place = fold(placed.group("place")).split()
    if network_span(place) != (0, len(place)):
        return asked  # "on the first day": no network
    noun = pointed.group().split()[-1]
    before = f"{asked[: pointed.start()]}the {' '.join(place)} {noun}{asked[pointed.end() : placed.start()]}"
    return f"{before}{placed.group('end')}"
