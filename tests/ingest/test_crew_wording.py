"""More ways published news words crew credits, with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 30)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_directing_from_someone_elses_script_is_a_directing_credit() -> None:
    text = "The Ferryman opens on May 3. Lena Osei directed from a script by Tom Varga."
    records = found(text)
    assert has(records, show="The Ferryman", person="Lena Osei", role="director")
    assert has(records, show="The Ferryman", person="Tom Varga", role="writer")


def test_a_script_that_is_by_someone_is_a_writing_credit() -> None:
    text = "The Ferryman opens on May 3. The script is by Tom Varga, and the film stars Ada Brell."
    assert has(found(text), show="The Ferryman", person="Tom Varga", role="writer")


def test_written_and_executive_produced_by_gives_both_roles() -> None:
    text = "Copper Gulls premieres on May 3. The series is written and executive produced by Iris Dunmore."
    records = found(text)
    assert has(records, show="Copper Gulls", person="Iris Dunmore", role="writer")
    assert has(records, show="Copper Gulls", person="Iris Dunmore", role="executive_producer")


def test_a_writer_director_is_both() -> None:
    text = (
        "Night Ferry opens in theaters on May 3. Bo Adler stars in Night Ferry, an adaptation of a thriller "
        "by writer-director Cass Rennick."
    )
    records = found(text)
    assert has(records, show="Night Ferry", person="Cass Rennick", role="writer")


def test_executive_producers_of_the_series_include_each_listed_person() -> None:
    text = (
        "Moon Ledger has been renewed for a third season. Executive producers of the fantasy series include "
        "Rhea Vance and Tom Okafor as well as Birchwood Films' Ola Grant."
    )
    records = found(text)
    for person in ("Rhea Vance", "Tom Okafor", "Ola Grant"):
        assert has(records, show="Moon Ledger", person=person, role="executive_producer")


def test_exec_produced_by_is_executive_producing_not_producing() -> None:
    text = "Moon Ledger starts in June. Moon Ledger will be exec produced by Rhea Vance alongside Tom Okafor."
    records = found(text)
    assert has(records, show="Moon Ledger", person="Rhea Vance", role="executive_producer")
    assert has(records, show="Moon Ledger", person="Tom Okafor", role="executive_producer")
    assert not has(records, show="Moon Ledger", person="Rhea Vance", role="producer")


def test_people_brought_in_by_with_doing_a_job_have_that_job() -> None:
    text = (
        "Cal Brody is set to star in Night Ferry, a series based on his sketch, with Ivo Lantz co-writing "
        "and directing and studio boss Mara Quist executive producing."
    )
    records = found(text)
    assert has(records, show="Night Ferry", person="Ivo Lantz", role="writer")
    assert has(records, show="Night Ferry", person="Ivo Lantz", role="director", note="set to direct")
    assert has(records, show="Night Ferry", person="Mara Quist", role="executive_producer")


def test_serving_as_creator_and_executive_producer_gives_the_producer_role() -> None:
    text = (
        "Copper Gulls season 2 premieres on Larkspur on May 3. Ines Hallorann serves as creator, executive "
        "producer and writer."
    )
    assert has(found(text), show="Copper Gulls", person="Ines Hallorann", role="executive_producer")


def test_someone_who_will_script_the_series_is_its_writer() -> None:
    text = (
        "Salt Lines is a new digital series. Bram Ekwueme, a writer on Tide Walkers, will script the series."
    )
    assert has(found(text), show="Salt Lines", person="Bram Ekwueme", role="writer")


def test_a_relative_clause_after_a_title_gives_its_makers_roles() -> None:
    text = (
        "“Tin Lantern,” a comedy about three sisters in Leeds which Ada Brell (“Salt”) wrote, directed and "
        "starred in, kicks off its first season on Larkspur on Sunday, April 15."
    )
    records = found(text)
    for role in ("writer", "director", "actor"):
        assert has(records, show="Tin Lantern", person="Ada Brell", role=role)


def test_a_title_described_right_after_it_is_the_sentences_show() -> None:
    text = (
        "Moon Ledger has been renewed for a third season. Last year the network canceled “Iron Tide,” a "
        "freshman drama from executive producers Rhea Vance and Tom Okafor, with Ola Grant of “Glass "
        "Harbour” serving as its showrunner."
    )
    records = found(text)
    assert has(records, show="Iron Tide", person="Ola Grant", role="showrunner")
    assert has(records, show="Iron Tide", person="Rhea Vance", role="executive_producer")
    assert not has(records, show="Moon Ledger", person="Ola Grant")


def test_reuniting_with_an_earlier_films_director_makes_them_this_ones_director() -> None:
    text = (
        "The Lamplighter opens in theaters on May 3. Ola Vance reunites with her Night Shift director, "
        "Tomas Ferrante, for The Lamplighter, a remake of the old drama."
    )
    assert has(found(text), show="The Lamplighter", person="Tomas Ferrante", role="director")


def test_starring_and_co_written_by_gives_both_roles() -> None:
    text = (
        "Birchwood's comedy slate grows. It includes Tin Lantern, starring and co-written by Mara Quist "
        "and Cal Brody; and Salt Lines, a sitcom from Rhea Vance. Tin Lantern starts in May."
    )
    records = found(text)
    for person in ("Mara Quist", "Cal Brody"):
        assert has(records, show="Tin Lantern", person=person, role="actor")
        assert has(records, show="Tin Lantern", person=person, role="writer")
