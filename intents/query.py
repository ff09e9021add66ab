"""What a handler receives: the question with its linked entities, the facts, and the clock.

`Conversation` (the dialogue state) lives in intents.dialogue and is re-exported here for callers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from db.knowledge import ArticleInfo, CreditFact, Knowledge, PersonFacts, ShowFacts
from intents.answer import Source
from intents.dialogue import Conversation
from intents.linking import EntityIndex

__all__ = ["Conversation", "Query", "join_names", "latest_season_number", "parse_seasons", "sources_for"]


@dataclass(slots=True)
class Query:
    """A question resolved against the knowledge snapshot."""

    text: str
    tokens: list[str]
    kb: Knowledge
    today: dt.date
    show: ShowFacts | None = None
    show_named: bool = False  # False when the show came from context or the default
    show_in_conversation: bool = False  # the show is the one the conversation is about (not the default)
    season: int | None = None
    latest_season: bool = False
    person: PersonFacts | None = None
    character: CreditFact | None = None
    extra_people: list[PersonFacts] = field(default_factory=list)
    # The engine's name index, for handlers that link more names (catalog questions).
    index: EntityIndex | None = None

    def has(self, *words: str) -> bool:
        """True when any of `words` (single folded words or phrases) occurs in the question."""
        joined = f" {' '.join(self.tokens)} "
        return any(f" {w} " in joined for w in words)

    def resolved_season(self) -> int | None:
        """The season asked about; 'the new season' becomes the highest-numbered season known."""
        if self.season is not None:
            return self.season
        if self.latest_season and self.show is not None:
            return latest_season_number(self.show)
        return None


def latest_season_number(show: ShowFacts) -> int | None:
    """The highest season number any fact mentions."""
    numbers = [r.season for r in show.releases if r.season is not None]
    numbers += [s.through or s.number for s in show.seasons]
    numbers += [max(parse_seasons(c.seasons)) for c in show.credits if c.seasons and parse_seasons(c.seasons)]
    return max(numbers) if numbers else None


def parse_seasons(text: str | None) -> set[int]:
    """'1-2' -> {1, 2}; '3' -> {3}; '1, 3' -> {1, 3}."""
    result: set[int] = set()
    for part in (text or "").replace(" ", "").split(","):
        if "-" in part:
            low, _, high = part.partition("-")
            if low.isdigit() and high.isdigit():
                result.update(range(int(low), int(high) + 1))
        elif part.isdigit():
            result.add(int(part))
    return result


def sources_for(kb: Knowledge, article_ids: Sequence[int | None]) -> tuple[Source, ...]:
    """Citations for the given articles, newest first."""
    ids = [a for a in article_ids if a is not None]
    return tuple(_source(kb.articles[a]) for a in kb.newest_first(ids) if a in kb.articles)


def _source(info: ArticleInfo) -> Source:
    return Source(info.outlet, info.title, info.url, info.published_on)


def join_names(names: list[str], limit: int = 10) -> str:
    """'A', 'A and B', 'A, B and C'; long lists end with '... and 12 more'."""
    if len(names) > limit:
        return ", ".join(names[:limit]) + f"... and {len(names) - limit} more"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


_SMALL_COUNTS = "zero one two three four five six seven eight nine".split()


def count_words(count: int) -> str:
    """A count as a reply writes it: a word below ten ("three"), else digits ("16")."""
    return _SMALL_COUNTS[count] if 0 <= count < len(_SMALL_COUNTS) else str(count)
