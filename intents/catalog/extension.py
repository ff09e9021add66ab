"""Extension: the catalog phrasings, cues and entity-kind orders an intent is extended (or made) with."""

from __future__ import annotations

from dataclasses import dataclass

from intents.registry import Subject

FILM_FIRST = ("show", "person", "tag")
PERSON_FIRST = ("person", "show", "tag")
# Extended intents answer about films and people; tags only through the catalog's own intents.
FILMS = ("show", "person")
PEOPLE = ("person", "show")
TAG_FIRST = ("tag", "person", "show")


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.strip().splitlines() if line.strip())


@dataclass(frozen=True)
class Extension:
    """Catalog phrasings and cues for an intent (existing or new) and how its questions are answered."""

    default: str  # the relation asked for when no cue word names one; "any" for all of a person's films
    prefer: tuple[str, ...]  # entity kinds, most likely first
    examples: tuple[str, ...]
    cues: tuple[str, ...] = ()
    outranks: tuple[str, ...] = ()  # intents whose cue bonus yields when this one's cues match
    sample: str = ""
    subject: Subject = Subject.ANY  # a new intent's subject; OWN when it links its own (a tag)
