"""Who plays whom when the character comes first: "Y, played by X" after the show's name, "the botanist
whom X portrays", and a star's full-name bracket (invented names throughout)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)
FILLER = "\n\nIt was welcome news for the fans of the genre, who have waited a long time for it."


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text` (a closing line keeps a short text reading as English)."""
    return extracted_records(text + FILLER, PUBLISHED)


def test_a_character_played_by_an_actor_after_in_the_show() -> None:
    text = "In Pebble Reach, Hollis Crane, played by Dario Venn, keeps the light. The BBC drama is back."
    assert has(found(text), show="Pebble Reach", person="Dario Venn", character="Hollis Crane")


def test_the_shows_character_played_by_an_actor_drops_the_shows_name() -> None:
    text = "Pebble Reach's Hollis, played by Dario Venn, is back for the second season of the BBC drama."
    records = found(text)
    assert has(records, show="Pebble Reach", person="Dario Venn", character="Hollis")
    assert not has(records, character="Pebble Reach's Hollis")


def test_a_character_described_before_whom_an_actor_portrays() -> None:
    text = "Pebble Reach returns on BBC One on May 9. Hollis, the keeper whom Dario Venn portrays, is back."
    assert has(found(text), show="Pebble Reach", person="Dario Venn", character="Hollis")


def test_a_stars_full_name_bracket_is_the_role_not_other_work() -> None:
    text = "The CBS drama Orchid Lane stars Tamsin Rook (Della Moor) and Abel Fenn (Silas Moor)."
    records = found(text)
    assert has(records, show="Orchid Lane", person="Tamsin Rook", character="Della Moor")
    assert has(records, show="Orchid Lane", person="Abel Fenn", character="Silas Moor")
    assert not has(records, type="work", title="Della Moor")
