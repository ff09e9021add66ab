"""Shapes from the news31 work: "A and B will reprise their roles as X and Y" (with a plural rank, and the
network that said so after the list), a network named as one ("Fox broadcast network is reviving X"), a
network that cancels with an adverb between, and a network named in a later clause than a debut.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2015, 3, 24)


def test_reprise_their_roles_pairs_people_and_roles_in_order() -> None:
    text = (
        "NBC is reviving the mystery series Night Ledger. Mara Quill and Jonah Pike will reprise their roles "
        "as Detectives Ada Stone and Leo Marsh, NBC said Tuesday."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Night Ledger", person="Mara Quill", character="Ada Stone")
    assert has(found, type="credit", show="Night Ledger", person="Jonah Pike", character="Leo Marsh")
    assert not has(found, type="credit", person="Jonah Pike", character="NBC")
    assert has(found, type="show", title="Night Ledger", network="NBC")


def test_broadcast_network_reviving_a_show_places_it() -> None:
    text = (
        "Fox broadcast network is reviving the sci-fi show Outer Signal with a six-episode miniseries. "
        "Production will begin this summer, led by series creator Hal Brody."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Outer Signal", network="Fox")
    assert has(found, type="credit", show="Outer Signal", person="Hal Brody", role="creator")


def test_network_cancelling_with_an_adverb_places_the_show() -> None:
    text = (
        "Maple Street won't return for a sixth season. The comedy had already been renewed when CBC abruptly "
        "cancelled it this week."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Maple Street", network="CBC")


def test_network_in_a_later_clause_is_not_the_debuts() -> None:
    text = (
        "Maple Street debuted in 2016, and following a strong launch in Canada Netflix began carrying the "
        "series as well."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="release", show="Maple Street", network="Netflix")
    assert not has(found, type="show", title="Maple Street", network="Netflix")


def test_short_first_name_ending_in_s_is_a_name() -> None:
    text = (
        "CBC announced the news after co-creators Ins Arlo and Kevin Brant revealed they are stepping away "
        "from the series Corner Shop."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Corner Shop", person="Ins Arlo", role="creator")
    assert has(found, type="credit", show="Corner Shop", person="Kevin Brant", role="creator")


def test_apostrophe_and_one_letter_hyphen_part_in_a_name() -> None:
    text = (
        "FX's comedy Rez Lanterns returns on August 2. From left: D'Andre Oku-A-Bey as Rook and Lane Oduya "
        "as Pip."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Rez Lanterns", person="D'Andre Oku-A-Bey", character="Rook")


def test_described_season_renewal_in_words() -> None:
    text = "Peacock has handed out a speedy season four renewal for the drama Brass Lantern."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Brass Lantern", value="renewed for season 4")
    assert has(found, type="show", title="Brass Lantern", network="Peacock")


def test_award_words_before_makers_after_by() -> None:
    text = (
        "The new show Gearwright was created by Academy Award-nominees Chris Weitz and Paul Weitz, and stars "
        "Rhys Calder."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Gearwright", person="Chris Weitz", role="creator")
    assert has(found, type="credit", show="Gearwright", person="Paul Weitz", role="creator")
    assert not has(found, type="credit", person="Academy Award")
