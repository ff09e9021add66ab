"""Shapes of published news the extractor used to miss (issue 9, news29a): a "Scoop:" headline naming a
person, then the pilot's title; "the network's modern-day take"; a role "in the Netflix series of the same
name"; a one-word title after a capitalised describing word; "ordered episodes for a Season 4"; "would be
canceled" in reported speech; release dates fronted by "Set for", "Slated for", "Due in".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest.main_show import acts_like_person
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2013, 3, 4)


def test_a_scoop_headline_names_a_person_then_the_pilot_title() -> None:
    text = (
        "Scoop: Dana Morrow Cast as Holmes in ABC's Gothic Mystery Pilot Grimstone\n\n"
        "ABC has cast Dana Morrow as Holmes in Grimstone, the network's gothic spin on the old detective "
        "yarn. Pete Ansel wrote the script and Lena Vick will direct the pilot."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Grimstone", network="ABC")
    assert has(found, type="credit", show="Grimstone", person="Dana Morrow", character="Holmes")
    assert has(found, type="credit", show="Grimstone", person="Pete Ansel", role="writer")
    # The writer's verb is not the next person's: Pete Ansel directs nothing here.
    assert not has(found, type="credit", person="Pete Ansel", role="director")
    assert not has(found, type="show", title="Dana Morrow")
    assert not has(found, type="show", title="Scoop: Dana Morrow")


def test_a_person_cast_in_a_headline_acts_like_a_person() -> None:
    assert acts_like_person("Dana Morrow", "Dana Morrow Cast as Holmes in Pilot Grimstone")
    assert acts_like_person("Lila Quon", "Lila Quon Lands Title Role in Series Kite")
    assert not acts_like_person("Katy Keene", "Katy Keene Renewed for Season 2")


def test_the_network_pointed_back_at_is_the_last_one_named() -> None:
    text = (
        "Further proof that NBC's courtroom reboot is real: The network has cast Tess Marlowe as the "
        "lead.\n\n"
        "Marlowe will play the judge in Gavel, the network's modern-day take on the old legal drama. Gavel "
        "is set in Chicago."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Gavel", network="NBC")


def test_executive_producers_alongside_others_are_no_cast() -> None:
    text = (
        "Tess Vale has been cast as Mira in Grimstone, the network's take on the ghost story. "
        "Both will serve as EPs alongside Sarah Timber and Carl Bevan."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Grimstone", person="Tess Vale", role="actor")
    assert not has(found, type="credit", person="Sarah Timber", role="actor")


def test_a_role_in_the_series_of_the_same_name_is_the_title() -> None:
    text = (
        "Studio Finds Its Kara Voss In Nadia Pell\n\nThe studio has not confirmed it yet, but Deadline "
        "reports that Nadia Pell has been cast as Kara Voss in the Netflix series of the same name. Pell "
        "will also play the character in a later team-up series."
    )
    found = extracted_records(text, dt.date(2015, 2, 1))
    assert has(found, type="show", title="Kara Voss", network="Netflix")
    assert has(found, type="credit", show="Kara Voss", person="Nadia Pell", character="Kara Voss")
    assert not has(found, type="show", title="Nadia Pell")


def test_a_one_word_title_after_a_capitalised_describing_word() -> None:
    text = (
        "Hulu has ridden to the rescue of the contemporary Western series Coldwater. The streamer will carry "
        "the show. Dean Ruck plays Sheriff Walt Coldwater.\n\n"
        "Hulu has ordered 8 new episodes for a Season 3 debut of Coldwater in 2016."
    )
    found = extracted_records(text, dt.date(2015, 1, 10))
    assert has(found, type="show", title="Coldwater", network="Hulu")
    assert has(found, type="release", show="Coldwater", season=3, year=2016)
    assert has(found, type="descriptor", show="Coldwater", value="renewed for season 3")


def test_the_first_film_is_not_the_series_at_hand() -> None:
    text = (
        "The Kite Runners series on Disney+ has cast Lila Quon in the lead. The book series was filmed "
        "twice. The first film was released in 2010, while the second one was released in 2013."
    )
    found = extracted_records(text, dt.date(2022, 4, 11))
    assert not has(found, type="release", show="Kite Runners", year=2010)


def test_would_be_canceled_in_reported_speech_is_a_cancellation() -> None:
    text = (
        "Fans of Velvet Static got bad news this week. The network said the show would be canceled after "
        "its second season, ending the comedy's run on Showtime."
    )
    found = extracted_records(text, dt.date(2023, 1, 20))
    assert has(found, type="descriptor", show="Velvet Static", value="canceled")
    assert has(found, type="season", show="Velvet Static", number=2)
    hedged = (
        "Fans of Velvet Static fear the show would be canceled if ratings fall. Velvet Static airs on "
        "Showtime."
    )
    assert not has(extracted_records(hedged, dt.date(2023, 1, 20)), type="descriptor", value="canceled")


def test_a_release_fronted_by_set_slated_or_due() -> None:
    films = (
        "Set for release in theaters on November 15th, the film Iron Legion follows a soldier. "
        "Iron Legion is directed by Piers Hollin."
    )
    assert has(extracted_records(films, dt.date(2024, 7, 9)), type="release", show="Iron Legion",
               date="2024-11-15")  # fmt: skip
    revival = (
        "Slated for an early 2017 debut on Showtime, the Pine Hollow series revival will reunite the "
        "original cast. Creator Vera Lusk wrote every episode."
    )
    found = extracted_records(revival, dt.date(2015, 10, 6))
    assert has(found, type="show", title="Pine Hollow", network="Showtime")
    assert has(found, type="release", show="Pine Hollow", year=2017)
    setting = (
        "Set in Paris on July 4, 1976, the film Iron Legion follows a soldier who is on his way home to his "
        "family. Iron Legion stars Ana Ruiz and it is the first film of the year from the studio."
    )
    assert not has(extracted_records(setting, dt.date(2024, 7, 9)), type="release", show="Iron Legion")


def test_an_actor_expected_at_a_dated_premiere_dates_the_premiere() -> None:
    text = (
        "Tobias Crane is joining Harbor General as a new surgeon. He is expected to make his first "
        "appearance during its season 9 premiere on Sept. 22 on ABC."
    )
    found = extracted_records(text, dt.date(2016, 8, 1))
    assert has(found, type="release", show="Harbor General", season=9, date="2016-09-22")
    hedged = (
        "Tobias Crane is joining Harbor General as a new surgeon. The season 9 premiere is expected to air "
        "on Sept. 22 on ABC, though it might move."
    )
    assert not has(extracted_records(hedged, dt.date(2016, 8, 1)), type="release", date="2016-09-22")


def test_a_headline_premiere_day_dates_the_show() -> None:
    text = (
        "Wildfire Season Premieres June 3\n\nThe second season of Wildfire Season arrives on TNT next month, "
        "the cable network announced. Kai Ormond returns as the fire chief."
    )
    found = extracted_records(text, dt.date(2018, 5, 1))
    assert has(found, type="release", show="Wildfire Season", date="2018-06-03")
    person = (
        "Kai Ormond Returns June 3\n\nKai Ormond returns to Wildfire Season next month, the cable network "
        "announced. The drama airs on TNT."
    )
    assert not has(extracted_records(person, dt.date(2018, 5, 1)), type="release", date="2018-06-03")
