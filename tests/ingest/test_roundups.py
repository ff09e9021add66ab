"""Round-ups naming several shows: each fact lands on the show its clause, list or entry names, or nowhere.

Every article here is written for the test (invented shows and people), in the shapes real round-ups use.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 5, 14)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    return extracted_records(text, published)


def statuses(found: list[dict[str, Any]], show: str) -> set[str]:
    return {r["value"] for r in found if r["type"] == "descriptor" and r.get("show") == show}


# --- casts and crews stay with their own show -------------------------------------------------------


def test_a_second_clause_about_another_show_keeps_its_cast_to_itself() -> None:
    text = (
        "The network has a busy year ahead. Writers are bringing the new drama Copperline starring Ada Voss "
        "and Milo Brandt, and Nina Castell will star as Edith Crane in Harrow Fields, the landowner who "
        "marries Lena Marsh, played by Rosa Kimble."
    )
    found = records(text)
    assert has(found, type="credit", show="Harrow Fields", person="Nina Castell", character="Edith Crane")
    assert has(found, type="credit", show="Harrow Fields", person="Rosa Kimble", character="Lena Marsh")
    assert has(found, type="credit", show="Copperline", person="Milo Brandt")
    assert not has(found, type="credit", show="Copperline", person="Nina Castell")


def test_a_cast_list_after_a_title_and_starring_belongs_to_that_title() -> None:
    text = (
        "Five new shows start this week. There is the fine Lantern Bay on PBS and the clever Paperwork, "
        "starring Dev Okafor, on Showtime."
    )
    found = records(text)
    assert has(found, type="credit", show="Paperwork", person="Dev Okafor")
    assert not has(found, type="credit", show="Lantern Bay", person="Dev Okafor")


def test_each_part_of_a_slate_gets_its_own_writers() -> None:
    text = (
        "The streamer unveiled its first slate. It includes comedies Tidewater, starring and co-written by "
        "Jo Marr; and Second Helping, starring Ben Acre and Ivy Lund."
    )
    found = records(text)
    assert has(found, type="credit", show="Tidewater", person="Jo Marr", role="writer")
    assert has(found, type="credit", show="Second Helping", person="Ivy Lund", role="actor")
    assert not has(found, type="credit", show="Tidewater", person="Ivy Lund")


def test_a_paragraph_opening_with_the_series_continues_the_show_the_paragraph_before_opened_with() -> None:
    text = (
        "Gleam has been canceled after three seasons at Fox, while Ironclad was renewed for a fifth "
        "season.\n\n"
        "The musical drama from Ida Crane and Tom Beck followed three singers. It starred Ana Ruiz and Lee "
        "Park.\n\n"
        "Ironclad returns in the fall. Ironclad stays on Mondays."
    )
    found = records(text)
    assert has(found, type="credit", show="Gleam", person="Ana Ruiz", role="actor")
    assert has(found, type="credit", show="Gleam", person="Ida Crane", role="creator")
    assert not has(found, type="credit", show="Ironclad", person="Ana Ruiz")


# --- statuses -----------------------------------------------------------------------------------------


def test_a_cancellation_list_cancels_each_show_and_no_other() -> None:
    text = (
        "Netflix has renewed Foxhole for a third season.\n\n"
        "Starz also canceled freshman drama “The Quarry” and comedy “Small Hours,” while “Iron Gate” "
        "was also canceled after three seasons."
    )
    found = records(text)
    for show in ("The Quarry", "Small Hours", "Iron Gate"):
        assert statuses(found, show) == {"canceled"}
    assert statuses(found, "Foxhole") == {"renewed for season 3"}
    assert has(found, type="season", show="Iron Gate", number=3)
    assert not has(found, type="season", show="The Quarry", number=3)


def test_a_list_item_about_a_missed_title_never_cancels_the_main_show() -> None:
    text = (
        "Harbor Nine has been renewed for a second season.\n\n"
        "• Lantern Row, a comedy about a bakery, has been cancelled after five seasons.\n"
    )
    found = records(text)
    assert "canceled" not in statuses(found, "Harbor Nine")
    assert statuses(found, "Lantern Row") == {"canceled"}
    assert has(found, type="season", show="Lantern Row", number=5)


def test_another_title_renewed_in_a_sentence_is_not_the_articles_show() -> None:
    text = (
        "Dusk Riders returns for its third season in June. The Glass Tower, the studio's other big fantasy "
        "series, has also been renewed, though no date has been set for its next season."
    )
    assert "renewed" not in statuses(records(text), "Dusk Riders")


def test_renewals_listed_after_a_cue_renew_each_show() -> None:
    text = (
        "The network will not include new seasons of Pinewood, Cold Open, or Single Malt. Among the series "
        "earning new seasons are Tall Order, grown-ish, The Keepers and Night Desk."
    )
    found = records(text)
    for show in ("Pinewood", "Cold Open", "Single Malt"):
        assert statuses(found, show) == {"canceled"}
    for show in ("Tall Order", "grown-ish", "The Keepers", "Night Desk"):
        assert statuses(found, show) == {"renewed"}


def test_a_renewal_that_names_no_season_is_still_a_renewal() -> None:
    text = "The showrunners spoke. Quarter Moon and Work Shift were renewed. Bright Lane got renewed."
    found = records(text)
    assert statuses(found, "Quarter Moon") == {"renewed"}
    assert statuses(found, "Work Shift") == {"renewed"}
    assert statuses(found, "Bright Lane") == {"renewed"}


def test_an_eleventh_and_final_season_is_season_eleven_and_the_last() -> None:
    text = (
        "The family comedy Backyard has run for a decade. “We have picked up Backyard for its 11th and final "
        "season,” the network chief said on Monday."
    )
    found = records(text)
    assert "final season: 11" in statuses(found, "Backyard")
    assert "renewed for season 11" in statuses(found, "Backyard")


def test_an_ordinary_word_title_is_a_show_where_only_a_title_fits() -> None:
    text = (
        "Fox's Star — cancelled this month after three seasons — is not coming back. "
        "The cast of Star included Jude Vale as Star Davis."
    )
    found = records(text)
    assert has(found, type="credit", show="Star", person="Jude Vale", character="Star Davis")
    assert has(found, type="show", title="Star", network="Fox")


def test_a_networks_possessive_places_each_show_of_a_round_up() -> None:
    text = "The shows out early are Fox's Lucky Streak, NBC's Marigold and Showtime's Deep Cover."
    found = records(text)
    assert has(found, type="show", title="Lucky Streak", network="Fox")
    assert has(found, type="show", title="Marigold", network="NBC")
    assert has(found, type="show", title="Deep Cover", network="Showtime")


# --- listings and dates -----------------------------------------------------------------------------------


LISTING = """We list the films opening this fall. All dates may change.
Sept. 6
Paper Moons
Drama with Ada Lind, Rob Kale. Written by Ivy Stone. Directed by Sam Okoro. Bluebird Films
Long Ride Home
Comedy with Lee Marsh, Ann Toll. Directed by Marsh. Tallgrass
Night Market
Documentary on street food. Directed by Ray Fenn, Ola Brisk. Kitefoot Pictures
"""


def test_a_release_listing_gives_each_entry_its_own_credits_and_date() -> None:
    found = records(LISTING, dt.date(2019, 8, 29))
    assert has(found, type="credit", show="Paper Moons", person="Sam Okoro", role="director")
    assert has(found, type="credit", show="Paper Moons", person="Ivy Stone", role="writer")
    assert has(found, type="credit", show="Long Ride Home", person="Lee Marsh", role="director")
    assert has(found, type="credit", show="Night Market", person="Ola Brisk", role="director")
    assert has(found, type="release", show="Night Market", date="2019-09-06")
    assert not has(found, type="credit", show="Paper Moons", person="Lee Marsh")


def test_a_single_heading_over_a_paragraph_is_no_listing() -> None:
    text = "Drama notes\nDrama with plenty of heart marks the season. Directed by Sam Okoro, it opens soon."
    assert not has(records(text), type="show", title="Drama notes")


def test_a_date_closing_a_trailer_entry_dates_its_film() -> None:
    text = (
        "Directed by Mara Quist, with a screenplay by Eli Dorn and Quist, the film Salt Meridian stars "
        "Joe Brand and Amy Lowe (October 6th)."
    )
    found = records(text, dt.date(2023, 5, 30))
    assert has(found, type="release", show="Salt Meridian", date="2023-10-06")
    assert has(found, type="credit", show="Salt Meridian", person="Eli Dorn", role="writer")


def test_a_weekday_before_a_mistyped_month_is_not_the_coming_weekday() -> None:
    text = "The quiz show Mask Parade returns for its second season on Wednesday, Sept, 25 at 8 p.m."
    assert not has(records(text, dt.date(2019, 6, 24)), type="release", date="2019-06-26")


def test_it_after_a_sentence_about_another_show_points_at_that_show() -> None:
    text = (
        "Apple has dated the second season of Orchard Lane. The Korean drama Quiet Tide, starring Han "
        "Seo-jin, is based on the webtoon by Park Min-ah. It premieres Thursday on Netflix."
    )
    found = records(text)
    assert has(found, type="credit", show="Quiet Tide", person="Park Min-ah", role="novelist")
    assert has(found, type="release", show="Quiet Tide", date="2024-05-16")
    assert not has(found, type="release", show="Orchard Lane", date="2024-05-16")


# --- cast wordings -------------------------------------------------------------------------------------


def test_cast_wordings_of_soap_casting_news() -> None:
    text = (
        "Dan Morrow is joining the cast of Harbour Street as bad boy 'Ace' Ackroyd. Meanwhile stage actor "
        "Tom Vail is set to arrive on the square next month, taking on the role of Nina Lowe's uncle, Reg "
        "Lowe. The new series opens with Quinn's character Joss taking time off. Mia Quinn returns to "
        "Harbour Street."
    )
    found = records(text)
    assert has(found, type="credit", show="Harbour Street", person="Dan Morrow", character="Ace Ackroyd")
    assert has(found, type="credit", show="Harbour Street", person="Tom Vail", character="Reg Lowe")
    assert has(found, type="credit", show="Harbour Street", person="Mia Quinn", character="Joss")


def test_list_items_that_describe_each_show_give_each_its_star() -> None:
    text = (
        "The network is cleaning house.\n\n"
        "• Night Ward, a crime drama starring stage and screen veteran Ada Holm\n"
        "• Two entries, including Oracle, a fantasy series; Siege, a hostage drama starring Far Shore alum "
        "Ben Tull and family drama Home Field.\n"
    )
    found = records(text)
    assert has(found, type="credit", show="Night Ward", person="Ada Holm", role="actor")
    assert has(found, type="credit", show="Siege", person="Ben Tull", role="actor")
    assert not has(found, type="credit", show="Home Field", person="Ben Tull")


LINEUP = """The streamer showed its new lineup on Thursday.
Tin Harbor
Starring: Ana Seo, Min Ro
Directed by: Park Jae-won
Set far in the future, Tin Harbor follows a crew on a dying planet.
Starring: Lee Hana, Cho Bin
Directed by: Han Do-yun
The next series follows a young soldier, and it is based on a popular webtoon.
"""


def test_a_lineups_credit_lines_credit_the_title_right_above_them_and_no_other() -> None:
    found = records(LINEUP, dt.date(2021, 2, 26))
    assert has(found, type="credit", show="Tin Harbor", person="Park Jae-won", role="director")
    assert has(found, type="credit", show="Tin Harbor", person="Min Ro", role="actor")
    # The second block's title was a picture: its people belong to no title we know.
    assert not has(found, type="credit", person="Han Do-yun")
    assert not has(found, type="credit", person="Lee Hana")


def test_a_title_a_cast_stars_in_after_its_genre_words_is_a_show() -> None:
    text = (
        "The channel has a busy year ahead. Nora Bell and Tim Sand star in distinctive emotional thriller "
        "Gold Rush Road, telling the story of a wealthy widow."
    )
    found = records(text)
    assert has(found, type="credit", show="Gold Rush Road", person="Tim Sand", role="actor")
