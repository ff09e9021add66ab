"""Shapes of published news the extractor used to miss (news30a): a nationality's word before the genre word
("the French thriller Réseau"); "deemed worthy of a second season"; a line-up's heading "coming up in 2026:
X"; "streams on Hulu from April 4"; a role's possessive with its actor's bracketed
after it ("Cora's (Elizabeth McGovern's) mother"); an award's word before a name ("Oscar-winner A").

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_nationality_word_before_the_genre_word() -> None:
    text = "Hulu has renewed the Greek drama Ostria for a third season. Eleni Vasos stars as a ferry captain."
    found = extracted_records(text, dt.date(2022, 1, 10))
    assert has(found, type="show", title="Ostria", network="Hulu")
    assert has(found, type="descriptor", show="Ostria", value="renewed for season 3")


def test_deemed_worthy_of_a_second_season_and_the_network_before_the_title() -> None:
    text = "Starz's first original comedy, Ferry Lane, was deemed worthy of an eight-episode second season."
    found = extracted_records(text, dt.date(2015, 3, 3))
    assert has(found, type="descriptor", show="Ferry Lane", value="renewed for season 2")
    assert has(found, type="show", title="Ferry Lane", network="Starz")


def test_a_line_up_heading_gives_its_show_a_year() -> None:
    text = (
        "BBC dramas coming up in 2027: Cold Harbour starring Ada Wynn\n\n"
        "Cold Harbour is an upcoming thriller about a lighthouse keeper. Ada Wynn plays the keeper's sister."
    )
    found = extracted_records(text, dt.date(2026, 11, 20))
    assert has(found, type="release", show="Cold Harbour", year=2027)


def test_a_heading_without_the_shape_gives_no_year() -> None:
    text = (
        "Our favourite dramas of 2026: Cold Harbour\n\n"
        "Cold Harbour is a thriller about a lighthouse keeper. Ada Wynn plays the keeper's sister."
    )
    found = extracted_records(text, dt.date(2026, 12, 20))
    assert not has(found, type="release", show="Cold Harbour", year=2026)


def test_streams_on_a_network_from_a_day() -> None:
    text = "Fennel Row is a comedy about a failing farm shop. The series streams on Peacock from May 2."
    found = extracted_records(text, dt.date(2023, 3, 1))
    assert has(found, type="release", show="Fennel Row", date="2023-05-02")


def test_a_role_possessive_with_its_actor_bracketed_and_an_award_word_before_a_name() -> None:
    text = (
        "Oscar-winner Della Frayne will join the cast of Hollins Park as Maud's (Ivy Carrow's) aunt when "
        "the period drama returns to PBS on January 8."
    )
    found = extracted_records(text, dt.date(2023, 9, 1))
    assert has(found, type="credit", show="Hollins Park", person="Ivy Carrow", character="Maud")
    assert has(found, type="credit", show="Hollins Park", person="Della Frayne", role="actor")
    assert not has(found, type="credit", person="Maud")


def test_a_roster_naming_its_show_brackets_each_role() -> None:
    text = (
        "The cast of Quarry Hill includes Dee Amos (Ruth Fell), Sol Varga (Sheriff Dunn) and Ivo Pratt. "
        "The western premieres on AMC on Sept. 1."
    )
    found = extracted_records(text, dt.date(2022, 8, 9))
    assert has(found, type="credit", show="Quarry Hill", person="Dee Amos", character="Ruth Fell")
    assert has(found, type="credit", show="Quarry Hill", person="Sol Varga", character="Sheriff Dunn")
    assert not any(r["type"] == "work" and r.get("title") == "Ruth Fell" for r in found)
