"""The value every question produces, whatever the platform that renders it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from intents.text import neutralize_mentions


@dataclass(frozen=True, slots=True)
class Source:
    """The article a fact came from."""

    outlet: str
    title: str
    url: str | None
    published: dt.date | None

    def cite(self) -> str:
        """A one-line citation: outlet, title and date."""
        date = f", {self.published:%b} {self.published.day}, {self.published.year}" if self.published else ""
        return f"{self.outlet}: “{self.title}”{date}"


# What a reply is: a confident answer, a "did you mean", no facts or no intent, help, or unusable input.
AnswerKind = Literal["answer", "clarify", "unknown", "help", "invalid"]


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply: plain text plus the structured values behind it.

    kind is "answer" (a confident answer), "clarify" (did you mean), "unknown" (no facts or no intent),
    "help", or "invalid" (empty or unusable input). `points_to_help` asks the platform to add how to get help
    there (Discord: its help command; the terminal: its own), which the platform-neutral text never names.
    """

    text: str
    kind: AnswerKind = "answer"
    intent: str | None = None
    confidence: float = 0.0
    answers: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    suggestions: tuple[str, ...] = ()
    title: str | None = None
    fields: tuple[tuple[str, str], ...] = field(default=())
    show_id: int | None = None
    points_to_help: bool = False

    def __post_init__(self) -> None:
        # The last line of defence on every surface: whatever a handler quoted, no reply forms a mention.
        for name in ("text", "title"):
            value = getattr(self, name)
            if value and ("@" in value or "<" in value):
                object.__setattr__(self, name, neutralize_mentions(value))
        if any("@" in s or "<" in s for s in self.suggestions):
            object.__setattr__(self, "suggestions", tuple(neutralize_mentions(s) for s in self.suggestions))
        if any("@" in n + v or "<" in n + v for n, v in self.fields):
            fields = tuple((neutralize_mentions(n), neutralize_mentions(v)) for n, v in self.fields)
            object.__setattr__(self, "fields", fields)

    def text_with_help(self, pointer: str) -> str:
        """The text, then `pointer` (this platform's "how to get help" sentence) when it asks for one."""
        return f"{self.text} {pointer}" if self.points_to_help else self.text

    def to_json(self, question: str) -> dict[str, object]:
        """The batch/JSON form: question, intent, confidence, answers, text, suggestions, sources."""
        return {
            "question": question,
            "intent": self.intent,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "answers": list(self.answers),
            "text": self.text,
            "suggestions": list(self.suggestions),
            "sources": [
                {
                    "outlet": s.outlet,
                    "title": s.title,
                    "url": s.url,
                    "published": s.published.isoformat() if s.published else None,
                }
                for s in self.sources
            ],
        }
