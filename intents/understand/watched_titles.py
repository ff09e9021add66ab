"""Something the fan says they watched ("just finished you!! is there more", "been bingeing what we do in the
shadows, who made it"): a title, even when every word of it is an everyday or question word that no reader
takes for one. A message saying so that no reader understood is about that title, never the default show.
"""

from __future__ import annotations

import re

from intents.seasons import find_season
from intents.text import fold
from intents.understand.aside_frames import (
    INTRODUCER_LEADS,
    POINTING_WORDS,
    SHOW_PARTS,
    TITLE_ENDS,
    TITLE_INTRODUCERS,
)

# What the fan watched when it is no title: the show talked about, or nothing said ("it", "the other one").
_POINTING = POINTING_WORDS | frozenset("it this that them those these everything something all".split())
# Words of a part of a show ("the finale", "the new season", "the rugby scene"): no title holds them.
_PARTS = SHOW_PARTS | frozenset("episode episodes ep eps finale season seasons show series trailer".split())
_ARTICLES = frozenset({"the", "a", "an"})
_CLAUSE_END = re.compile(r"[.!?,;:]+|\s[-–—]\s")
_LONGEST_TITLE = 7


def title_watched(text: str) -> list[str]:
    """The words the fan says they watched, up to the end of their clause ("i just finished you" -> "you"),
    or [] for the show talked about or a part of it ("just finished it", "watched the finale", "finished
    s2")."""
    for clause in _CLAUSE_END.split(text):
        words = fold(clause).split()
        for at in range(1, len(words) - 1):
            if words[at] not in TITLE_INTRODUCERS or words[at - 1] not in INTRODUCER_LEADS:
                continue
            title = words[at + 1 :]
            ends = next((i for i, w in enumerate(title) if w in TITLE_ENDS), len(title))
            title = title[:ends]
            bare = title[1:] if title[:1] and title[0] in _ARTICLES else title
            if not bare or len(title) > _LONGEST_TITLE or bare[0] in _POINTING or not _PARTS.isdisjoint(bare):
                continue
            if find_season(title) is None:
                return title
    return []
