"""A catalog person called by surname alone, as fans call directors and stars: "nolan films from 2010",
"what was spielberg's first movie", "films by tarantino".

The name table keeps no catalog surnames (a 40,000-film catalog would drown in them), so this reading is
asked only when a catalog question links no name at all. A surname names the one catalog person who holds it
with clearly the most films, each film tagged with their name counted `TAGGED` times over (fans tag the films
of the makers they call by surname: "nolan" is Christopher Nolan, not Lloyd Nolan of nine 1940s films): at
least `MIN_FILMS`, and `LEAD` times the count of anyone else of that surname. A surname that is an everyday
word ("stone", "king"), or a name or title of its own, names no one here.
"""

from __future__ import annotations

from collections import defaultdict

from db.knowledge import Knowledge
from intents.catalog.paths import ValueKind
from intents.linking import EntityIndex
from intents.names import EntityRef
from intents.ordinary_words import everyday
from intents.snapshot_memo import PerSnapshot
from intents.text import STOPWORDS, fold
from intents.word_surnames import WORD_SURNAMES

MIN_FILMS = 4
LEAD = 2
TAGGED = 2
_COUNT_WORDS = frozenset({"many", "number"})  # "how many films", "the number of films": a count asked
_SHORTEST = 4  # letters: "lee", "ray" are too often other words or other people
_TABLES: PerSnapshot[EntityIndex, dict[str, EntityRef]] = PerSnapshot()


def surname_person(index: EntityIndex, kb: Knowledge, word: str) -> EntityRef | None:
    """The catalog person a folded word names as a surname ("nolan", or "nolans" said as a possessive), or
    None."""
    if len(word) < _SHORTEST or word in STOPWORDS:
        return None
    table = surname_table(index, kb)
    found = table.get(word)
    if found is None and word.endswith("s"):
        found = table.get(word[:-1])
    return found


def surname_table(index: EntityIndex, kb: Knowledge) -> dict[str, EntityRef]:
    """Folded surname -> the catalog person it names, built once per index (about 250 ms with the 43k-entity
    catalog: the warm-up builds it, not the first question naming someone by surname)."""
    return _TABLES.get(index, lambda: _table(index, kb))


def surname_topic(
    index: EntityIndex, kb: Knowledge, tokens: list[str], frame: frozenset[str]
) -> tuple[int, int, ValueKind, list[EntityRef]] | None:
    """The person the one word of the question that is no `frame` word (question, relation or stop word) and
    no number names by surname, as a chain's topic; None when no such word, or more than one, stands there."""
    # "how many films did kubrick direct": the count asked is no name
    content = [
        at
        for at, word in enumerate(tokens)
        if word not in frame and word not in _COUNT_WORDS and not word.isdigit()
    ]
    found = surname_person(index, kb, tokens[content[0]]) if len(content) == 1 else None
    return None if found is None else (content[0], content[0] + 1, ValueKind.PERSON, [found])


def _table(index: EntityIndex, kb: Knowledge) -> dict[str, EntityRef]:
    counts: dict[str, list[tuple[int, EntityRef]]] = defaultdict(list)
    for person in kb.people.values():
        parts = fold(person.name).split()
        if len(parts) < 2 or ("person", person.id) not in index.catalog_only:
            continue
        surname = parts[-1]
        if len(surname) >= _SHORTEST and surname.isalpha():
            films = {c.show_id for c in person.credits}
            tags = kb.descriptor_index
            tagged = films & {*tags.get(("tag", person.name.lower()), ()), *tags.get(("tag", surname), ())}
            counts[surname].append(
                (len(films) + TAGGED * len(tagged), EntityRef("person", person.id, person.name))
            )
    table: dict[str, EntityRef] = {}
    for surname, held in counts.items():
        if surname in index.names or surname in WORD_SURNAMES or surname in STOPWORDS or everyday(surname):
            continue
        held.sort(key=lambda h: -h[0])
        most = held[0][0]
        runner_up = held[1][0] if len(held) > 1 else 0
        if most >= MIN_FILMS and most >= LEAD * runner_up:
            table[surname] = held[0][1]
    return table
