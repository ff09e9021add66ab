"""A film said as someone's: "what year was spielberg's jaws released", "who starred in steven spielberg's
jaws". Fans name a film by its maker to say which one they mean; the maker is no part of what is asked, so
the possessor's words are dropped from the message when that person is credited on the catalog film named
right after them. Read before anything else reads the message: "Spielberg Jaws" is no title nobody knows.
"""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.catalog.surnames import surname_person
from intents.linking import MAX_NAME_TOKENS, EntityIndex
from intents.names import EntityRef
from intents.text import fold

_MOST_OWNER_WORDS = 3  # "steven spielberg", "guillermo del toro"
_SHORTEST = 5  # letters of a possessive word as folded ("nolans"): shorter ones are plurals or other words
_WORD = re.compile(r"\S+")


def without_film_owner(index: EntityIndex, kb: Knowledge, text: str) -> str:
    """The message with a possessor before a catalog film dropped ("spielberg's jaws" -> "jaws") when that
    person is credited on the film; the message unchanged when it holds no such possessive."""
    if not index.catalog_only or ("'" not in text and "’" not in text):
        return text  # no catalog, or no possessive written: nothing to drop (most questions)
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [fold(text[a:b]) for a, b in spans]
    for at, word in enumerate(words[:-1]):
        if len(word) < _SHORTEST or not word.endswith("s") or " " in word:
            continue
        films = _films_from(index, words, at + 1)
        if not films:
            continue
        # "spielberg's" folds to "spielbergs"; "tom hanks'" to "hanks": the name with its s, or without
        said = (word[:-1], word) if text[spans[at][1] - 1] in "'’" else (word[:-1],)
        starts = range(max(0, at - _MOST_OWNER_WORDS + 1), at + 1)
        if any(_titled_through(index, words, start, at) for start in starts):
            continue  # "mary shelley's frankenstein": the possessive is the title's own
        for start, last in ((s, w) for s in starts for w in said):
            owners = _owners(index, kb, [*words[start:at], last], word)
            credited = {c.show_id for p in owners if p.id in kb.people for c in kb.people[p.id].credits}
            if credited & {f.id for f in films}:
                return text[: spans[start][0]] + text[spans[at + 1][0] :]
    return text


def _owners(index: EntityIndex, kb: Knowledge, name: list[str], word: str) -> list[EntityRef]:
    """The people the words name: a full name, or a surname alone ("spielberg")."""
    people = [r for r in index.refs(" ".join(name)) if r.kind == "person"]
    if people or len(name) > 1:
        return people
    found = surname_person(index, kb, word)
    return [found] if found is not None else []


def _titled_through(index: EntityIndex, words: list[str], start: int, at: int) -> bool:
    """Whether a title starts at `start` and runs past the possessive word at `at` ("Mary Shelley's
    Frankenstein", "Ocean's Eleven"): then nobody's film is named, the title is."""
    for end in range(min(len(words), start + MAX_NAME_TOKENS), at + 1, -1):
        key = " ".join(w.strip("?!.,") for w in words[start:end])
        if any(r.kind == "show" for r in index.refs(key)):
            return True
    return False


def _films_from(index: EntityIndex, words: list[str], start: int) -> list[EntityRef]:
    """The catalog films whose title starts at `start`, longest title first."""
    for end in range(min(len(words), start + MAX_NAME_TOKENS), start, -1):
        key = " ".join(w.strip("?!.,") for w in words[start:end])
        films = [r for r in index.refs(key) if r.kind == "show" and ("show", r.id) in index.catalog_only]
        if films:
            return films
    return []
