"""A film Marquee was just asked about and does not hold stays the subject: after "is there a heartstopper
movie?" (no film held), "when's it out?" asks about that film, never about the series' seasons; after "kit
connor new film", "release date?" asks about his film, never about the show he is known for."""

from __future__ import annotations

from collections.abc import Callable

from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.seasons import find_season
from intents.understand.pointing_words import SHOW_POINTERS

FILM_WORDS = frozenset({"film", "films", "movie", "movies"})
_FRAGMENT = 3  # words a question without "it" may have and still lean on the film ("release date?")


def film_kept(
    tokens: list[str], conv: Conversation, link: Callable[[list[str]], Resolution]
) -> list[str] | None:
    """The tokens with "it" (or a bare fragment) pointing at the film the last answer said is not held, or
    None when the last answer was no such thing or the question names a subject of its own."""
    last = conv.last
    if last is None or last.intent != "missing" or not FILM_WORDS & set(last.tokens):
        return None
    subject = [
        w for kind, start, end in last.slots if kind in ("show", "person") for w in last.tokens[start:end]
    ]
    if not subject or FILM_WORDS & set(tokens) or find_season(tokens) is not None:
        return None
    res = link(tokens)
    if res.shows or res.people or res.characters or res.unknown_title:
        return None
    film = ["a", "film", "of", *subject]
    at = next((i for i, t in enumerate(tokens) if t in SHOW_POINTERS), None)
    if at is not None:
        return [*tokens[:at], *film, *tokens[at + 1 :]]
    return [*tokens, "of", *film] if len(tokens) <= _FRAGMENT else None
