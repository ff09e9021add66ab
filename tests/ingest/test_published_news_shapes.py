"""Shapes seen in published entertainment news (premieres, renewals, casting, previews, reviews), written
again with invented shows and people: one behaviour per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2022, 3, 1)


def found(text: str, published: dt.date = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, published)


def test_a_capitalised_ordinal_after_the_title_is_no_part_of_it() -> None:
    records = found("Starz has announced the renewal of Salt Keep for a Third season.")
    assert has(records, type="show", title="Salt Keep")
    assert not any(r.get("title") == "Salt Keep for a Third" for r in records)


def test_someone_back_as_showrunner_after_a_scene_phrase_is_credited() -> None:
    text = (
        "Starz has renewed Salt Keep. In the third season of Salt Keep, Ivo Lanner will be back as executive "
        "producer and showrunner."
    )
    records = found(text)
    assert has(records, show="Salt Keep", person="Ivo Lanner", role="showrunner")
    assert has(records, show="Salt Keep", person="Ivo Lanner", role="executive_producer")


def test_a_cast_that_features_people_lists_the_cast() -> None:
    text = "Hulu has renewed comedy Brine Hall. The show's cast features Oda Rusk and Pim Vale."
    records = found(text)
    assert has(records, show="Brine Hall", person="Oda Rusk", role="actor")
    assert has(records, show="Brine Hall", person="Pim Vale", role="actor")


def test_a_show_that_will_hit_a_network_on_a_day_is_released_there() -> None:
    records = found("Cold Orchard will hit Netflix on September 21.", dt.date(2018, 9, 1))
    assert has(records, type="release", show="Cold Orchard", date="2018-09-21", network="Netflix")


def test_a_british_second_series_of_a_show_is_its_second_season() -> None:
    records = found("The second series of Fenwick will arrive on BBC One on 13 March.", dt.date(2022, 2, 14))
    assert has(records, type="release", show="Fenwick", season=2, date="2022-03-13")


def test_a_guest_back_for_episodes_is_no_show() -> None:
    text = 'Noor Aziz will return for multiple episodes in the third season of "Field Agents."'
    records = found(text, dt.date(2015, 8, 20))
    assert has(records, show="Field Agents", person="Noor Aziz", role="actor")
    assert not has(records, type="show", title="Noor Aziz")


def test_a_describing_clause_between_actor_and_plays_keeps_the_role() -> None:
    text = (
        "The Relay premieres September 14 on Hulu. Jem Osei, who has never starred in a series before, plays "
        "Rory Banks, a pilot."
    )
    assert has(found(text, dt.date(2018, 9, 1)), person="Jem Osei", role="actor", character="Rory Banks")


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_bracketed_role() -> None:
    text = "Tide Inn returns to Netflix on Sept. 7. As Mabel (Rhea Lund) opens the inn, a storm hits."
    records = found(text, dt.date(2023, 8, 20))
    assert has(records, person="Rhea Lund", character="Mabel")
    assert not has(records, character="As Mabel")


def test_a_preview_head_gives_the_premiere_day_and_network() -> None:
    text = "Ward Nine (Sept. 20, CBS)\n\nDara Knox (Blue Hour) stars as Ivy Cole, the unit's new chief."
    records = found(text, dt.date(2021, 9, 1))
    assert has(records, type="release", show="Ward Nine", date="2021-09-20", network="CBS")


def test_a_network_after_a_dash_in_a_preview_head_is_the_shows() -> None:
    text = "1. Late Desk (Sept. 10) — FOX\n\nTeo Marr is the creator and star of new comedy Late Desk."
    records = found(text, dt.date(2017, 9, 1))
    assert has(records, type="show", title="Late Desk", network="Fox")


def test_the_creator_and_star_of_the_show_named_after_is_both() -> None:
    text = "1. Late Desk (Sept. 10) — FOX\n\nTeo Marr is the creator and star of new comedy Late Desk."
    records = found(text, dt.date(2017, 9, 1))
    assert has(records, show="Late Desk", person="Teo Marr", role="creator")
    assert has(records, show="Late Desk", person="Teo Marr", role="actor")


def test_someone_in_brackets_before_a_voicing_verb_is_the_actor_not_a_role() -> None:
    text = (
        "The animated series Puffin Bay is back, premiering this month. The cast includes Ola Brandt (Moor "
        "Lane). Ezra Holm (Late Hour) will voice Pip."
    )
    records = found(text, dt.date(2017, 9, 5))
    assert not has(records, person="Moor Lane")
    assert not has(records, person="Late Hour")


def test_a_network_setting_a_show_for_a_premiere_names_the_show() -> None:
    text = "Amazon has set Glass Pier for a July 9 premiere on Prime Video."
    assert has(found(text, dt.date(2021, 6, 1)), type="release", show="Glass Pier", date="2021-07-09")


def test_a_partner_directing_episodes_after_with_is_a_director() -> None:
    text = (
        "Glass Pier premieres July 9 on Prime Video. Una Hale directed the first two episodes, with Rob Kerr "
        "directing four of the eight episodes."
    )
    assert has(found(text, dt.date(2021, 6, 1)), show="Glass Pier", person="Rob Kerr", role="director")


def test_showrunners_of_a_show_name_the_show() -> None:
    text = "Ada Fenn and Bo Lisle will take over as showrunners of The Long Ebb for its final season."
    assert has(found(text), show="The Long Ebb", person="Ada Fenn", role="showrunner")


def test_a_slashed_nationality_before_the_genre_keeps_the_title() -> None:
    text = "Rook Lane is a British/American television sitcom created by Ivy Sand and Tom Pell."
    assert has(found(text, dt.date(2011, 3, 1)), show="Rook Lane", person="Ivy Sand", role="creator")


def test_two_roles_with_their_two_actors_in_brackets_pair_in_order() -> None:
    text = (
        "Rook Lane is a television sitcom created by Ivy Sand. Married writers Nell Vane and Rob Vane (Ana "
        "Holt and Cy Drew) move to Los Angeles."
    )
    records = found(text, dt.date(2011, 3, 1))
    assert has(records, person="Ana Holt", character="Nell Vane")
    assert has(records, person="Cy Drew", character="Rob Vane")


def test_a_ranked_role_with_its_actor_in_square_brackets_is_the_actors_role() -> None:
    text = (
        'ABC\'s new cop drama "Iron Precinct" premieres tonight. They are joined by Detective Ines Roca '
        "[Lia Moreno, Dust Road], a rising star."
    )
    records = found(text, dt.date(2010, 9, 21))
    assert has(records, person="Lia Moreno", character="Detective Ines Roca")
    assert not has(records, person="Ines Roca")


def test_creators_of_a_networks_original_show_are_its_creators() -> None:
    text = "Peacock has renewed Tin Hollow. Ada Brisk and Leon Tabb created the Peacock original show."
    assert has(found(text, dt.date(2023, 6, 10)), show="Tin Hollow", person="Leon Tabb", role="creator")


def test_a_pointer_before_another_show_is_named_in_its_paragraph_is_the_main_shows() -> None:
    text = (
        "Syfy confirmed that sophomore series Salt Meadow will be returning for a third season.\n\n"
        "It stars Jo Pell and Mae Strand. On Monday, Syfy announced that its thriller Low Current would be "
        "returning for a second season."
    )
    records = found(text, dt.date(2017, 4, 5))
    assert has(records, show="Salt Meadow", person="Jo Pell", role="actor")
    assert not has(records, show="Low Current", person="Jo Pell")


def test_one_bracket_of_other_work_in_a_star_list_makes_no_bracket_a_role() -> None:
    text = "Salt Meadow returns on May 3. It stars Jo Pell (Far Reach) and Mae Strand (The Long Night)."
    records = found(text, dt.date(2017, 4, 5))
    assert has(records, show="Salt Meadow", person="Jo Pell", role="actor")
    assert not has(records, person="Jo Pell", character="Far Reach")
