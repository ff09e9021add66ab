"""A show's title doing what a show does, where a person's name could do the same word: "X starred A",
"X, directed by A", and people described by their job before what they do ("Series co-creators A and B
will return as showrunners"); a streamer's name ending in a plus inside "the Disney+ series".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 5)


def test_a_title_that_starred_someone_is_the_show_not_a_person() -> None:
    text = (
        "Starz has cancelled Copper Veil after two seasons.\n\nCopper Veil starred Lena Hart as a forger "
        "named Ivy and Joel Marsh as her handler Quentin."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Veil", person="Lena Hart", character="Ivy")
    assert has(found, type="show", title="Copper Veil", network="Starz")


def test_a_title_directed_by_someone_is_the_show_not_a_person() -> None:
    text = (
        "Hulu's new miniseries Glass Meadows, directed by Rita Sorn, arrives on the streamer on June 4.\n\n"
        "The four-part drama stars Ben Otto."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Glass Meadows", person="Rita Sorn", role="director")
    assert has(found, type="release", show="Glass Meadows", date="2025-06-04")


def test_people_described_as_the_series_creators_are_the_subject_of_their_clause() -> None:
    text = (
        "Peacock renews Quarry Lane\n\nSeries co-creators Tom Beck and Alma Reyes will return as showrunners "
        "for Quarry Lane."
    )
    found = extracted_records(text, _DAY)
    for person in ("Tom Beck", "Alma Reyes"):
        assert has(found, type="credit", show="Quarry Lane", person=person, role="creator")
        assert has(found, type="credit", show="Quarry Lane", person=person, role="showrunner")


def test_creator_and_star_credits_the_creator() -> None:
    text = (
        "Quarry Lane is a comedy on Peacock. Creator and star Dev Anand said the new season would be sillier."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quarry Lane", person="Dev Anand", role="creator")


def test_the_sentence_opening_word_series_is_no_other_work() -> None:
    text = (
        "Quarry Lane is a comedy on Peacock. Series creator Dev Anand, who once wrote for Night Desk, "
        "knows how to land a joke."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quarry Lane", person="Dev Anand", role="creator")
    assert not has(found, type="work", title="Series")


def test_the_streamer_plus_series_points_back_at_the_show() -> None:
    text = (
        "Tidal Academy season 2 is on the way. The Disney+ series will return on Friday, October 10, 2025, "
        "with all six episodes at once."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Tidal Academy", season=2, date="2025-10-10")


def test_a_title_after_a_starring_list_is_no_actor() -> None:
    text = (
        "Apple TV+ sets The Silver Key season 2 date\n\nApple TV+ has set a date for season 2 of The Silver "
        "Key. Starring Ida Lowe and Ben Kerr, The Silver Key is produced by Lowe's company. The heist comedy "
        "returns to Apple TV+ on Friday, May 9."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", person="Ben Kerr", role="actor")
    assert not has(found, type="credit", person="Silver Key")


def test_a_person_playing_a_role_after_with_is_credited_with_it() -> None:
    text = (
        "Quarry Lane is a comedy on Peacock. Ada Moss stars as Lina, with Carl Dunn playing her uncle, Ruben."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quarry Lane", person="Carl Dunn", character="Ruben")


def test_a_review_praising_an_actor_as_a_role_credits_the_role() -> None:
    text = (
        "Quarry Lane is a comedy on Peacock. Ada Moss is quietly terrific as Lina Vale, and Carl Dunn is a "
        "revelation as her uncle, Ruben."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quarry Lane", person="Ada Moss", character="Lina Vale")
    assert has(found, type="credit", show="Quarry Lane", person="Carl Dunn", character="Ruben")


def test_a_role_the_actor_is_best_known_as_is_not_praise() -> None:
    text = "Quarry Lane is a comedy on Peacock. Ada Moss is best known as Lina in Night Desk."
    found = extracted_records(text, _DAY)
    assert not has(found, type="credit", show="Quarry Lane", person="Ada Moss", character="Lina")


def test_alongside_opening_a_sentence_is_no_part_of_the_actors_name() -> None:
    text = (
        "Quarry Lane is a comedy on Peacock. Alongside Ada Moss as Lina, the series stars Carl Dunn as Ruben."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quarry Lane", person="Ada Moss", character="Lina")
    assert not has(found, type="credit", person="Alongside Ada Moss")
