"""A press release's line-up in capitals: a title heading, then "PREMIERE DATE: ..." below it.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

LINEUP = (
    "Hulu has announced its spring line-up, which includes the series Glass Harbor and Tin Wings.\n\n"
    "GLASS HARBOR SEASON 2\n\nPREMIERE DATE: APRIL 4, 2025\n\nGENRE: Drama series\n\n"
    "TIN WINGS\n\nPREMIERE DATE: MAY 2, 2025\n\nEPISODES: 8\n\n"
    "NOWHERE ROAD\n\nPREMIERE DATE: JUNE 1, 2025\n"
)


def test_a_capitals_heading_dates_the_title_the_prose_spells() -> None:
    found = extracted_records(LINEUP, dt.date(2025, 2, 1))
    assert has(found, type="release", show="Glass Harbor", season=2, date="2025-04-04")
    assert has(found, type="release", show="Tin Wings", date="2025-05-02")


def test_a_capitals_heading_the_prose_never_names_is_left_alone() -> None:
    found = extracted_records(LINEUP, dt.date(2025, 2, 1))
    assert not any("nowhere" in str(r.get("show", "")).lower() for r in found)
