"""A production company's short name standing where a title would is no show."""

from __future__ import annotations

import datetime as dt

from ingest.company_names import names_a_company
from tests.ingest.helpers import extracted_records, has

_ARTICLE = (
    "Channel Nine Orders More Harbor Ward\n\n"
    "Channel Nine has renewed its medical drama HARBOR WARD, a co-production with Pinegate starring "
    "Mara Quill, for a second season. HARBOR WARD premiered Tuesday, May 5 to strong reviews. "
    "The series is a co-production of Channel Nine Networks Inc. and Pinegate Television and was created "
    "by Tomas Wren and Ida Fell."
)


def test_a_studio_named_before_starring_is_no_show() -> None:
    found = extracted_records(_ARTICLE, dt.date(2020, 5, 8))
    assert not has(found, type="show", title="Pinegate")
    assert not any(r.get("show") == "Pinegate" for r in found)


def test_the_creators_after_the_studio_credit_go_to_the_show() -> None:
    found = extracted_records(_ARTICLE, dt.date(2020, 5, 8))
    assert has(found, type="credit", show="Harbor Ward", person="Tomas Wren", role="creator")


def test_a_title_before_a_medium_word_is_no_company() -> None:
    assert names_a_company("Pinegate", "a deal with Pinegate Television")
    assert not names_a_company("Dune", "the Dune Television series")
    assert not names_a_company("Dune", "the Dune TV series")
