"""A heading line that labels a season's day ("Ledgers Season 3 premiere: Tuesday, July 16 at 10pm") dates
that season's release, as the same label inside prose does. Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2013, 7, 12)


def test_a_season_label_on_its_own_heading_line_dates_the_season() -> None:
    text = (
        "What’s in store for Ledgers Season 3 premiere? Ann Bell interview\n\n"
        "Ledgers Season 3 premiere: Tuesday, July 16 at 10pm ET/PT\n"
        "USA Network’s top rated drama Ledgers returns for a third season and it looks like the feud between "
        "Rose Hale (Ann Bell) and Tom Fry (Ian Vale) is officially over."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Ledgers", season=3, date="2013-07-16")


def test_a_heading_without_a_label_dates_nothing() -> None:
    text = (
        "Ledgers Season 3 Is Coming Back With Tuesday Fights\n\n"
        "The cable drama Ledgers returns for a third season, and the feud between its two lawyers goes on."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="release", show="Ledgers", season=3)
