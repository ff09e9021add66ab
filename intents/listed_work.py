"""Who lists a title among their other work: a table made once per snapshot, not a walk over every person.

A catalog snapshot holds tens of thousands of people, a handful of whom have listed work; a question that
describes someone by a title ("the hidden director") looks the title up here instead of folding every
person's work each time.
"""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.snapshot_memo import PerSnapshot
from intents.text import fold_uncached

# folded title -> (person id, folded role) for each person whose listed work has that title
WorkTable = dict[str, tuple[tuple[int, str], ...]]
_TABLES: PerSnapshot[Knowledge, WorkTable] = PerSnapshot()


def people_listing(kb: Knowledge, title: str, marker: str) -> set[int]:
    """The people whose listed work is the folded title, in a role whose folded text holds the marker
    ("" for any role)."""
    return {person_id for person_id, role in _work_table(kb).get(title, ()) if marker in role}


def warm_listed_work(kb: Knowledge) -> None:
    """Build the snapshot's table now (a warm-up), not on the first question describing someone by a title."""
    _work_table(kb)


def _work_table(kb: Knowledge) -> WorkTable:
    # Once per snapshot: a loaded snapshot is never changed.
    return _TABLES.get(kb, lambda: _built_work_table(kb))


def _built_work_table(kb: Knowledge) -> WorkTable:
    table: dict[str, list[tuple[int, str]]] = {}
    for person in kb.people.values():
        for work in person.work:
            listing = (person.id, fold_uncached(work.role or ""))
            table.setdefault(fold_uncached(work.title), []).append(listing)
    return {title: tuple(pairs) for title, pairs in table.items()}
