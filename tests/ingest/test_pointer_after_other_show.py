"""A paragraph that says "the show" right after a paragraph about another show.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

ARTICLE = (
    "Lifetime's drama FOLLOW, starring Penn Ash, has received a second season order. FOLLOW has been a "
    "hit with critics, and FOLLOW fans are thrilled.\n\n"
    "Amazon gave Homecall a two-season order in 2017. The show stars Julia Roe as a caseworker.\n\n"
    "We will learn more about Roe's character when the show drops on Amazon December 7."
)


def test_a_season_order_names_the_show_it_is_given_to() -> None:
    assert has(extracted_records(ARTICLE, dt.date(2018, 7, 26)), type="show", title="Homecall")


def test_the_show_with_someone_from_the_paragraph_before_is_that_show() -> None:
    found = extracted_records(ARTICLE, dt.date(2018, 7, 26))
    assert has(found, type="release", show="Homecall", date="2018-12-07")
    assert not has(found, type="release", show="FOLLOW", date="2018-12-07")


def test_the_show_with_no_clue_after_another_show_belongs_to_none() -> None:
    text = ARTICLE.replace("Roe's character", "the story")
    found = extracted_records(text, dt.date(2018, 7, 26))
    assert not has(found, type="release", date="2018-12-07")
