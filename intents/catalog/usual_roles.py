"""The role a catalog person is asked of when a question names none: "a film by X" is one X directed, when X
directs at all; otherwise the role X is credited in most."""

from __future__ import annotations

from collections import Counter

from db.knowledge import Knowledge
from intents.catalog.paths import CatalogRelation
from intents.names import EntityRef
from intents.snapshot_memo import SnapshotMemo

# The catalog credit roles and the relation each is asked by.
CREDITED_ROLES = {
    "director": CatalogRelation.DIRECTED_BY,
    "writer": CatalogRelation.WRITTEN_BY,
    "actor": CatalogRelation.STARRED_ACTORS,
}


def role_of(kb: Knowledge, refs: list[EntityRef], before: str) -> CatalogRelation | None:
    """The person's usual role, as a question naming none means it (`before`: the word before the name)."""
    # "a film by X" is one X directed, when X directs at all; otherwise what X is credited for most.
    # Both read only the people's credits, which a snapshot never changes: counted once per snapshot.
    by = before == "by"
    return _ROLES_MEMO.get(kb, (tuple(r.id for r in refs), by), lambda: _usual_role(kb, refs, by))


def _usual_role(kb: Knowledge, refs: list[EntityRef], by: bool) -> CatalogRelation | None:
    directs = any(c.role == "director" for r in refs if r.id in kb.people for c in kb.people[r.id].credits)
    return CatalogRelation.DIRECTED_BY if by and directs else main_role(kb, refs)


_ROLES_MEMO: SnapshotMemo[tuple[tuple[int, ...], bool], CatalogRelation | None] = SnapshotMemo(8192)


def main_role(kb: Knowledge, refs: list[EntityRef]) -> CatalogRelation | None:
    """The role a person is credited in most often (actor on a tie with directing or writing)."""
    counts = Counter(c.role for r in refs if r.id in kb.people for c in kb.people[r.id].credits)
    ranked = sorted(counts, key=lambda role: (-counts[role], role != "actor"))
    return next((CREDITED_ROLES[role] for role in ranked if role in CREDITED_ROLES), None)
