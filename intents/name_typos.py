"""A character's or person's one-word name typed with one slip, in a question that names their show: "who
plays moraine in the wheel of time" (Moiraine).

The linker fuzzes a single word only against full one-word names: a surname or first name alone must match
exactly, or "marshals" would be Skye Marshall. Inside a question that names the show, though, a word one
keystroke from the first name or surname of someone credited on that show is that someone: the show narrows
the names to a few, so the slip cannot land on a stranger. Without a named show the word stays unknown.
"""

from __future__ import annotations

from rapidfuzz.distance import DamerauLevenshtein

from db.knowledge import Knowledge
from intents.linking import EntityIndex
from intents.text import fold

MIN_LENGTH = 6  # shorter words are short_name_typo's (one edit in three letters is another name)


def respelt_credited_name(word: str, show_ids: set[int], index: EntityIndex, kb: Knowledge) -> str | None:
    """The one name part (first name or surname) of someone credited on one of `show_ids` that `word`
    misspells by one keystroke, or None."""
    if len(word) < MIN_LENGTH or not word.isalpha():
        return None
    parts: set[str] = set()
    for show_id in show_ids:
        show = kb.shows.get(show_id)
        for credit in show.credits if show is not None else ():
            names = [credit.character or ""]
            person = kb.people.get(credit.person_id)
            names.append(person.name if person is not None else "")
            parts.update(p for name in names for p in fold(name).split() if p in index.names)
    close = {
        part
        for part in parts
        if part[0] == word[0] and DamerauLevenshtein.distance(word, part, score_cutoff=1) <= 1
    }
    return next(iter(close)) if len(close) == 1 else None
