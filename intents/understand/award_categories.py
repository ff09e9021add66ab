"""Short follow-ups right after a question about awards: 'which categories?' asks for the award categories
("back to hs, which categories" after "did agatha get any awards"), which alone the word does not say;
"so only the baftas then? how many" counts that award body's nominations."""

from __future__ import annotations

from intents.dialogue import Conversation
from intents.understand.value_slots import award_span

_CATEGORIES = frozenset({"categories", "category"})
_AWARD_WORDS = frozenset(
    "award awards nominated nomination nominations noms won win bafta emmy emmys".split()
)
_AWARD_INTENTS = frozenset({"awards"})


def categories_of_awards(tokens: list[str], conv: Conversation) -> list[str]:
    """The tokens with "award" put before a bare "categories" when the last question was about awards."""
    last = conv.last_understood
    at = next((i for i, t in enumerate(tokens) if t in _CATEGORIES), None)
    if at is None or last is None or last.intent not in _AWARD_INTENTS or not _AWARD_WORDS.isdisjoint(tokens):
        return tokens
    return [*tokens[:at], "award", *tokens[at:]]


# Words around an award body that only narrow the talk to it: "so only the baftas then? how many", "how
# many of them?"; and those that count what the last answer listed: "how many is that in total".
_NARROWING = frozenset(
    "so only just the then ok okay and but of them those these is are that in total all altogether".split()
)
_COUNTING = (("how", "many"), ("how", "much"))


def count_of_award_named(tokens: list[str], conv: Conversation) -> list[str] | None:
    """ "how many <award body>" for an award body named with only narrowing words and "how many" (before or
    after it) right after a question about awards; None otherwise."""
    last = conv.last_understood
    if last is None or last.intent not in _AWARD_INTENTS:
        return None
    counting = next((c for c in _COUNTING if tuple(tokens[-2:]) == c or tuple(tokens[:2]) == c), None)
    if counting is None:
        return None
    rest = tokens[:-2] if tuple(tokens[-2:]) == counting else tokens[2:]
    if all(w in _NARROWING for w in rest):
        # "how many?" alone (the body said in a sentence before it, or not at all): the body last asked of
        held = next(([*last.tokens[s:e]] for kind, s, e in last.slots if kind == "award"), ["awards"])
        return ["how", "many", *held]
    span = award_span(rest)
    if span is None or not all(w in _NARROWING for w in [*rest[: span[0]], *rest[span[1] :]]):
        return None
    return ["how", "many", *rest[span[0] : span[1]]]
