"""Shapes of published news the extractor misread (issue "Real news in, right facts out", news30b): a title
named only as someone's earlier work ("whose previous shows include X", "the woman behind X", "(Omar from
X)", "(played by A, X)"), a studio or an earlier show's name before an actor, a show brought in as "other",
a run that is over, and casts told as "a cast that includes", "stars as a piemaker", "filled out by".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 5, 6)


def test_a_makers_previous_shows_are_not_the_show_at_hand() -> None:
    text = (
        'Tonight ABC launches "Gull Island," a mystery drama. There are big names involved, including '
        'executive producer Priya Lent, whose previous shows include "Dry Creek" and "Ninth Ward."'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Gull Island", person="Priya Lent", role="executive_producer")
    assert not has(found, type="credit", show="Dry Creek")
    assert not has(found, type="credit", show="Ninth Ward")


def test_the_woman_behind_another_show_makes_the_show_at_hand() -> None:
    text = (
        "Those plans continue on July 11th when Netflix will release its latest original program, Inside "
        "Out Blue. Based on a memoir by Pia Kern, the show is created by Jen Kovac — the woman behind "
        "Showtime's Crabgrass."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Inside Out Blue", person="Pia Kern", role="novelist")
    assert has(found, type="credit", show="Inside Out Blue", person="Jen Kovac", role="creator")
    assert not has(found, type="credit", show="Crabgrass", person="Pia Kern")


def test_a_character_played_by_someone_known_for_other_work() -> None:
    text = (
        "Following Harbor Watch on Mondays will be the premiere of the adventure fantasy Hollow Pines at 9 "
        'pm. In the series, Elias Crane (played by Tom Mercer, "Salt Road") wakes up two centuries late.'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Hollow Pines", person="Tom Mercer", character="Elias Crane")
    assert not has(found, type="credit", show="Salt Road")


def test_an_actor_named_through_other_work_then_cast_as_someone() -> None:
    text = (
        'Netflix will release "Cell Block Nine" on July 11. The cast is filled out by Tara Dunne, Nadia '
        "Lyons, and Summer Camp's Jay Briggs as the lead character's fiance."
    )
    found = extracted_records(text, _DAY)
    for person in ("Tara Dunne", "Nadia Lyons", "Jay Briggs"):
        assert has(found, type="credit", show="Cell Block Nine", person=person, role="actor")
    assert not has(found, type="credit", person="Summer Camp")


def test_a_studio_co_producing_is_no_show() -> None:
    text = (
        "LOS ANGELES, CA – (June 10, 2024) – Showtime has renewed its new dark comedy series NIGHT NURSE, a "
        "co-production with Lionsgate starring Emmy winner Edith Fane, for a second season. The series was "
        "created by Evan Dunn and Liz Barr."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Night Nurse", kind="status", value="renewed for season 2")
    assert has(found, type="credit", show="Night Nurse", person="Edith Fane", role="actor")
    assert has(found, type="credit", show="Night Nurse", person="Evan Dunn", role="creator")
    assert not has(found, type="show", title="Lionsgate")
    assert not has(found, type="show", title="Los Angeles")


def test_the_book_series_by_someone_names_the_novelist_not_a_creator() -> None:
    text = (
        "The latest installment of Rhea Stone's adaptation of the book series by Julia Penrose will follow "
        "the third brother. Season 3 of Ashford Hall will be released on Netflix on May 16."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Ashford Hall", person="Julia Penrose", role="novelist")
    assert not has(found, type="credit", person="Julia Penrose", role="creator")


def test_a_debut_the_show_has_had_is_in_the_past_and_other_shows_are_no_topic() -> None:
    text = (
        'NBC has renewed freshman comedy "Front Page" for a second season.\n\n'
        "The midseason show has been airing twice per week since its Apr. 25 debut. NBC's other freshman "
        'sitcom "Mock Trial" awaits a decision.'
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Front Page", date="2024-04-25")
    assert not has(found, type="release", show="Mock Trial")
    assert not has(found, type="release", date="2025-04-25")


def test_the_network_of_a_finished_run_is_not_the_shows_network_now() -> None:
    text = (
        "Netflix has ridden to the rescue of the Western series Dry Gulch. The streamer has ordered 10 new "
        "episodes for a Season 4 debut of Dry Gulch in 2025, after the show ran for three seasons on A&E."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="descriptor", show="Dry Gulch", value="renewed for season 4")
    assert not has(found, network="A&E")


def test_a_cast_that_includes_after_having_seen_a_trailer() -> None:
    text = (
        'Starz has set a premiere date for "Copper Mile," the drama from Nadia Orlov. I have only seen the '
        'trailer, but a cast that includes Owen Decker, Lila Marsh (Tess from "Harbor Nine") and Felix '
        "Brandt has me excited."
    )
    found = extracted_records(text, _DAY)
    for person in ("Owen Decker", "Lila Marsh", "Felix Brandt"):
        assert has(found, type="credit", show="Copper Mile", person=person, role="actor")
    assert not has(found, type="credit", show="Harbor Nine")


def test_stars_as_a_described_part_and_a_premiere_tonight() -> None:
    text = (
        'Tonight\'s big premiere is the offbeat comedy "Salt and Fern," which premieres at 9 p.m. on CBS. '
        "Dana Whitlock stars as a baker who can hear plants, and Marcus Hale co-stars as her skeptical "
        "landlord."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Salt and Fern", date="2024-05-06", network="CBS")
    for person in ("Dana Whitlock", "Marcus Hale"):
        assert has(found, type="credit", show="Salt and Fern", person=person, role="actor", character=None)
