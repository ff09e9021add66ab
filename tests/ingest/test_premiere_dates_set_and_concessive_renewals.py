"""Shapes of published news the extractor used to miss or misread (news30a): a premiere date told before
what it is for ("has set a premiere date of Oct. 20 for X"); a renewal followed by a concessive clause with
its own negation; a network's verb in a title-case headline; a photo caption's tease in capitals; "in X,
streaming on Max".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_premiere_date_of_a_day_for_a_show_dates_that_show() -> None:
    text = (
        "Showtime has set a premiere date of Sunday, November 8 for Low Tide Hotel, the noir from "
        "showrunner Ida Crane. The drama stars Pol Vance as a night porter."
    )
    found = extracted_records(text, dt.date(2020, 9, 1))
    assert has(found, type="release", show="Low Tide Hotel", date="2020-11-08")
    assert has(found, type="show", title="Low Tide Hotel", network="Showtime")
    # The date is no part of the title.
    assert not any(r["type"] == "show" and "November" in r["title"] for r in found)


def test_a_show_setting_its_own_premiere_date_of_a_day() -> None:
    text = (
        "Fern Gully Road has set a premiere date of April 9 on Hulu. The comedy follows two brothers "
        "who run a failing motel, and stars Ari Pell."
    )
    found = extracted_records(text, dt.date(2023, 2, 1))
    assert has(found, type="release", show="Fern Gully Road", date="2023-04-09")
    assert has(found, type="show", title="Fern Gully Road", network="Hulu")
    assert not has(found, type="show", title="April 9")


def test_a_concessive_clause_does_not_negate_the_renewal_before_it() -> None:
    text = (
        "Apple TV+ has renewed the spy drama Quiet Relay for a third season, even though its second season "
        "won't arrive until August. Ren Holt created the series."
    )
    found = extracted_records(text, dt.date(2022, 4, 2))
    assert has(found, type="descriptor", show="Quiet Relay", kind="status", value="renewed for season 3")


def test_a_negation_before_the_renewal_still_holds() -> None:
    text = (
        "Apple TV+ has not renewed the spy drama Quiet Relay for a third season, although its stars want "
        "to come back. Ren Holt created the series."
    )
    found = extracted_records(text, dt.date(2022, 4, 2))
    assert not has(found, type="descriptor", show="Quiet Relay", value="renewed for season 3")


def test_a_network_verb_in_a_title_case_headline_places_the_show() -> None:
    text = (
        "Fox Renews Maple Street Diner\n\n"
        "Maple Street Diner is coming back for a second season. Star Lu Brandt thanked the crew."
    )
    found = extracted_records(text, dt.date(2019, 5, 3))
    assert has(found, type="show", title="Maple Street Diner", network="Fox")


def test_a_caption_tease_in_capitals_is_no_title() -> None:
    text = (
        "click to enlarge Courtesy Photo\n\n"
        "LOST AT SEA In 1890, a young whaler (Tam Ruiz) ships out on a doomed voyage in Grey Harpoon, "
        "streaming on Peacock.\n\n"
        "Created by Nils Berg, Grey Harpoon is a cold and gripping drama."
    )
    found = extracted_records(text, dt.date(2024, 3, 1))
    assert not any(r["type"] == "show" and r["title"].lower() == "lost at sea" for r in found)
    assert has(found, type="show", title="Grey Harpoon", network="Peacock")
    assert has(found, type="credit", show="Grey Harpoon", person="Nils Berg", role="creator")
