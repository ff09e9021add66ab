"""The subject a later question of a message inherits from an earlier one: "in the show where Joe Locke
plays Charlie, who plays Nick and when is the new season" asks the last part of Heartstopper."""

from __future__ import annotations

from dataclasses import dataclass

from intents.answer import Answer
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.context import Composing
from intents.understand.pointing_words import SHOW_POINTERS


@dataclass(frozen=True)
class Subject:
    """The show (and season) an earlier question of the message was about."""

    title: str
    season: int | None


def names_a_subject(res: Resolution) -> bool:
    """Whether a question names what it is about itself: a show, a person, a character, or a title
    Marquee does not know."""
    return bool(res.shows or res.people or res.characters or res.unknown_title)


def subject_of(c: Composing, res: Resolution, answer: Answer) -> Subject | None:
    """The show a question named (or its character's), else the one its answer was about; None for
    neither."""
    season = res.season.number if res.season is not None else None
    if res.shows:
        return Subject(res.shows[0].title, season)
    show_id = res.characters[0].show_id if res.characters else answer.show_id
    show = c.kb.shows.get(show_id) if show_id is not None and answer.kind == "answer" else None
    return Subject(show.title, season) if show is not None else None


def about_subject(question: str, res: Resolution, subject: Subject) -> str:
    """The question about the inherited subject: its "it" becomes the title, or the title (and the season
    the earlier question named, when it names none) is added at its end."""
    words = question.split()
    title = fold(subject.title).split()
    at = next((i for i, w in enumerate(words) if w in SHOW_POINTERS), None)
    words = [*words[:at], *title, *words[at + 1 :]] if at is not None else [*words, *title]
    newer = " ".join(words)
    for one in _ANOTHER_ONE:
        newer = newer.replace(one, "the new season")  # "... and who's doing the new one": not the same season
    if newer != " ".join(words):
        return newer
    if res.season is None and subject.season is not None:
        words += ["season", str(subject.season)]
    return " ".join(words)


# A season other than the one asked before: "who did s1 and s2 and who's doing the new one".
_ANOTHER_ONE = ("the new one", "the next one", "the latest one", "the newest one", "the upcoming one")
