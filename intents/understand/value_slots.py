"""Values a question names besides shows and people, each a slot a follow-up may replace: a network ("is it on
netflix?" ... "what about disney+?") and an award body ("was it up for an emmy?" ... "and the baftas?")."""

from __future__ import annotations

from typing import Literal

from intents.awards import AWARD_BODIES
from intents.networks import network_span
from intents.phrase_spans import PhraseSpans

ValueKind = Literal["network", "award"]
_AWARD_PHRASES = PhraseSpans(AWARD_BODIES)


def award_span(tokens: list[str]) -> tuple[int, int] | None:
    """Where the folded tokens name an award body, the longest name first, or None."""
    return _AWARD_PHRASES.find(tokens)


def value_spans(tokens: list[str]) -> list[tuple[ValueKind, int, int]]:
    """The network and award body the tokens name, with their spans."""
    found: list[tuple[ValueKind, int, int]] = []
    if (network := network_span(tokens)) is not None:
        found.append(("network", *network))
    if (award := award_span(tokens)) is not None:
        found.append(("award", *award))
    return found
