"""Titles named only in a headline, behind a news label or in markdown italics (invented shows, people)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_title_named_only_in_the_headline_is_the_show_the_text_points_at() -> None:
    text = (
        "'Glass Orchard' Renewed for Season 3 at Hulu\n\n"
        "Hulu has given the family drama a third season, the streamer said on Tuesday."
    )
    records = found(text)
    assert has(records, type="descriptor", show="Glass Orchard", value="renewed for season 3")
    assert has(records, type="show", title="Glass Orchard", network="Hulu")


def test_a_headline_title_is_not_taken_when_the_text_never_points_at_a_show() -> None:
    text = "'Glass Orchard' Renewed for Season 3\n\nMara Quill said on Tuesday that she was thrilled."
    assert extract_facts(text, PUBLISHED).main_show is None


def test_a_title_before_a_lower_case_recap_label_is_the_show() -> None:
    text = (
        "Harbor Lights recap: the storm finally arrives\n\n"
        "This week's episode of the Showtime drama, written by Colm Ready, delivers the storm at last."
    )
    assert has(found(text), show="Harbor Lights", person="Colm Ready", role="writer")


def test_a_review_label_before_a_colon_is_no_part_of_the_title() -> None:
    text = (
        "Review: Quiet Meridian is the best new show of the summer. Created by Noor Haddad, it is an "
        "FX drama."
    )
    records = found(text)
    assert has(records, show="Quiet Meridian", person="Noor Haddad", role="creator")
    assert not has(records, show="Review: Quiet Meridian")


def test_a_title_in_markdown_italics_is_a_quoted_title() -> None:
    text = "*Paper Comets* returns to Max on Sept. 26. Season two adds Willa Grange as a rival astronomer."
    assert has(found(text), type="release", show="Paper Comets", date="2024-09-26")


def test_bold_markdown_is_not_read_as_a_title() -> None:
    text = "**Big News** Paper Comets returns to Max on Sept. 26 with new episodes."
    assert not has(found(text), show="Big News")
