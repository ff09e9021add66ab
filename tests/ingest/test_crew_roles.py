"""Crew credits: which words make someone a director, writer, producer, showrunner or novelist.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_director_of_photography_is_no_director() -> None:
    text = (
        "Frankenstein premieres on Netflix on Nov. 7. Alexandre Desplat composed the score, and Dan Laustsen "
        "served as director of photography."
    )
    assert not has(records(text), role="director")


def test_a_companys_possessive_in_a_producer_list_is_no_role() -> None:
    text = (
        "Peacock renewed “The Paper” for a second season. Greg Daniels executive produces with "
        "Ricky Gervais, as well as Banijay Americas’ Howard T. Owens."
    )
    assert not has(records(text), role="actor")


def test_took_over_as_showrunner() -> None:
    text = "“Daredevil: Born Again” returns in March. Dario Scardapane, who took over as showrunner, returns."
    assert has(records(text), person="Dario Scardapane", role="showrunner")


def test_a_describing_word_before_a_writers_name() -> None:
    text = "“The Hollow Tide” begins on ITV1 in March. The series was written by newcomer Hannah Greer."
    assert has(records(text), person="Hannah Greer", role="writer")


def test_people_listed_as_executive_producers() -> None:
    text = (
        "“The Hollow Tide” begins on ITV1 in March, with Belinda Campbell and Alex Jones as executive "
        "producers."
    )
    assert has(records(text), person="Alex Jones", role="executive_producer")


def test_an_adaptation_of_an_authors_title_names_the_show_and_its_novelist() -> None:
    text = (
        "Maya Stone and Leo Park will star in an adaptation of Helen Crane’s The Winter Garden, written by "
        "Ruth Bell. Filming has begun on the series."
    )
    found = records(text)
    assert has(found, type="credit", show="The Winter Garden", person="Helen Crane", role="novelist")
    assert has(found, type="credit", show="The Winter Garden", person="Maya Stone", role="actor")


def test_created_for_a_network_by_names_the_creator() -> None:
    text = (
        "The Long Stair arrives on HBO Max on Thursday, May 5. Created for HBO Max by Ana Ruiz (Dark Lake), "
        "it is a true-crime drama."
    )
    assert has(records(text), show="The Long Stair", person="Ana Ruiz", role="creator")


def test_a_cast_including_and_someone_running_the_show() -> None:
    text = (
        "HBO's Night Garden premieres on October 20. Aside from Kim Lutz running the show, Night Garden also "
        "features a fine cast including Dana Holt, Reed Moss and Ian Vey."
    )
    found = records(text)
    assert has(found, show="Night Garden", person="Kim Lutz", role="showrunner")
    assert has(found, show="Night Garden", person="Reed Moss", role="actor")


def test_an_adaptation_of_an_authors_dated_novel_names_no_title() -> None:
    text = (
        "Guillermo Reyes wrote and directed the film Glass Heart, his adaptation of Mary Vane’s 1818 novel. "
        "The film arrives on Netflix on November 7."
    )
    found = records(text)
    assert not has(found, type="show", title="1818")
    assert not has(found, type="show", title="Mary")
