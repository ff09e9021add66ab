"""Headline-less announcements: the show a renewal, cancellation or return names, and what it says of it."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 3, 10)


def test_a_show_coming_back_after_a_lead_in_and_colon_is_the_main_show() -> None:
    text = "Good news for fans: Ember Coast is coming back. The drama wrapped its first season in May."
    assert extract_facts(text, PUBLISHED).main_show == "Ember Coast"


def test_a_show_returning_to_a_network_on_a_date_is_released_there() -> None:
    found = extracted_records(
        "Velvet Ridge returns to AMC on Sunday, March 31, for its second season.", PUBLISHED
    )
    assert has(found, type="release", show="Velvet Ridge", season=2, date="2024-03-31", network="AMC")


def test_a_season_coming_to_a_streamer_on_a_date_is_its_premiere() -> None:
    found = extracted_records("Season 3 of Lantern Hill is coming to Peacock on June 6.", PUBLISHED)
    assert has(found, type="release", show="Lantern Hill", season=3, date="2024-06-06")


def test_a_person_who_is_back_is_no_title() -> None:
    text = "Showrunner Dara Quill is back. “Ember Coast” returns in May."
    assert not has(extracted_records(text, PUBLISHED), type="show", title="Showrunner Dara Quill")


def test_pulling_the_plug_on_a_show_cancels_it() -> None:
    found = extracted_records("CBS is pulling the plug on Harbor Nine after five seasons.", PUBLISHED)
    assert has(found, type="descriptor", show="Harbor Nine", value="canceled")


def test_will_end_after_its_current_season_names_the_final_season() -> None:
    text = "ABC is pulling the plug on Station Ten. The procedural will end after its current fourth season."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Station Ten", value="final season: 4")


def test_a_network_picking_up_a_show_for_a_sized_season_renews_it() -> None:
    found = extracted_records("NBC has picked up Saint Brigid for a 10-episode third season.", PUBLISHED)
    assert has(found, type="descriptor", show="Saint Brigid", value="renewed for season 3")
    assert has(found, type="show", title="Saint Brigid", network="NBC")


def test_renewed_for_season_and_a_number_names_the_season() -> None:
    found = extracted_records("Hulu's The Pearl Room has been renewed for season 2.", PUBLISHED)
    assert has(found, type="descriptor", show="The Pearl Room", value="renewed for season 2")


def test_a_show_getting_a_second_season_is_renewed() -> None:
    found = extracted_records("Prime Video's Dusk Orchard is getting a second season.", PUBLISHED)
    assert has(found, type="descriptor", show="Dusk Orchard", value="renewed for season 2")


def test_a_show_that_will_return_for_a_numbered_season_is_renewed() -> None:
    found = extracted_records("Copper Point will return for season 4, Peacock announced.", PUBLISHED)
    assert has(found, type="descriptor", show="Copper Point", value="renewed for season 4")


def test_an_order_for_a_season_of_the_show_pointed_back_at_renews_it() -> None:
    text = "Grim Tides is returning to FX on Friday. FX has ordered a fourth season of the horror anthology."
    found = extracted_records(text, PUBLISHED)
    assert has(found, type="descriptor", show="Grim Tides", value="renewed for season 4")


def test_a_show_cancelled_after_some_seasons_names_its_last_season() -> None:
    found = extracted_records("HBO has officially cancelled Bright Quay after two seasons.", PUBLISHED)
    assert has(found, type="season", show="Bright Quay", number=2)


def test_a_show_axed_after_some_series_is_cancelled_on_that_network() -> None:
    found = extracted_records("The BBC has axed comedy Hobbs Row after three series.", PUBLISHED)
    assert has(found, type="descriptor", show="Hobbs Row", value="canceled")
    assert has(found, type="show", title="Hobbs Row", network="BBC")


def test_a_title_in_straight_single_quotes_is_cancelled() -> None:
    found = extracted_records("Netflix has canceled 'Moon Quay' after one season.", PUBLISHED)
    assert has(found, type="descriptor", show="Moon Quay", value="canceled")


def test_renewed_for_a_capitalised_season_and_number_names_the_season() -> None:
    found = extracted_records("Freeform has renewed “Sister Act Club” for Season 5.", PUBLISHED)
    assert has(found, type="descriptor", show="Sister Act Club", value="renewed for season 5")
