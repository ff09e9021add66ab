"""A person's show described, not named: "joe's marvel show" is the one show of theirs that fits the words."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.described_shows import ASKS_ITS_NAME, description_at, fits_description
from intents.understand.person_shows import their_shows


def show_by_possessed_description(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "joe's marvel show" (the possessive already dropped: "joe marvel show") replaced by
    the one show of the person's that fits the description; None when there is no such description."""
    for mention in res.mentions:
        ref = mention.refs[0]
        if ref.kind != "person" or ref.id not in kb.people or mention.end >= len(tokens):
            continue
        found = description_at(tokens, mention.end - 1)  # read from the word after the name
        if found is None:
            continue
        end = found.end
        if tokens[end : end + 1] and tokens[end] in ASKS_ITS_NAME:
            return None  # "jl mcu show name?": the show's name is what is asked
        theirs = set(their_shows(kb.people[ref.id]))
        fits = [s for s in kb.shows.values() if s.id in theirs and fits_description(s, found)]
        if len(fits) == 1:
            return [*tokens[: mention.start], *fold(fits[0].title).split(), *tokens[end:]]
    return None
