"""Where a show airs and when, said beside its title: brackets, appositives, a network premiering it."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 3, 10)


def test_each_roundup_entry_with_a_day_and_network_in_brackets_is_released() -> None:
    text = (
        "Back this spring: Fern Gully Road (April 2, Hulu), Tin Soldiers (April 9, FX) and Oak Sun (Starz)."
    )
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="release", show="Fern Gully Road", date="2024-04-02", network="Hulu")
    assert has(found, type="release", show="Tin Soldiers", date="2024-04-09", network="FX")
    assert has(found, type="show", title="Oak Sun", network="Starz")


def test_a_bracket_holding_more_than_a_day_is_no_premiere() -> None:
    found = extracted_records("Fern Gully Road (April 2 finale, Hulu) wraps its story.", PUBLISHED)
    assert not has(found, type="release", show="Fern Gully Road", date="2024-04-02")


def test_a_networks_possessive_appositive_places_the_show() -> None:
    found = extracted_records("Pale Rider, Showtime's new limited series, premieres March 29.", PUBLISHED)
    assert has(found, type="release", show="Pale Rider", date="2024-03-29", network="Showtime")


def test_a_dashed_appositive_names_the_show_before_it() -> None:
    text = "Stone Quay — HBO's most-watched drama — will return for a third season in 2025."
    assert has(extracted_records(text, PUBLISHED), type="show", title="Stone Quay", network="HBO")


def test_a_network_premiering_a_title_names_a_show_on_it() -> None:
    text = "On April 4, Peacock will premiere Gold Mesa, a comedy from Amy Lorne."
    assert has(extracted_records(text, PUBLISHED), type="show", title="Gold Mesa", network="Peacock")


def test_a_franchise_before_a_word_for_a_show_is_no_title() -> None:
    text = "The first season of the Marvel Cinematic Universe series premiered on March 4, 2025."
    assert not has(extracted_records(text, PUBLISHED), type="show", title="Marvel Cinematic Universe")


def test_a_commissioned_title_is_a_show_of_the_commissioner() -> None:
    text = "Sky has commissioned Iron Cove, a six-part thriller set in Cornwall, which will air in 2025."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="show", title="Iron Cove", network="Sky")
    assert has(found, type="release", show="Iron Cove", year=2025)


def test_a_season_that_will_be_its_last_is_the_final_season() -> None:
    text = "Netflix announced that the fifth season of Crow Fell will be its last. It premieres July 4."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Crow Fell", value="final season: 5")


def test_a_show_cancelled_at_a_network_after_one_season() -> None:
    found = extracted_records("Blue Skies Rising has been cancelled at Fox after one season.", PUBLISHED)
    assert has(found, type="show", title="Blue Skies Rising", network="Fox")
    assert has(found, type="season", show="Blue Skies Rising", number=1)


def test_a_show_now_streaming_on_a_service_is_placed_there() -> None:
    text = "The new season of Quarry Lane, now streaming on Hulu, picks up six months later."
    assert has(extracted_records(text, PUBLISHED), type="show", title="Quarry Lane", network="Hulu")


def test_an_appositive_naming_a_plus_network_and_genre_places_the_show() -> None:
    text = "Salt Pans, the Paramount+ western from Tom Ridge, has been renewed for a fourth season."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="show", title="Salt Pans", network="Paramount+")
    assert has(found, type="descriptor", show="Salt Pans", value="renewed for season 4")
