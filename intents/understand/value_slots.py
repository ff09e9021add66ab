"""Values a question names besides shows and people, each a slot a follow-up may replace: a network ("is it on
netflix?" ... "what about disney+?"), an award body ("was it up for an emmy?" ... "and the baftas?") and a
review site ("its rt score?" ... "and imdb?")."""

from __future__ import annotations

from typing import Literal

from intents.awards import AWARD_BODIES
from intents.dialogue import SlotKind, Turn
from intents.networks import network_span
from intents.phrase_spans import PhraseSpans
from intents.rating_sites import rating_site_span

ValueKind = Literal["network", "award", "site"]
_AWARD_PHRASES = PhraseSpans(AWARD_BODIES)


def award_span(tokens: list[str]) -> tuple[int, int] | None:
    """Where the folded tokens name an award body, the longest name first, or None."""
    return _AWARD_PHRASES.find(tokens)


# The spans by wording: a follow-up's fragment is read for them by the ellipsis, its slots and the memory of
# the turn, each with the same words. Bounded; the phrases are fixed, so a reading never goes stale.
_SPANS: dict[tuple[str, ...], tuple[tuple[ValueKind, int, int], ...]] = {}
_KEPT_WORDINGS = 2048


def value_spans(tokens: list[str]) -> list[tuple[ValueKind, int, int]]:
    """The network, award body and review site the tokens name, with their spans."""
    key = tuple(tokens)
    found = _SPANS.get(key)
    if found is None:
        if len(_SPANS) >= _KEPT_WORDINGS:
            _SPANS.clear()
        found = _SPANS[key] = tuple(_spans(tokens))
    return list(found)


def _spans(tokens: list[str]) -> list[tuple[ValueKind, int, int]]:
    found: list[tuple[ValueKind, int, int]] = []
    if (network := network_span(tokens)) is not None:
        found.append(("network", *network))
    if (award := award_span(tokens)) is not None:
        found.append(("award", *award))
    if (site := rating_site_span(tokens)) is not None:
        found.append(("site", *site))
    return found


def values_replaced(fragment: list[str], last: Turn) -> dict[SlotKind, list[str]]:
    """The values a follow-up fragment names for the last question's slots ("and hulu?" after "is it on
    netflix?"), by kind. A review site after a scores question is its slot even when it named none
    ("heartstopper critics score?" ... "what about metacritic?"): the score of that site, never a show."""
    held = {kind for kind, _s, _e in last.slots}
    return {
        kind: fragment[start:end]
        for kind, start, end in value_spans(fragment)
        if kind in held or (kind == "site" and last.intent == "ratings")
    }
