"""A show described as "the network's" own ("Elementary, the network's modern-day take on Sherlock Holmes"):
the network is the one the article last named before the description, in that sentence or an earlier one,
else in its headline ("CBS' Sherlock Holmes Pilot Elementary")."""

from __future__ import annotations

import re

from ingest.names import find_networks
from ingest.sentences import Sentence

# "Elementary, the network's", "“Ravenhall,” the cable network’s", "Iron Bay, the streamer's".
# (One fixed pattern, the show looked up before it: a pattern per title would crowd out `re`'s cache.)
_POINTER = re.compile(
    r"[”\"’']?,[”\"’']?\s+the\s+(?:cable\s+|broadcast\s+)?(?:network|streamer|channel)['’]s\s+"
)


def _last_network(text: str) -> str | None:
    found = find_networks(text)
    return found[-1][2] if found else None


def pointed_networks(sentences: list[Sentence], shows: frozenset[str]) -> list[tuple[str, str, str]]:
    """(show, network, sentence) for each known show a sentence calls "the network's" own, with the network
    that description points back to (None found: no vote)."""
    out: list[tuple[str, str, str]] = []
    line = sentences[0].text if sentences and sentences[0].heading else ""
    for place, sentence in enumerate(sentences):
        if sentence.heading:
            continue
        for match in _POINTER.finditer(sentence.text):
            before = sentence.text[: match.start()]
            named = [s for s in shows if before.endswith(s) and not re.search(r"[\w'’]$", before[: -len(s)])]
            if not named:
                continue
            show = max(named, key=len)
            # The nearest network named before the pointer: this sentence, an earlier one, the headline.
            earlier = [s.text for s in sentences[:place] if not s.heading]
            network = (
                _last_network(sentence.text[: match.start()])
                or next((n for text in reversed(earlier) if (n := _last_network(text))), None)
                or _last_network(line)
            )
            if network:
                out.append((show, network, sentence.text))
    return out
