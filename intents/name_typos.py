"""Someone named by one word in a question that names their show: a first name fans use alone ("who does
kit play in heartstopper"), or a first name or surname typed with one slip ("who plays moraine in the wheel
of time").

The linker matches a person's first name nowhere, and fuzzes a single word only against full one-word names:
a surname or first name alone must match exactly, or "marshals" would be Skye Marshall. Inside a question
that names the show, though, the people and characters credited on that show are few: a word that is one of
their names, or one keystroke from one (in a word of six letters or more), is that someone. Without a named
show the word stays unknown.
"""

from __future__ import annotations

from rapidfuzz.distance import DamerauLevenshtein

from db.knowledge import Knowledge
from intents.text import fold

MIN_SLIP_LENGTH = 6  # shorter words must match exactly: one edit in three letters is another name
SURE_PREFIX = 4  # a long word whose first four letters are a name's may differ from it in two more
# Endings one name is spelt with interchangeably ("Abby", "Abbie", "Abbey"; "Toby", "Tobie"; "Charly").
NAME_ENDINGS = ("ie", "ey", "ee", "y", "i")
_STEM = 3  # letters before the ending that must agree: "ali" is no "aly"


def credited_full_name(word: str, show_ids: set[int], kb: Knowledge) -> list[str] | None:
    """The folded full name of the one person or character credited on one of `show_ids` that `word` names
    (a part of their name, or a slip from one), or None."""
    if not word.isalpha():
        return None
    allowed = slips_allowed(word)
    found: set[str] = set()
    for show_id in show_ids:
        show = kb.shows.get(show_id)
        for credit in show.credits if show is not None else ():
            person = kb.people.get(credit.person_id)
            for name in (credit.character, person.name if person is not None else None):
                words = fold(name or "").split()
                one_spelt_alike = len(words) == 1 and same_name_but_ending(word, words[0])
                if (len(words) > 1 or one_spelt_alike) and any(
                    near_name_part(word, p, allowed) for p in words
                ):
                    found.add(" ".join(words))
    return found.pop().split() if len(found) == 1 else None


def slips_allowed(word: str) -> int:
    """How many slips a word may have from a name part: one in a word of six letters or more, else none."""
    return 1 if len(word) >= MIN_SLIP_LENGTH else 0


def near_name_part(word: str, part: str, allowed: int) -> bool:
    """Whether `word` is the name part as typed, with at most `allowed` slips (two in the ending of a long
    word whose first four letters are right); the first letter is always right."""
    if part[0] != word[0]:
        return False
    if same_name_but_ending(word, part):
        return True
    if allowed and word[:SURE_PREFIX] == part[:SURE_PREFIX]:
        allowed = 2  # a slip in the ending, where names are spelt by ear: "charly" is Charlie
    return word == part or DamerauLevenshtein.distance(word, part, score_cutoff=allowed) <= allowed


def same_name_but_ending(word: str, part: str) -> bool:
    """Whether `word` is the name part with its ending spelt another way ("abbie" for Abby)."""
    return word != part and _stem(word) is not None and _stem(word) == _stem(part)


def _stem(word: str) -> str | None:
    ending = next((e for e in NAME_ENDINGS if word.endswith(e)), None)
    stem = word[: -len(ending)] if ending is not None else None
    return stem if stem is not None and len(stem) >= _STEM else None
