"""Titles and subjects: which words are a show's title, and which show a sentence is about.

Every sentence here is made up; none is taken from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)
# Some sentences here are dated by a winter article: their weekday dates fall in early 2024.
WINTER_2024 = dt.date(2024, 1, 10)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_a_subtitled_title_is_the_main_show_not_its_prefix() -> None:
    text = (
        "Daredevil: Born Again Season 2 Gets March 2026 Premiere Date\n\n"
        "Daredevil: Born Again season 2 will premiere on Disney+ on Tuesday, March 24, 2026. "
        "Charlie Cox first played the hero in Netflix's Daredevil, which premiered in 2015."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Daredevil: Born Again"


def test_a_paragraph_naming_other_work_in_an_aside_stays_on_the_show() -> None:
    text = (
        "HBO Max renewed Hacks for a fifth season.\n\n"
        "The creators, who met as writers on Comedy Central’s “Broad City,” plan ahead. "
        "Carl Clemons-Hopkins plays Marcus, Deborah’s former COO."
    )
    assert has(records(text), show="Hacks", person="Carl Clemons-Hopkins", character="Marcus")


def test_a_subtitled_season_is_not_a_show() -> None:
    text = (
        "The Walking Dead: Daryl Dixon Season 3 premieres Sept. 7 on AMC. The pair left France at the end "
        "of the second season, subtitled “The Book of Carol.” Clémence Poésy also stars as Isabelle."
    )
    assert not has(records(text), type="show", title="The Book of Carol")


def test_initials_do_not_end_a_sentence() -> None:
    text = "Invincible season 4 premieres on Prime Video in March, with J.K. Simmons as Nolan Grayson."
    assert has(records(text), person="J.K. Simmons", character="Nolan Grayson")


def test_a_time_of_day_ends_the_sentence_before_a_quoted_title() -> None:
    text = (
        "HBO set dates for its winter shows. “Harbor Lights” opens Sunday, March 3 at 9 p.m. “Dry Creek,” a "
        "western about two sisters, begins its eight-episode first season Sunday, March 10 at 10 p.m."
    )
    found = records(text, WINTER_2024)
    assert has(found, type="release", show="Dry Creek", date="2024-03-10")
    assert not has(found, type="release", show="Harbor Lights", date="2024-03-10")


def test_the_title_a_clause_opens_with_is_its_subject() -> None:
    text = (
        "HBO set dates for its winter shows. “Dry Creek,” a comedy which Ann Marlow (“Tin Roof”) wrote and "
        "directed, kicks off its first season Sunday, March 10 at 10 p.m."
    )
    assert has(records(text, WINTER_2024), type="release", show="Dry Creek", date="2024-03-10")


def test_a_title_with_its_network_over_a_premiere_line_is_a_roundup_entry() -> None:
    text = (
        "New dramas premiere tonight\n\n“Harbor Lights” (CW)\nPremieres: 8 p.m. tonight\n\n"
        "A lighthouse keeper solves crimes on a foggy island, and the show is fun.\n\n“Dry Creek” (NBC)\n"
        "Premiered March 3 at 9pm\n\nTwo sisters run a ranch in this slow western."
    )
    found = records(text, WINTER_2024)
    assert has(found, type="release", show="Harbor Lights", date="2024-01-10", network="The CW")
    assert has(found, type="show", title="Dry Creek", network="NBC")


def test_a_title_described_as_a_new_thriller_after_to_is_a_show() -> None:
    text = (
        "ITV revealed its winter line-up. Crime fans will be drawn to Cold Harbour, a new police thriller "
        "starring Ann Rook and Ben Yale. Later, Tim Orr stars in the four-part drama Our Street."
    )
    found = records(text)
    assert has(found, show="Cold Harbour", person="Ann Rook", role="actor")
    assert not has(found, show="Our Street", person="Ann Rook")


def test_a_show_owning_an_actor_after_alongside_is_no_person() -> None:
    text = (
        "Tim Orr co-stars in the four-part thriller Our Street alongside Castle Hill’s Tara Moss, the pair "
        "playing an estranged couple."
    )
    assert not has(records(text), person="Castle Hill")


def test_an_opening_phrase_and_a_clause_subject_are_no_titles() -> None:
    text = (
        "The Long Stair follows Michael Pratt (Tom Ferro) and his wife, Kathleen Pratt (Eva Lind). Besides "
        "Ferro and Lind, the series features Ana Ruiz. Beyond telling how Kathleen died, the "
        "show also restages a documentary."
    )
    found = records(text)
    assert not any(r["type"] == "show" and r["title"] != "The Long Stair" for r in found)


def test_a_last_line_cut_off_mid_sentence_is_still_prose() -> None:
    text = (
        "HBO's Night Garden premieres on October 20.\n\nNight Garden also features a fantastic cast "
        "including Dana Holt, Reed Moss, Ian Vey and the rest of a cast that we cannot wait, Lou"
    )
    assert has(records(text), show="Night Garden", person="Dana Holt", role="actor")


def test_a_digest_item_belongs_to_the_show_its_heading_names() -> None:
    text = (
        "[05/02/24 - 10:00 AM]\n"
        'Showtime Picks Up "Dark Water" Pilot With Ana Ruiz\n'
        "Ana Ruiz will star in the pilot.\n"
        "[05/02/24 - 09:00 AM]\n"
        'Apple Orders "Tin Roof," From Creator Kim Lutz\n'
        "Dana Holt, Reed Moss and Ian Vey will star in the series."
    )
    found = records(text)
    assert has(found, show="Tin Roof", person="Reed Moss", role="actor")
    assert not has(found, show="Dark Water", person="Reed Moss")


def test_a_title_in_a_headlines_capitals_is_one_title_with_its_small_words() -> None:
    text = (
        "Ann Rook will star in an adaptation of Helen Crane’s The Pursuit Of Summer. Ruth Bell was asked "
        "to adapt The Pursuit of Summer for the BBC."
    )
    found = records(text)
    assert has(found, type="show", title="The Pursuit of Summer")
    assert not has(found, type="show", title="The Pursuit Of Summer")
