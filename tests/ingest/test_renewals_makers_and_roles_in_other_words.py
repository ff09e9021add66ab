"""Shapes of published news the extractor used to miss (issue 9): renewals and cancellations said in other
words, makers tied to the title they name, networks told by what only a network does, roles in lead and
pronoun sentences, titles named by a pilot or a genre opening the sentence.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 4, 7)  # a Monday


def test_officially_confirmed_a_numbered_season_is_a_renewal() -> None:
    text = "Hulu has officially confirmed a third season of Marrow Lane, the comedy starring Ada Pike."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Marrow Lane", value="renewed for season 3")


def test_confirmed_the_season_premiere_is_no_renewal() -> None:
    text = "Hulu has confirmed the third season premiere of Marrow Lane for May 2. Ada Pike stars."
    found = extracted_records(text, _DAY)
    assert not has(found, type="descriptor", show="Marrow Lane", value="renewed for season 3")


def test_a_season_the_network_ordered_told_after_it_is_a_renewal() -> None:
    text = (
        "Marrow Lane is a Hulu comedy starring Ada Pike. Its creator will return for the fifth season, which "
        "Hulu ordered last week."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Marrow Lane", value="renewed for season 5")


def test_decided_not_to_renew_is_a_cancellation_with_its_seasons() -> None:
    text = "Starz has decided not to renew Hollow Crown Road after four seasons, ending the drama's run."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Hollow Crown Road", value="canceled")
    assert has(found, type="season", show="Hollow Crown Road", number=4)
    assert has(found, type="show", title="Hollow Crown Road", network="Starz")


def test_seasons_made_told_in_a_later_clause() -> None:
    text = "The CW has opted not to renew Night Bloom, which ran for three seasons. Tia Marr starred."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Night Bloom", value="canceled")
    assert has(found, type="season", show="Night Bloom", number=3)


def test_not_bringing_the_series_back_for_a_season_is_a_cancellation() -> None:
    text = (
        "Peacock has decided on the fate of 'Willow Static.' The streamer will not bring back the series "
        "for a third season, a spokesperson said. Willow Static starred Noor Fadel."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Willow Static", value="canceled")
    assert has(found, type="season", show="Willow Static", number=2)
    assert has(found, type="show", title="Willow Static", network="Peacock")


def test_wont_return_for_a_season_is_never_a_renewal() -> None:
    text = "Copper Tide won't return for a fourth season, Max confirmed on Friday."
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Copper Tide", value="canceled")
    assert not has(found, type="descriptor", show="Copper Tide", value="renewed for season 4")


def test_a_rumoured_cancellation_is_not_reported_as_one() -> None:
    text = (
        "Despite reports that it had been cancelled, Dune Radio has been renewed for a second season at FX."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Dune Radio", value="renewed for season 2")
    assert not has(found, type="descriptor", show="Dune Radio", value="canceled")


def test_a_person_who_created_a_named_title_is_its_creator() -> None:
    text = "Ines Moreau created Pale Harbour, a ghost drama that premieres on Netflix on May 9."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Pale Harbour", person="Ines Moreau", role="creator")


def test_the_creator_of_a_title_in_apposition_credits_that_title() -> None:
    text = (
        "Pale Harbour Season 2 Casts Two\nIlan Brody, the creator of Pale Harbour, said the new season moves "
        "to Lisbon. Pale Harbour returns in June."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Pale Harbour", person="Ilan Brody", role="creator")


def test_from_creator_opening_a_sentence_credits_the_show() -> None:
    text = (
        "From creator Lucia Varga, Iron Orchard stars Ben Tal as a beekeeper. It premieres on Hulu on May 2."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Iron Orchard", person="Lucia Varga", role="creator")


def test_will_direct_the_title_pilot_names_the_show_and_its_director() -> None:
    text = "Oren Kask will direct the Saltmarsh pilot for ABC. The drama follows a family of oyster farmers."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Saltmarsh", person="Oren Kask", role="director")
    assert has(found, type="show", title="Saltmarsh", network="ABC")


def test_two_verbs_before_the_title_each_give_a_credit() -> None:
    text = "Mara Quinn will executive produce and direct Ember Vale, a horror series ordered by Hulu."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Ember Vale", person="Mara Quinn", role="director")
    assert has(found, type="credit", show="Ember Vale", person="Mara Quinn", role="executive_producer")


def test_a_list_after_a_role_stops_where_a_new_clause_begins() -> None:
    text = "Saltmarsh comes from writer Oren Kask, and Lia Berg is attached to star. ABC ordered the pilot."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Saltmarsh", person="Oren Kask", role="writer")
    assert not has(found, type="credit", person="Lia Berg", role="writer")


def test_the_lead_role_of_a_character_in_a_title() -> None:
    text = "Gita Rao takes the lead role of Wren in Moss Hollow, a Peacock thriller due this fall."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Moss Hollow", person="Gita Rao", role="actor", character="Wren")


def test_a_pronoun_plays_the_subject_of_the_sentence_before() -> None:
    text = (
        "Gita Rao has landed the lead role in Moss Hollow, the Peacock thriller from creator Tom Ash. "
        "She will play Nell Corrin, a ferry pilot."
    )
    found = extracted_records(text, _DAY)
    assert has(
        found, type="credit", show="Moss Hollow", person="Gita Rao", role="actor", character="Nell Corrin"
    )
    assert not has(found, type="credit", person="Tom Ash", role="actor")


def test_a_genre_word_opening_the_sentence_names_the_title_after_it() -> None:
    text = "The thriller Grey Lantern debuts Thursday, May 1 on Hulu. Kai Moss stars as a lighthouse keeper."
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Grey Lantern", date="2025-05-01")
    assert has(found, type="show", title="Grey Lantern", network="Hulu")


def test_a_network_dating_a_title_places_it() -> None:
    text = (
        "HBO has dated Cinder Bay. The drama's second season premieres on Sunday, June 8, with Rui Sato back."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Cinder Bay", network="HBO")
    assert has(found, type="release", show="Cinder Bay", season=2, date="2025-06-08")


def test_a_title_returning_next_month_is_a_show() -> None:
    text = "Harrow Fen returns next month for a third season on Showtime, with Ivo Lind back as the sheriff."
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Harrow Fen", network="Showtime")
    assert has(found, type="release", show="Harrow Fen", season=3, year=2025)


def test_a_person_shaped_title_after_showrunner_of_is_no_speaker() -> None:
    from ingest.main_show import acts_like_person

    said = "Ana Ruiz, the {} of Marta Kell, said the second season is darker."
    assert not acts_like_person("Marta Kell", said.format("creator"))
    assert not acts_like_person("Marta Kell", said.format("showrunner"))
    assert acts_like_person("Marta Kell", "Marta Kell said the second season is darker.")
