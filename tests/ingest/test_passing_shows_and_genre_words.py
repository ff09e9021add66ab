"""A possessive title a verb follows, a show cancelled "the sitcom X" with "; it starred" after, a noir and a
drama pilot as kinds of show, "The Western" as a pointer, and French connectors inside a title."""

from __future__ import annotations

import datetime as dt

from ingest.sentences import split_sentences
from ingest.titles import candidate_counts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 11, 14)


def test_a_possessive_title_a_verb_follows_keeps_its_possessive() -> None:
    found = extracted_records(
        "Fox announced that St. Brigid's will return for its fourth season on Monday, Jan. 12. The hospital "
        "drama stars Lena Ostrova as Dr. Kit Mara.",
        PUBLISHED,
    )
    assert has(found, type="release", show="St. Brigid's", season=4, date="2026-01-12")


def test_a_show_cancelled_by_its_kind_keeps_its_status_and_the_cast_after_it() -> None:
    found = extracted_records(
        "The CW has axed Lantern Hall. The teen drama will not return for a fourth season. The network also "
        "canceled the sitcom Odd Socks after a single season; it starred Gus Harlan and Rena Voss.",
        PUBLISHED,
    )
    assert has(found, type="descriptor", show="Odd Socks", kind="status", value="canceled")
    assert has(found, type="credit", show="Odd Socks", person="Gus Harlan", role="actor")
    assert not has(found, type="credit", show="Lantern Hall", person="Gus Harlan")


def test_a_noir_is_a_kind_of_show() -> None:
    found = extracted_records(
        "There is a lot to like in Rip Current, Prime Video's new surf noir. Felix Amund, playing a "
        "washed-up pro named Cal Rees, has never been better.",
        PUBLISHED,
    )
    assert has(found, type="show", title="Rip Current", network="Prime Video")


def test_a_kind_of_shows_pilot_names_its_title_but_a_pilot_named_is_a_character() -> None:
    found = extracted_records(
        "Theo Vance has joined the second season of Peacock's Ridgeline.\n\nAnd CBS has tapped Kwame Asare "
        "to star in the procedural pilot Dead Water. Asare will play a coast guard investigator named Sam "
        "Keel.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Dead Water", person="Kwame Asare", role="actor")
    every, _strong = candidate_counts(split_sentences("Teo Marr joins as a stranded pilot named Carlo."))
    assert "Carlo" not in every


def test_the_western_opening_a_sentence_is_the_show_at_hand() -> None:
    found = extracted_records(
        "Season 4 of Copper Run will debut on Wednesday, August 6, with two episodes, AMC announced. The "
        "Western stars Ruben Castell as rancher Eli Marsh.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Copper Run", person="Ruben Castell", character="Eli Marsh")


def test_a_french_connector_stays_inside_a_title() -> None:
    found = extracted_records(
        "FX's kitchen comedy Mise en Scene returns for its third season on Wednesday with two episodes.",
        PUBLISHED,
    )
    assert has(found, type="show", title="Mise en Scene", network="FX")
    assert not has(found, type="show", title="Mise")


def test_a_networks_limited_series_is_named_by_its_kind() -> None:
    _every, strong = candidate_counts(
        split_sentences("She will next be seen in the Netflix limited series The Glass Daughter.")
    )
    assert "The Glass Daughter" in strong
