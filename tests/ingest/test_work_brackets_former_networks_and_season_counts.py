"""Shapes from the news31 work: an actor's other work in brackets before "as" and their role, the last
maker of a "produced by A and B" list before a verb, a network the show has left ("former CBS drama"), a
count of seasons renewed, doubled apostrophes as quotes, and places in brackets that read like names.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 3, 19)


def test_other_work_in_brackets_before_as_keeps_actor_and_role() -> None:
    text = (
        "Peacock's thriller Saltmarsh will premiere on November 4. Joining Hale Winter in the series are "
        "Mira Costa (Lantern Bay) as Odile Brand, Tobias Rune (Salt Houses) as Felix Marr, and Anya Brandt "
        "(Cold Harbor) as Greta."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Saltmarsh", person="Mira Costa", character="Odile Brand")
    assert has(found, type="credit", show="Saltmarsh", person="Tobias Rune", character="Felix Marr")
    assert has(found, type="credit", show="Saltmarsh", person="Anya Brandt", character="Greta")
    for work in ("Lantern Bay", "Salt Houses", "Cold Harbor"):
        assert not has(found, type="credit", person=work)


def test_one_word_work_in_brackets_before_as() -> None:
    text = (
        "Netflix's mythic comedy Ember Court gathers its gods. Joining the cast will be Petra Lund (Ozark) "
        "as Hera and Callum Reid (Broadchurch) as Hades."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Ember Court", person="Petra Lund", character="Hera")
    assert has(found, type="credit", show="Ember Court", person="Callum Reid", character="Hades")
    assert not has(found, type="credit", character="Petra Lund")


def test_last_producer_before_the_verb_is_no_title() -> None:
    text = (
        "HBO's Brass Alley, the period drama executive produced by Owen Thackery and Lionel Marsh, has been "
        "canceled. The network had renewed it in February."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Brass Alley", person="Lionel Marsh", role="executive_producer")
    assert has(found, type="credit", show="Brass Alley", person="Owen Thackery", role="executive_producer")
    assert not has(found, type="show", title="Lionel Marsh")


def test_former_network_is_not_the_shows_network() -> None:
    text = (
        "Peacock has handed out a speedy third season renewal for Lyle Parrish's former NBC drama Brass "
        "Lantern. The series moved to the streamer for its second season."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Brass Lantern", network="NBC")
    assert has(found, type="show", title="Brass Lantern", network="Peacock")


def test_count_of_seasons_renewed_is_no_season_number() -> None:
    text = (
        "At the beginning of 2020, CBC announced that it had renewed the comedy Corner Shop for two "
        "additional seasons, bringing it to season six."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="descriptor", show="Corner Shop", value="renewed for season 2")
    assert has(found, type="descriptor", show="Corner Shop", value="renewed for season 6")


def test_doubled_apostrophes_quote_a_title() -> None:
    text = (
        "A first look at HBO's ''Salt Meridian'' -- We preview the new drama\n\nThe series follows three "
        "sisters on a fishing island, says co-creator Pia Lindqvist."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Salt Meridian", network="HBO")
    assert has(found, type="credit", show="Salt Meridian", person="Pia Lindqvist", role="creator")


def test_place_in_brackets_is_no_actor() -> None:
    text = (
        "History will air the three-part miniseries Feud Country. A quarrel slowly escalates into a border "
        "war between the Ashbys (West Virginia) and the Dunmores (Kentucky). Cole Hartley plays Jed Ashby."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", person="West Virginia")
    assert has(found, type="credit", show="Feud Country", person="Cole Hartley", character="Jed Ashby")
