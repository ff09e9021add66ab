"""Behaviours fixed after the second unseen batch (tests/ingest_data/fresh2), one per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 9, 1)


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


def test_a_longer_title_mid_sentence_keeps_its_own_dates() -> None:
    text = (
        "Squid Game season 3 was released on Netflix on June 27, 2025. Netflix also turned the show into "
        "the reality competition Squid Game: The Challenge, whose second season premiered in November 2024."
    )
    assert not has(records(text), type="release", show="Squid Game", season=2)


def test_a_title_used_as_a_role_name_does_not_take_the_sentence() -> None:
    text = (
        "Daredevil: Born Again season 2 premieres March 24, 2026 on Disney+.\n\n"
        "Charlie Cox returns as Matt Murdock, the lawyer who fights crime as Daredevil."
    )
    assert has(records(text), show="Daredevil: Born Again", person="Charlie Cox", character="Matt Murdock")


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


def test_the_season_may_follow_the_verb() -> None:
    text = (
        "“The Walking Dead: Daryl Dixon” will return for its third season on Sunday, Sept. 7, 2025, on AMC."
    )
    assert has(records(text), type="release", season=3, date="2025-09-07")


def test_the_season_may_follow_the_date() -> None:
    text = "When “Hacks” returned in April for its fourth season, Deborah had finally landed her show."
    assert has(records(text, dt.date(2025, 6, 3)), type="release", show="Hacks", season=4, year=2025)


def test_a_director_of_photography_is_no_director() -> None:
    text = (
        "Frankenstein premieres on Netflix on Nov. 7. Alexandre Desplat composed the score, and Dan Laustsen "
        "served as director of photography."
    )
    assert not has(records(text), role="director")


def test_a_companys_possessive_in_a_producer_list_is_no_role() -> None:
    text = (
        "Peacock renewed “The Paper” for a second season. Greg Daniels executive produces with "
        "Ricky Gervais, as well as Banijay Americas’ Howard T. Owens."
    )
    assert not has(records(text), role="actor")


def test_played_by() -> None:
    text = "Squid Game season 3 premiered on Netflix. The recruiter is played by Cate Blanchett in a cameo."
    assert has(records(text), show="Squid Game", person="Cate Blanchett", role="actor")


def test_someone_is_a_relatives_name() -> None:
    text = (
        "“The Hollow Tide” begins on ITV1 on Sunday 15 March. Siobhan Finneran plays Ruth Calloway, "
        "and Nina Sosanya is Ruth's mother, Margaret."
    )
    assert has(records(text), person="Nina Sosanya", character="Margaret")


def test_both_and_the_three_point_back_to_the_people_named() -> None:
    text = (
        "“The Paper” was created by Greg Daniels, who developed “The Office” for NBC, and Michael Koman. "
        "Both serve as showrunners."
    )
    found = records(text)
    assert has(found, person="Michael Koman", role="creator")
    assert has(found, person="Greg Daniels", role="showrunner")
    assert has(found, person="Michael Koman", role="showrunner")


def test_took_over_as_showrunner() -> None:
    text = "“Daredevil: Born Again” returns in March. Dario Scardapane, who took over as showrunner, returns."
    assert has(records(text), person="Dario Scardapane", role="showrunner")


def test_a_describing_word_before_a_writers_name() -> None:
    text = "“The Hollow Tide” begins on ITV1 in March. The series was written by newcomer Hannah Greer."
    assert has(records(text), person="Hannah Greer", role="writer")


def test_people_listed_as_executive_producers() -> None:
    text = (
        "“The Hollow Tide” begins on ITV1 in March, with Belinda Campbell and Alex Jones as executive "
        "producers."
    )
    assert has(records(text), person="Alex Jones", role="executive_producer")


def test_a_particle_surname_is_the_full_name() -> None:
    text = (
        "Guillermo del Toro’s “Frankenstein” streams on Netflix on Nov. 7. "
        "Del Toro wrote and directed the film."
    )
    found = records(text)
    assert has(found, person="Guillermo del Toro", role="director")
    assert has(found, person="Guillermo del Toro", role="writer")


def test_the_streaming_date_beats_the_theatrical_one() -> None:
    text = (
        "Guillermo del Toro’s “Frankenstein” is coming. The film will open in select theaters on Oct. 17 "
        "before streaming globally on Netflix on Nov. 7."
    )
    releases = [r for r in records(text) if r["type"] == "release" and r["show"] == "Frankenstein"]
    assert [(r["date"], r.get("network")) for r in releases] == [("2025-11-07", "Netflix")]


def test_people_each_with_a_role_are_not_paired() -> None:
    text = (
        "Frankenstein streams on Netflix on Nov. 7. Oscar Isaac stars, with Felix Kammerer as William "
        "Frankenstein and Charles Dance as Victor’s father, Leopold."
    )
    assert has(records(text), person="Charles Dance", character="Leopold")


def test_a_role_may_share_its_name_with_another_show() -> None:
    text = (
        "Daredevil: Born Again season 2 premieres on Disney+ on March 24, 2026. Krysten Ritter joins the "
        "season as Jessica Jones, a character she first played in Netflix's Jessica Jones."
    )
    assert has(
        records(text), show="Daredevil: Born Again", person="Krysten Ritter", character="Jessica Jones"
    )


def test_initials_do_not_end_a_sentence() -> None:
    text = "Invincible season 4 premieres on Prime Video in March, with J.K. Simmons as Nolan Grayson."
    assert has(records(text), person="J.K. Simmons", character="Nolan Grayson")


def test_returns_to_voice() -> None:
    text = "Invincible season 4 premieres on Prime Video in March. Steven Yeun returns to voice Mark Grayson."
    assert has(records(text), person="Steven Yeun", character="Mark Grayson")


def test_a_word_describing_a_newcomer_is_not_part_of_the_name() -> None:
    text = (
        "“Shrinking” returns to Apple TV in January, and it will be the best season yet. Newcomer Rosalind "
        "Achebe joins in a recurring role as Dr. Mara Pell, a rival therapist who moves in across the hall."
    )
    assert has(records(text), person="Rosalind Achebe", character="Dr. Mara Pell")


def test_an_acronym_may_describe_a_character() -> None:
    text = "The Diplomat Season 3 is on Netflix. Ali Ahn co-stars as CIA station chief Eidra Park."
    assert has(records(text), person="Ali Ahn", character="Eidra Park")


def test_the_title_role_is_the_shows_name() -> None:
    text = "Peacemaker Season 2 premiered on HBO Max on Aug. 21, with John Cena in the title role."
    assert has(records(text), show="Peacemaker", person="John Cena", character="Peacemaker")
