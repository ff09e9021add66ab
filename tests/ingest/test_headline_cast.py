"""The cast a headline alone states ('"Title" season 2 to star A and B', "A to star in Title") about a title
the article covers, and the headlines that are not read that way (invented names throughout)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest.extract import extract_facts
from tests.ingest.helpers import extracted_records

PUBLISHED = dt.date(2024, 3, 1)


def actors(text: str, show: str) -> set[str]:
    """The actors credited on `show` in the facts extracted from `text`."""
    records: list[dict[str, Any]] = extracted_records(text, PUBLISHED)
    return {
        str(r["person"])
        for r in records
        if r["type"] == "credit" and r.get("show") == show and r.get("role") == "actor"
    }


def test_a_quoted_title_and_season_to_star_two_actors() -> None:
    text = (
        '"Fen Lights" season 2 to star Ilse Varga and Tomas Hale\n\n'
        "The anthology crime drama Fen Lights has found its new leads. Filming starts in May."
    )
    assert actors(text, "Fen Lights") == {"Ilse Varga", "Tomas Hale"}


def test_a_title_case_headline_with_a_list_of_three() -> None:
    text = (
        "'Fen Lights' Season 2 To Star Ilse Varga, Tomas Hale And Rosa Pell\n\n"
        "The crime drama Fen Lights returns with three new faces."
    )
    assert actors(text, "Fen Lights") == {"Ilse Varga", "Tomas Hale", "Rosa Pell"}


def test_a_person_to_star_in_a_covered_title() -> None:
    text = "Ilse Varga to star in Fen Lights\n\nThe actress joins the crime drama Fen Lights this spring."
    assert actors(text, "Fen Lights") == {"Ilse Varga"}


def test_a_headline_with_more_after_the_names_is_not_read() -> None:
    # "the Marsh Hollow actor" could be anything; only a bare list of names closes the shape.
    text = (
        "Fen Lights to star Ilse Varga, the Marsh Hollow actor\n\n"
        "The crime drama Fen Lights has found its lead. Marsh Hollow ended in 2020."
    )
    assert actors(text, "Marsh Hollow") == set()


def test_a_title_the_article_does_not_cover_gets_no_cast() -> None:
    text = "Fen Lights to star Ilse Varga\n\nIt was welcome news for the fans, who have waited a long time."
    assert actors(text, "Fen Lights") == set()


def test_an_article_whose_only_facts_are_its_headlines_cast_has_stated_facts() -> None:
    # The body names the cast only in passing; the headline over it is the article's claim and is saved.
    text = (
        '"Fen Lights" season 2 to star Ilse Varga and Tomas Hale\n\n'
        "Nobody expected the crime drama Fen Lights to go with these two, whose roles were confirmed today."
    )
    extraction = extract_facts(text, PUBLISHED)
    assert extraction.has_stated_facts()


def test_a_body_sentence_without_facts_under_a_factless_headline_states_nothing() -> None:
    text = "Fen Lights: thoughts on the drama\n\nNobody expected the crime drama Fen Lights to be this good."
    assert not extract_facts(text, PUBLISHED).has_stated_facts()
