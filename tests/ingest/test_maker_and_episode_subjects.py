"""Who makes a show and when its episodes arrive, in wordings that name them indirectly: a title before its
maker's role is no maker ("hails from Yellow Creek co-creator Dan Holt"), "with A returning as showrunner",
and "All eight episodes arrive on May 7" for the show the paragraph is about.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 5)


def test_a_title_before_its_makers_role_is_no_creator() -> None:
    text = (
        "Quillon is set to premiere on Paramount+ on Sunday, Nov. 16. The Western drama hails from Copper "
        "Ridge co-creator Dana Holt."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="Copper Ridge")


def test_a_person_returning_as_showrunner_after_with_runs_the_show() -> None:
    text = "AMC has renewed its drama Quillon for a third season, with Tom Ward returning as showrunner."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quillon", person="Tom Ward", role="showrunner")


def test_all_of_a_shows_episodes_arriving_dates_its_release() -> None:
    text = (
        "Quillon first look\n\nHulu has unveiled the first images from Quillon, a new thriller starring Ana "
        "Fey. All eight episodes arrive on Hulu on May 7."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Quillon", date="2025-05-07")
