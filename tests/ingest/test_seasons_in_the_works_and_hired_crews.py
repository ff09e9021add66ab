"""Shapes of published news the extractor used to miss or misread (news30a): a season as the subject of its
order ("a second season is already in the works"), and no such next season given to a premiere told in the
same sentence; "won't be back for season three"; someone hired for a job ("Netflix has tapped A to direct");
"its adaptation of B's novel"; "Its creator, C, ..."; "is set to join the cast of X as Y"; a star described
before the name directing a season's premiere.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has


def test_a_season_in_the_works_is_a_renewal() -> None:
    text = (
        "A third season of Salt Mirror is already in the works at Peacock, the streamer said on Monday, "
        "days after the second season's finale."
    )
    found = extracted_records(text, dt.date(2022, 6, 1))
    assert has(found, type="descriptor", show="Salt Mirror", kind="status", value="renewed for season 3")


def test_a_numbered_season_in_the_works_names_its_show_before_it() -> None:
    text = "Juniper Hall season 4 is officially in the works, ITV announced. Its stars will all return."
    found = extracted_records(text, dt.date(2021, 2, 1))
    assert has(found, type="descriptor", show="Juniper Hall", value="renewed for season 4")


def test_a_doubted_season_in_the_works_is_no_renewal() -> None:
    text = "It is not clear whether a third season of Salt Mirror is in the works at Peacock."
    found = extracted_records(text, dt.date(2022, 6, 1))
    assert not any(r["type"] == "descriptor" and r.get("kind") == "status" for r in found)


def test_a_premiere_told_with_the_next_season_ordered_is_not_that_season() -> None:
    text = "The drama Lark Hill debuts on Hulu this Friday, and a second season has already been ordered."
    found = extracted_records(text, dt.date(2022, 3, 2))
    assert has(found, type="release", show="Lark Hill", date="2022-03-04")
    assert not has(found, type="release", show="Lark Hill", season=2)
    assert has(found, type="descriptor", show="Lark Hill", value="renewed for season 2")


def test_wont_be_back_for_a_numbered_season_ends_the_one_before() -> None:
    text = "Kettle Lane won't be back for season four, NBC confirmed on Friday. The sitcom starred Ola Pike."
    found = extracted_records(text, dt.date(2020, 5, 8))
    assert has(found, type="descriptor", show="Kettle Lane", value="canceled")
    assert has(found, type="season", show="Kettle Lane", number=3)
    # The season that will not be made is no season of the show.
    assert not has(found, type="season", show="Kettle Lane", number=4)


def test_someone_tapped_for_a_job_and_the_novel_adapted() -> None:
    text = (
        "HBO has tapped Rhea Collins to direct all six episodes of Stonewake, its adaptation of Lars "
        "Hedin's novel about a sunken town."
    )
    found = extracted_records(text, dt.date(2021, 1, 19))
    assert has(found, type="credit", show="Stonewake", person="Rhea Collins", role="director")
    assert has(found, type="credit", show="Stonewake", person="Lars Hedin", role="novelist")
    assert has(found, type="show", title="Stonewake", network="HBO")


def test_its_creator_between_commas() -> None:
    text = (
        "Peacock Cancels 'Tin Harbor' After One Season\n\n"
        "The comedy Tin Harbor will not return for a second season. Its creator, Mo Adeyemi, thanked fans."
    )
    found = extracted_records(text, dt.date(2024, 6, 1))
    assert has(found, type="credit", show="Tin Harbor", person="Mo Adeyemi", role="creator")


def test_set_to_join_the_cast_as_a_role() -> None:
    text = (
        "Nadia Brenn is set to join the cast of Harbor Ward as Tess Quill, the network announced. The "
        "hospital drama returns to CBS on Jan. 4."
    )
    found = extracted_records(text, dt.date(2020, 10, 1))
    assert has(found, type="credit", show="Harbor Ward", person="Nadia Brenn", character="Tess Quill")
    assert not has(found, type="show", title="Nadia Brenn")


def test_a_described_star_directs_a_season_premiere() -> None:
    text = (
        "Series star Gus Tavner will direct the season three premiere of Ridgeback, FX said on Tuesday. "
        "The new season debuts in 2024."
    )
    found = extracted_records(text, dt.date(2023, 6, 1))
    assert has(found, type="credit", show="Ridgeback", person="Gus Tavner", role="director")


def test_the_verb_stars_after_a_writer_is_no_description() -> None:
    text = "The limited series was written by Ilse Varga and stars Tom Riordan and Bea Lund."
    found = extracted_records(f"Cold Orchard is set to debut on FX.\n\n{text}", dt.date(2023, 6, 1))
    assert has(found, type="credit", person="Ilse Varga", role="writer")
    assert not has(found, type="credit", person="Tom Riordan", role="writer")
