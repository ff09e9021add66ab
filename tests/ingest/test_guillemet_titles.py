"""Titles quoted with guillemets («Title») are read like titles in English quotes.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.sentences import plain_quotes
from tests.ingest.helpers import extracted_records, has

TEXT = (
    "«Marrow Lane» season 2: release date\n\n"
    "Will «Marrow Lane» come back? The second season of «Marrow Lane» did well, and the project is "
    "renewed for season 3 (ten episodes)."
)


def test_a_guillemet_quoted_title_is_the_article_subject() -> None:
    assert has(extracted_records(TEXT, dt.date(2021, 4, 2)), type="show", title="Marrow Lane")


def test_the_project_points_back_at_the_show_renewed() -> None:
    found = extracted_records(TEXT, dt.date(2021, 4, 2))
    assert has(found, type="descriptor", show="Marrow Lane", kind="status", value="renewed for season 3")


def test_a_lone_guillemet_is_no_quote() -> None:
    assert plain_quotes("News » Television") == "News » Television"
