"""A name followed by its actor in brackets is a character, never a title.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_the_return_of_a_character_with_her_actor_is_no_show() -> None:
    text = (
        "“Harbor Kin” is back this fall. Drew (Milo Hart) is thrilled about the return of Amy (Skye Dawn) "
        "from camp."
    )
    found = extracted_records(text, dt.date(2012, 9, 1))
    assert not has(found, type="show", title="Amy")
