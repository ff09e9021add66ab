"""A role told with a praising verb ("shines as Hera"), a summary box's label glued to its first point, a
network placed by a sentence that opens on a pointer ("The fledgling comedy airs Mondays on ABC, inheriting
the audience of 'Dancing Pairs'"), a network bringing viewers "its brand new series", and a director named
as a star of the episode a participle describes ("the Season 6 premiere, ... directed by star A") (issue 9,
news38). Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2013, 1, 13)


def test_role_after_a_praising_verb_and_a_glued_summary_label() -> None:
    text = (
        "The Big Picture Mara Quint shines as Hera in Netflix's dark comedy series Tin Gods, preparing to "
        "bring chaos.\n\nTin Gods is created by Sam Ortiz."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Tin Gods", person="Mara Quint", character="Hera")
    assert not has(found, type="credit", person="Big Picture Mara Quint")


def test_network_of_a_sentence_opening_on_a_pointer_is_the_show_at_hand() -> None:
    text = (
        '"Salt Road" is a new hit.\n\nThe fledgling comedy airs at 9:30 p.m. Mondays on ABC, inheriting the '
        'vast lead-in audience of "Dancing Pairs."'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Salt Road", network="ABC")
    assert not has(found, type="show", title="Dancing Pairs", network="ABC")


def test_network_bringing_viewers_its_brand_new_series() -> None:
    text = (
        "Now, for those looking for laughs, AppleTV+ is bringing us more astronomical hilarity with their "
        'brand new series, "Tin Gods," and a trailer.'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Tin Gods", network="Apple TV+")


def test_director_named_as_star_of_a_described_season_premiere() -> None:
    text = (
        "TIN GODS airs Sunday on Showtime.\n\nThat being said, the Season 6 premiere of Tin Gods, written by "
        "series creator Sam Ortiz and directed by star Mara Quint, is not promising."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Tin Gods", person="Mara Quint", role="director", seasons="6")


def test_review_box_cast_with_other_work_in_brackets_under_a_quoted_title_line() -> None:
    text = (
        "“Glass Orchard”\nCast: Mara Quint (“Titanic”), Julia Nolan (“The Outsider”), Evan Peterson "
        "(“WandaVision”)\nAirs: The seven-part limited series premieres Sunday on HBO and HBO Max.\n"
        "The premise: Lila Rowe (Mara Quint) is a detective."
    )
    found = extracted_records(text, _DAY)
    for person in ("Julia Nolan", "Evan Peterson"):
        assert has(found, type="credit", show="Glass Orchard", person=person, role="actor"), person
    assert not has(found, type="show", title="“Glass Orchard”")


def test_review_head_line_with_the_weekly_slot_names_the_network() -> None:
    text = (
        "January 13, 2013\n\nTIN GODS:  Sunday 10:30PM on Showtime\n\nEven in the free world of paycable, "
        "there is something about TIN GODS that gets under the skin. It is the most disapproved-of series on "
        "the air."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Tin Gods", network="Showtime")
    assert not has(found, type="release", show="Tin Gods")


def test_role_remembered_through_a_performance_in_other_work() -> None:
    text = (
        '"Wayfarer" rests on Kevin Marr\'s shoulders. Those who followed HBO\'s "Legion" surely remember '
        "Marr for his stern, passionate performance as Lucius Varro, the warrior with a broken heart."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Legion", person="Kevin Marr", character="Lucius Varro")
    assert not has(found, type="credit", show="Wayfarer", character="Lucius Varro")


def test_role_after_a_surname_and_a_comma_playing() -> None:
    text = "Colin Farrow will star in True Sleuth. Farrow, playing Ray Velcoro, is a good fit."
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="True Sleuth", person="Colin Farrow", character="Ray Velcoro")
