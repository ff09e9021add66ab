"""Typed, immutable results of extraction: one ExtractedFact per future JSONL fact record."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

# A field value as it will appear in the JSON fact record.
FieldValue = str | int | float | None | tuple[str, ...]


class IngestError(ValueError):
    """Input that cannot be ingested (empty, binary, not English, too large), with a message for the admin."""


class FactKind(enum.StrEnum):
    """The JSONL record type a fact becomes (see db/importers/jsonl.py)."""

    SHOW = "show"
    RELEASE = "release"
    SEASON = "season"
    CREDIT = "credit"
    RATING = "rating"
    AWARD = "award"
    WORK = "work"
    PERSON = "person"
    DESCRIPTOR = "descriptor"


@dataclass(frozen=True, slots=True)
class ExtractedFact:
    """One fact: its record type, the record's fields, the sentence it came from and how sure we are (0-1)."""

    kind: FactKind
    fields: tuple[tuple[str, FieldValue], ...]
    sentence: str
    confidence: float

    def get(self, name: str) -> FieldValue:
        """The value of field `name`, or None."""
        for key, value in self.fields:
            if key == name:
                return value
        return None

    def as_dict(self) -> dict[str, FieldValue]:
        """The fields as a dict, without empty values."""
        return {k: v for k, v in self.fields if v is not None and v != ()}

    def identity(self) -> tuple[object, ...]:
        """What makes two facts the same claim (sentence and confidence aside)."""
        return (self.kind, tuple(sorted((k, v) for k, v in self.fields if v is not None)))


def fact(record_type: FactKind, sentence: str, confidence: float, /, **fields: FieldValue) -> ExtractedFact:
    """Build a fact, dropping fields that are None, in a stable field order."""
    person = fields.get("person")
    if isinstance(person, str) and person.startswith(("Sir ", "Dame ")) and len(person.split()) > 2:
        fields["person"] = person.split(" ", 1)[1]  # "Sir Ben Kingsley" is credited as Ben Kingsley
    items = tuple((k, v) for k, v in fields.items() if v is not None)
    return ExtractedFact(record_type, items, sentence, round(max(0.0, min(1.0, confidence)), 2))


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything taken from one article."""

    facts: tuple[ExtractedFact, ...]
    main_show: str | None
    published: dt.date | None
    headline: str | None
    fingerprint: str
    sentences: int
    # Sentences that raised inside an extractor: skipped, reported, never fatal.
    problems: tuple[str, ...] = field(default=())

    def has_stated_facts(self) -> bool:
        """Does some sentence of the article state a fact a fan could ask about? A bare title, or a season
        inferred from what the article is about, says nothing on its own. The headline's own tight shapes
        ('"Harrow Lane" season 3 to star A and B') count once the article has more than its headline: a
        headline alone is a claim without its article, a headline over its article is the article's claim."""
        return any(
            f.sentence
            and (f.sentence != self.headline or self.sentences > 1)
            and (f.kind != FactKind.SHOW or f.get("network"))
            for f in self.facts
        )

    def of_kind(self, kind: FactKind) -> list[ExtractedFact]:
        """The facts of one kind, in article order."""
        return [f for f in self.facts if f.kind == kind]
