"""A network named only in passing, as the party speaking for the show: "A CBS rep confirmed the casting", "a
Showtime spokesperson confirmed the decision", "talks between her representatives and NBC", "..., Netflix
Confirms" in a headline. Casting and cancellation news often names its show's network nowhere else. Read only
for the article's main show, when nothing else places it and the article names no other network (a network
owning another title, "Fox's Red Canyon", is that title's and does not count): with two networks in play, who
spoke for whom is unclear."""

from __future__ import annotations

import re

from ingest.names import ANY_NETWORK, find_networks
from ingest.sentences import Sentence

# The network speaking: its representative, or the network itself confirming or in talks.
_SPEAKS = re.compile(
    rf"\b(?i:an?|the)\s+(?P<a>{ANY_NETWORK})\s+(?:rep|reps|representative|spokesperson|spokesman|spokeswoman"
    r"|spokesrep|executive|exec|insider|source|publicist)\b"
    rf"|\b(?i:talks|negotiations)\s+(?:between\s+[^.;]{{1,50}}?\s+and|with)\s+(?P<b>{ANY_NETWORK})\b"
    rf"|,\s+(?P<c>{ANY_NETWORK})\s+(?:[Cc]onfirms|[Ss]ays|[Aa]nnounces|[Rr]eveals)[.!]?$"
)

# Talks to save a show are with a network it is not on yet ("in talks with Netflix to rescue the drama").
_RESCUE = re.compile(
    r"\b(?:sav(?:e|ing)|rescu(?:e|ing)|reviv(?:e|al|ing)|pick(?:ing)? (?:it )?up|new home"
    r"|shop(?:ping|ped)?)\b",
    re.IGNORECASE,
)


def passing_network(sentences: list[Sentence], main: str, titles: frozenset[str]) -> tuple[str, str] | None:
    """The main show's network and the sentence naming it in passing, when it is the only network in play."""
    found: tuple[str, str] | None = None
    in_play: set[str] = set()
    for sentence in sentences:
        text = sentence.text
        for start, end, name in find_networks(text):
            owned = re.match(r"['’]s?\s+[“\"‘']?(?P<t>[^,.;”\"’]{2,60})", text[end:])
            if not any(owned and owned.group("t").startswith(t) and t != main for t in titles) and not text[
                :start
            ].endswith(("aired on ", "ran on ")):
                in_play.add(name)
        if found is None and not _RESCUE.search(text) and (match := _SPEAKS.search(text)):
            net = match.group("a") or match.group("b") or match.group("c")
            named = find_networks(net)
            if named:
                found = (named[0][2], text)
    if found is None or in_play - {found[0]}:
        return None
    return found
