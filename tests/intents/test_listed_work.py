"""Who lists a title among their other work, looked up in the snapshot's table."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts, WorkFact
from intents.listed_work import people_listing


def _snapshot() -> Knowledge:
    kb = Knowledge()
    kb.people[1] = PersonFacts(1, "Ada Director", None)
    kb.people[1].work.append(WorkFact("Hidden!", None, "Directed", None, None, None, 1))
    kb.people[2] = PersonFacts(2, "Bo Writer", None)
    kb.people[2].work.append(WorkFact("Hidden", None, "Written by", None, None, None, 1))
    return kb


def test_a_title_is_found_folded_in_the_role_asked() -> None:
    assert people_listing(_snapshot(), "hidden", "direct") == {1}


def test_no_role_marker_finds_everyone_listing_the_title() -> None:
    assert people_listing(_snapshot(), "hidden", "") == {1, 2}


def test_each_snapshot_has_its_own_table() -> None:
    first, second = _snapshot(), _snapshot()
    second.people[3] = PersonFacts(3, "Cy Creator", None)
    second.people[3].work.append(WorkFact("Hidden", None, "Created", None, None, None, 1))
    assert people_listing(first, "hidden", "creat") == set()
    assert people_listing(second, "hidden", "creat") == {3}
