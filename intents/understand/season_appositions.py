"""Seasons described, then numbered: "I mean the first seasons, season 1 and 2", "the earlier seasons, 1 and
2". The numbers say which seasons the description meant, so they are read alone ("seasons 1 and 2"); the
description with numbers after it reads as another season ("the earlier seasons" -> season 2, then "1 and 2").
"""

from __future__ import annotations

import re

from intents.seasons import SEASON_NOUN

_DESCRIBED_THEN_NUMBERED = re.compile(
    r"\b(?:the|those|these) (?:(?:first|earlier|early|previous|older|old|initial|original|two|2) )+"
    rf"(?:seasons|series|ones) (?:{SEASON_NOUN} )?(?P<first>\d+) (?:and|to|through|n) (?P<last>\d+)\b"
)


def numbered_seasons(tokens: list[str]) -> list[str]:
    """The tokens with seasons described and then numbered read as the numbered seasons alone."""
    joined = " ".join(tokens)
    found = _DESCRIBED_THEN_NUMBERED.search(joined)
    if found is None:
        return tokens
    said = f"{joined[: found.start()]}seasons {found['first']} and {found['last']}{joined[found.end() :]}"
    return said.split()
