"""An interview about staying on a show: the departure wording names the show, and a role held "since" a year
is still that actor's role."""

from __future__ import annotations

import datetime as dt

from ingest.sentences import split_sentences
from ingest.titles import candidate_counts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 12)


def test_a_departure_said_in_a_shows_measures_of_time_names_the_show() -> None:
    found = extracted_records(
        "Holly Kerr won't be leaving Marsh End anytime soon. \"Maggie isn't done yet,\" the actress told "
        "Deadline, confirming that she will be back for the ITV soap's next run. Kerr has played Maggie Dunn "
        "since 2019.",
        PUBLISHED,
    )
    assert has(found, type="show", title="Marsh End", network="ITV")
    assert has(found, type="credit", show="Marsh End", person="Holly Kerr", character="Maggie Dunn")


def test_leaving_a_place_names_no_show() -> None:
    every, _strong = candidate_counts(split_sentences("She is leaving London for a new life in Lisbon."))
    assert "London" not in every


def test_a_role_held_since_a_year_is_the_actors_role() -> None:
    found = extracted_records(
        "ITV has renewed Marsh End for a ninth series. Holly Kerr plays Maggie Dunn since the first episode, "
        "and Ben Ola has played Tom Hale since 2021.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Marsh End", person="Ben Ola", character="Tom Hale")
