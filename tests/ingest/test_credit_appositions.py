"""Crew credits told beside a person rather than by a verb, with invented shows and people: one behaviour per
test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 3, 1)
OPENING = "Harbor Lights will return for a second season on April 4, Skyline announced on Monday. "


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_people_described_by_their_other_jobs_in_a_crew_list_all_share_the_role() -> None:
    records = found(
        OPENING
        + "The drama was co-created by Tidewater director Mara Quill and Ironbridge writer Tobias Fenn."
    )
    assert has(records, show="Harbor Lights", person="Mara Quill", role="creator")
    assert has(records, show="Harbor Lights", person="Tobias Fenn", role="creator")


def test_a_writer_described_as_the_series_creator_is_its_writer() -> None:
    records = found(
        OPENING + "Written by series creator Mara Quill, the first episode was directed by Lena Osk."
    )
    assert has(records, show="Harbor Lights", person="Mara Quill", role="writer")


def test_an_executive_producer_of_the_series_in_apposition_is_its_executive_producer() -> None:
    records = found(OPENING + "Odessa Vane, executive producer of the series, said the new season is darker.")
    assert has(records, show="Harbor Lights", person="Odessa Vane", role="executive_producer")


def test_a_former_role_in_apposition_is_no_credit() -> None:
    records = found(OPENING + "Odessa Vane, a former executive producer of the series, said it was darker.")
    assert not has(records, person="Odessa Vane", role="executive_producer")


def test_a_novelist_whose_name_ends_in_s_takes_the_bare_apostrophe() -> None:
    records = found(OPENING + "The series, inspired by Helga Moss' novel, follows a fishing town.")
    assert has(records, show="Harbor Lights", person="Helga Moss", role="novelist")


def test_people_a_show_is_co_created_with_are_its_creators() -> None:
    records = found(
        OPENING
        + "Tova Ring is co-creating and executive producing Harbor Lights with Ivo Sark and Dana Pell."
    )
    assert has(records, show="Harbor Lights", person="Ivo Sark", role="creator")
    assert has(records, show="Harbor Lights", person="Dana Pell", role="creator")
