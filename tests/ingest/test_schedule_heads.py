"""A guide's entry head with network, slot and return day in one bracket: "X (NBC; Thursdays at 9 p.m.;
returns Sept. 11)".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_bracketed_return_day_is_the_release_on_that_network() -> None:
    text = (
        "Here is where our favourite shows left off.\n\n"
        "Harbor Kin (NBC; Thursdays at 9 p.m.; returns Sept. 13)\n\n"
        "Where We Left Off: Maya (Lena Shore) finally opened the bakery."
    )
    found = extracted_records(text, dt.date(2012, 9, 1))
    assert has(found, type="release", show="Harbor Kin", date="2012-09-13", network="NBC")
