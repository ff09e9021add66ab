"""Shapes of short news items that name their shows without quotes: two shows renewed by one verb, a
network's headline verb, a headline label beside the title, and crew credits still to come.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 4, 2)


def test_network_bringing_back_two_unquoted_shows_renews_and_places_each() -> None:
    text = "CBS is bringing back Maple Court and Tin Roof for second seasons, the network said on Monday."
    found = extracted_records(text, _DAY)
    for show in ("Maple Court", "Tin Roof"):
        assert has(found, type="season", show=show, number=2)
        assert has(found, type="show", title=show, network="CBS")


def test_a_list_followed_by_a_both_sentence_is_two_shows() -> None:
    text = "ABC is bringing back Hen House and Low Orbit. Both comedies return in the fall."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Hen House", network="ABC")
    assert has(found, type="show", title="Low Orbit", network="ABC")
    assert not has(found, type="show", title="Hen House and Low Orbit")


def test_renewals_handed_to_two_shows_renew_each_for_the_season_said() -> None:
    text = (
        "Starz has handed renewals to Red Quarry and The Salt Line, with both dramas returning for a fourth "
        "season."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Red Quarry", value="renewed for season 4")
    assert has(found, type="descriptor", show="The Salt Line", value="renewed for season 4")


def test_headline_network_renewing_the_show_places_it() -> None:
    text = (
        "Hulu Renews Birch Hollow for Season 3\nThe streamer has given the family drama a third season. "
        "The series follows two brothers running a failing orchard."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Birch Hollow", network="Hulu")


def test_a_labelled_headline_names_the_show_the_text_points_at() -> None:
    text = (
        "First Look: Ember Street\nAMC shared the first photos from its new drama on Friday. The series "
        "premieres May 30 and stars Omar Lidd."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Ember Street", date="2025-05-30")
    assert has(found, type="credit", show="Ember Street", person="Omar Lidd", role="actor")


def test_will_also_write_all_episodes_is_a_writing_credit() -> None:
    text = (
        "BBC Two has ordered Cold Comfort, a drama created by Ines Harte. Harte will also write all eight "
        "episodes."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Cold Comfort", person="Ines Harte", role="writer")


def test_attached_to_direct_is_a_directing_credit() -> None:
    text = "FX has ordered Short Fuse, a thriller from Ana Bright. Tom Vale is attached to direct."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Short Fuse", person="Tom Vale", role="director")


def test_network_adapting_a_novel_places_the_show() -> None:
    text = "Peacock is adapting Harrow Hill, the novel by Jen Moss, as a limited series premiering Oct. 2."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Harrow Hill", network="Peacock")


def test_season_orders_of_two_shows_renew_each() -> None:
    text = "Hulu has handed out second season orders for Salt Road and Iron Bay, its two freshman comedies."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Salt Road", value="renewed for season 2")
    assert has(found, type="descriptor", show="Iron Bay", value="renewed for season 2")


def test_a_premiere_date_set_for_an_unquoted_title_dates_it() -> None:
    text = "Apple TV+ has set an August 14 premiere date for Iron Bay, its thriller starring Ada Brisk."
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Iron Bay", date="2025-08-14", network="Apple TV+")


def test_a_show_that_is_officially_over_and_cancelled_after_seasons_ended_with_that_season() -> None:
    found = extracted_records(
        "Iron Bay is officially over. Netflix has cancelled the series after three seasons.", _DAY
    )
    assert has(found, type="descriptor", show="Iron Bay", value="canceled")
    assert has(found, type="season", show="Iron Bay", number=3)


def test_a_person_returning_to_a_show_is_no_title() -> None:
    found = extracted_records(
        "Ada Brisk is returning to Iron Bay in Season 3, reprising her role as Nell.", _DAY
    )
    assert not has(found, type="show", title="Ada Brisk")


def test_a_show_that_will_not_return_for_a_season_was_cancelled_after_the_one_before() -> None:
    found = extracted_records("Iron Bay will not return for a fourth season, Hulu confirmed on Friday.", _DAY)
    assert has(found, type="descriptor", show="Iron Bay", value="canceled")
    assert has(found, type="season", show="Iron Bay", number=3)


def test_a_series_made_for_a_network_is_placed_there() -> None:
    found = extracted_records("Ada Brisk will star in Iron Bay, a limited series for Showtime.", _DAY)
    assert has(found, type="show", title="Iron Bay", network="Showtime")


def test_good_news_for_a_shows_fans_names_the_show() -> None:
    text = "Good news for Iron Bay fans: the Netflix drama has been renewed for a second season."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Iron Bay", value="renewed for season 2")
    assert has(found, type="show", title="Iron Bay", network="Netflix")


def test_good_news_for_a_stars_fans_names_no_show() -> None:
    found = extracted_records("Good news for Ada Brisk fans: the actor has joined a new film.", _DAY)
    assert not has(found, type="show", title="Ada Brisk")


def test_a_show_getting_a_season_after_a_colon_is_renewed() -> None:
    found = extracted_records("It's official: Iron Bay is getting a second season at Hulu.", _DAY)
    assert has(found, type="descriptor", show="Iron Bay", value="renewed for season 2")


def test_a_season_numbered_renewal_given_to_a_show_renews_it() -> None:
    found = extracted_records("Hulu has given Iron Bay a season 3 renewal.", _DAY)
    assert has(found, type="descriptor", show="Iron Bay", value="renewed for season 3")


def test_a_network_announcing_a_shows_news_at_the_end_of_the_sentence_places_it() -> None:
    text = "Iron Bay will end with its upcoming fifth season, FX announced Monday."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Iron Bay", network="FX")
