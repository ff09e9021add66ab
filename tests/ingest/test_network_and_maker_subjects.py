"""A title known by what a network does with it or by who made it, with no other title context around
(invented names throughout)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)
FILLER = "\n\nIt was welcome news for the fans of the genre, who have waited a long time for it."


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text` (a closing line keeps a short text reading as English)."""
    return extracted_records(text + FILLER, PUBLISHED)


def test_a_networks_original_is_a_show_on_it() -> None:
    text = "The Peacock original Velvet Quarry comes back for a third season on October 4."
    records = found(text)
    assert has(records, type="show", title="Velvet Quarry", network="Peacock")
    assert has(records, type="release", show="Velvet Quarry", season=3, date="2024-10-04")


def test_three_shows_renewed_in_one_list_are_each_renewed() -> None:
    text = "Hulu renewed Lantern Bay, Quill Street and Moss Hollow on Wednesday."
    records = found(text)
    for title in ("Lantern Bay", "Quill Street", "Moss Hollow"):
        assert has(records, type="descriptor", show=title, value="renewed")


def test_a_title_that_airs_on_a_network_in_a_which_clause_is_the_show() -> None:
    text = "Tin Meadow, which streams on Paramount+, returns on November 12."
    records = found(text)
    assert has(records, type="show", title="Tin Meadow", network="Paramount+")
    assert has(records, type="release", show="Tin Meadow", date="2024-11-12")


def test_a_title_created_by_someone_between_commas_is_the_show() -> None:
    text = "Ash Parade, created and written by Noor Batali, premieres on Starz on December 6."
    records = found(text)
    assert has(records, show="Ash Parade", person="Noor Batali", role="creator")
    assert has(records, type="release", show="Ash Parade", date="2024-12-06")


def test_a_title_with_a_showrunner_on_it_is_the_show() -> None:
    text = "Kelso Vane will serve as showrunner on Brine Coast, which Netflix ordered to series in June."
    assert has(found(text), show="Brine Coast", person="Kelso Vane", role="showrunner")


def test_a_title_premiering_on_a_network_is_the_show() -> None:
    text = "Ember Row premieres on FX on September 18. The thriller follows two rival chefs."
    records = found(text)
    assert has(records, type="show", title="Ember Row", network="FX")
    assert has(records, type="release", show="Ember Row", date="2024-09-18")


def test_a_title_slated_for_a_release_is_the_show() -> None:
    text = "Ember Row is slated for a September 18 release on FX."
    assert has(found(text), type="release", show="Ember Row", date="2024-09-18")


def test_a_character_role_landed_names_the_show_after_in() -> None:
    text = "Priya Salt has landed the role of Wren in Gull Harbor, the Apple TV+ drama that opens October 3."
    records = found(text)
    assert not has(records, type="show", title="Wren in Gull Harbor")
    assert has(records, show="Gull Harbor", person="Priya Salt", character="Wren")


def test_a_broadcasters_drama_strand_is_no_show() -> None:
    text = "Fen Cottage, a four-part mystery, comes to PBS's Masterpiece in the spring, the broadcaster said."
    records = found(text)
    assert not has(records, type="show", title="Masterpiece")
    assert has(records, type="show", title="Fen Cottage", network="PBS")


def test_each_bracketed_entry_of_a_list_keeps_its_own_date() -> None:
    text = (
        "Tin Meadow leads the slate. The others are Ash Parade (which returns with its second season), "
        "Rowan Hale (which debuts October 30th), and Fen Cottage (which lands in early 2025)."
    )
    records = found(text)
    assert has(records, type="release", show="Rowan Hale", date="2024-10-30")
    assert not has(records, type="release", show="Ash Parade", date="2024-10-30")


def test_the_last_letter_of_a_network_before_a_full_stop_is_no_initial() -> None:
    text = "Ash Parade has been cancelled after two seasons at NBC. Okafor and Mina Tell were its producers."
    assert not any(r.get("person") == "C. Okafor" for r in found(text))


def test_a_day_opening_the_sentence_then_a_network_debuting_the_show() -> None:
    text = "On October 9, Showtime will debut Gull Harbor, a thriller about a missing pilot."
    assert has(found(text), type="release", show="Gull Harbor", date="2024-10-09", network="Showtime")


def test_a_title_confirmed_in_passing_with_a_which_clause_giving_its_day() -> None:
    text = "Starz also confirmed Ash Parade, which returns October 9 for its second season."
    assert has(found(text), type="release", show="Ash Parade", season=2, date="2024-10-09")
