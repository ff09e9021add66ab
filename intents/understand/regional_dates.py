"""A date asked again for a country or the whole world ("is that date for the UK too, or only the US?", "is
that the release date in australia as well?", "is it worldwide?"): the facts give a premiere's day with its
network, never by country. Said first, then the day held; the place is never read as a show nobody knows."""

from __future__ import annotations

from intents.answer import Answer
from intents.dialogue import Conversation
from intents.timefmt import long_date
from intents.title_words import PLACES

# The whole world, in the fan's words.
_EVERYWHERE = frozenset("worldwide everywhere globally global international internationally".split())
# Words that say a date is asked of: "that date", "the release date", "same day", "out there".
_DATE_WORDS = frozenset("date day release released premiere premieres out drop drops that it same".split())
_REGION_WORDS = frozenset({"region", "regions", "country", "countries"})


def regional_date(tokens: list[str], conv: Conversation) -> Answer | None:
    """The answer to a date asked of a place, after an answer gave a date; None when the question is not
    one."""
    day = conv.last_date
    said = set(tokens)
    # ("us" is a place only as "the us": "is that date out for us" asks of the fan)
    places = [t for i, t in enumerate(tokens) if t in PLACES and (t != "us" or tokens[i - 1 : i] == ["the"])]
    if day is None or not (places or _EVERYWHERE & said or _REGION_WORDS & said):
        return None
    if not _DATE_WORDS & said or tokens[:1] == ["where"]:
        return None  # "where in the uk can i watch it" asks where, not when
    text = (
        f"I don't have premiere dates by country: the date I have, {long_date(day)}, is given without one, "
        "so I can't say whether it differs by region."
    )
    return Answer(text=text, kind="answer", intent="premiere", confidence=0.8, answers=(day.isoformat(),))
