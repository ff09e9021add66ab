"""A relation frame: the words that ask for one intent's fact, as a pattern over a question in slot form."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Frame:
    """Words that ask for one intent's fact."""

    intent: str
    pattern: re.Pattern[str]
    # A decisive frame's words settle the question even when the example matcher is sure of another
    # intent ("who's he playing" is whom an actor plays, not who the actor is).
    decisive: bool = False


def frame(intent: str, pattern: str, decisive: bool = False) -> Frame:
    """A frame of `intent` whose words are `pattern`."""
    return Frame(intent, re.compile(pattern), decisive)
