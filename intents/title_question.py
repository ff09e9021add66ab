"""A linked question as the title slot reader sees it, and the places a title stands in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from intents.names import Mention
from intents.seasons import SeasonRef

# "the penguin on hbo": the words that put a title on the network that airs it.
_AIRED_ON = frozenset({"on", "from", "at"})


class Frame(Enum):
    """Where a title stands in a question."""

    CREDIT = "after a credit verb"  # "who created X", "did P write X"
    WATCHING = "after a watching verb"  # "where can i watch X", "anyone watching X"
    SUBJECT = "subject of a predicate"  # "is X renewed", "when does X come back", "what is X about"
    PREPOSITION = "object of a preposition"  # "who's in X", "cast of X", "tell me about X"
    LEADING = "leading the question"  # "X cast", "X season 2 when"
    NEWS = "after a news verb"  # "which network confirmed the X casting", "did hbo renew X"


@dataclass(frozen=True, slots=True)
class Question:
    """What the reader needs of a linked question."""

    tokens: list[str]
    season: SeasonRef | None
    mentions: Sequence[Mention]
    unknown: list[bool]  # per token: a word nobody knows

    def kind_at(self, i: int) -> str | None:
        """The kind of the name covering token i, if one does."""
        for m in self.mentions:
            if m.start <= i < m.end:
                return m.refs[0].kind
        return None

    def in_season(self, i: int) -> bool:
        return self.season is not None and self.season.start <= i < self.season.end

    def before_its_network(self, start: int, end: int) -> int:
        """Where a title in tokens[start:end] ends when the words close with the network airing it ("the
        penguin on hbo": "the penguin"); `end` when they do not."""
        for k in range(start + 1, end - 1):
            if self.tokens[k] in _AIRED_ON and all(self.kind_at(i) == "network" for i in range(k + 1, end)):
                return k
        return end
