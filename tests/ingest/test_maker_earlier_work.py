"""A title named as the earlier work of the company behind a show is not placed on the show's network.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_the_company_behind_another_show_does_not_move_that_show() -> None:
    text = (
        "Hulu has announced its spring line-up, led by the comedy “Odd Powers”. “Odd Powers” returns for "
        "season 2 on March 6 on Hulu. It is produced by Sable Films, the production company behind "
        "“Crimson Eve”."
    )
    found = extracted_records(text, dt.date(2024, 2, 11))
    assert not has(found, type="show", title="Crimson Eve", network="Hulu")
