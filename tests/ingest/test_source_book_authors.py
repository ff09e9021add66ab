"""A show's source book named with its author's name in front of it or after 'novels of'."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_author_named_before_the_novel_the_show_comes_from() -> None:
    text = (
        "“Harbor Lights,” the new Apple TV+ drama about a fishing town, is winning over reviewers. The saga "
        "comes from the Ruth Okafor novel of the same name and follows Mina across four decades."
    )
    found = extracted_records(text, dt.date(2021, 4, 2))
    assert has(found, type="credit", show="Harbor Lights", person="Ruth Okafor", role="novelist")


def test_author_after_the_novels_with_a_description_between() -> None:
    text = (
        "Netflix has picked up the mystery series Cold Range. The series is drawn from the original novels "
        "of Montana rancher and former teacher Dale Whitcomb."
    )
    found = extracted_records(text, dt.date(2021, 4, 2))
    assert has(found, type="credit", show="Cold Range", person="Dale Whitcomb", role="novelist")


def test_an_adverb_opening_a_dated_sentence_is_no_show() -> None:
    text = (
        "Hulu has ordered Tidewater Kids, a fantasy series. Back in March, the series adaptation of the "
        "Ada Brandt book series was ordered from the streamer."
    )
    found = extracted_records(text, dt.date(2021, 4, 2))
    assert not any(r.get("show") == "Back" or r.get("title") == "Back" for r in found)
    assert has(found, type="credit", show="Tidewater Kids", person="Ada Brandt", role="novelist")
