"""What a composed question (a yes/no check, a chain, a comparison) works with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from db.knowledge import Knowledge, ShowFacts
from intents.answer import Answer, Source
from intents.resolve import Resolution

# Answers a plain sub-question ("who directed heartstopper season 3") in the same conversation and clock.
Ask = Callable[[str], Awaitable[Answer]]

# Endings that make any question a yes/no one ("hs3 netflix or nah").
YES_NO_TAILS = frozenset(
    {("or", "nah"), ("or", "not"), ("right",), ("or", "no"), ("yes", "no"), ("yn",), ("y", "n")}
)
AUXILIARIES = frozenset(
    "is are was were did does do has have will can could should would isnt didnt doesnt wasnt hasnt".split()
)


@dataclass(frozen=True)
class Composing:
    """One question being answered by composing one-hop answers."""

    tokens: list[str]
    res: Resolution
    kb: Knowledge
    today: dt.date
    show: ShowFacts | None  # the show the question is about: named, or from the conversation
    ask: Ask  # a one-hop sub-question
    ask_composed: Ask  # a rewritten question that may itself be composed (a yes/no after a chain)
    link: Callable[[list[str]], Resolution]  # links names in a part of the question
    tail_check: bool = False  # ended like a yes/no ("... or nah", "... right?") before fans' words went
    # What the last answered questions were about, newest first: (show id, season, intent).
    recent: tuple[tuple[int, int | None, str | None], ...] = ()

    def has(self, *words: str) -> bool:
        """True when any of the folded words or phrases occurs in the question."""
        joined = f" {' '.join(self.tokens)} "
        return any(f" {w} " in joined for w in words)

    @property
    def is_yes_no(self) -> bool:
        """Starts like a yes/no question ("is", "did", "has" ...)."""
        return self.tail_check or (bool(self.tokens) and self.tokens[0] in AUXILIARIES)

    def subject_words(self) -> str:
        """The named show and season as words, for a sub-question ("heartstopper season 3")."""
        parts: list[str] = []
        if self.res.shows:
            parts.append(self.res.shows[0].title)
        elif self.show is not None:
            parts.append(self.show.title)
        season = self.res.season
        if season is not None and season.number is not None:
            parts.append(f"season {season.number}")
        elif season is not None and season.latest:
            parts.append("the new season")
        return " ".join(parts)


def lead_with(
    lead: str, answer: Answer, *, intent: str | None = None, extra_sources: tuple[Source, ...] = ()
) -> Answer:
    """The answer with a sentence before it and the sources of both; the intent stays the fact's own."""
    sources = tuple(dict.fromkeys((*answer.sources, *extra_sources)))  # each article cited once
    return replace(
        answer, text=f"{lead} {answer.text}".strip(), intent=intent or answer.intent, sources=sources
    )


def verdict(yes: bool, lead: str, answer: Answer, intent: str) -> Answer:
    """A yes/no answer: the verdict first in text and in `answers`, then the fact that decided it."""
    checked = lead_with(lead, answer, intent=intent)
    return replace(checked, kind="answer", answers=("Yes" if yes else "No", *answer.answers))


def merged_sources(*answers: Answer) -> tuple[Source, ...]:
    """The sources of several answers, each article once, in order."""
    return tuple(dict.fromkeys(source for answer in answers for source in answer.sources))
