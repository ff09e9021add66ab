"""A premiere moved to a new day: the day after "to" holds, the one after "from" does not.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_moved_premieres_take_the_day_they_are_moved_to() -> None:
    text = (
        "Fox has pushed the premieres of Kitchen Wars and Bake Battle from May 29 to June 4. Kitchen Wars "
        "fans will have to wait."
    )
    found = extracted_records(text, dt.date(2012, 5, 2))
    assert has(found, type="release", show="Bake Battle", date="2012-06-04")
    assert not has(found, type="release", show="Bake Battle", date="2012-05-29")
