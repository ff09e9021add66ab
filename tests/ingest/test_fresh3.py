"""Behaviours fixed after the third unseen batch (tests/ingest_data/fresh3), one per test."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 8, 18)


def records(text: str, published: dt.date | None = PUBLISHED) -> list[dict[str, Any]]:
    """The fact records (without the article record) extracted from `text`."""
    return extracted_records(text, published)


def test_two_people_returning_as_two_described_roles_are_paired() -> None:
    text = (
        "“Nobody Wants This” returns to Netflix in October. Kristen Bell and Adam Brody return as Joanne, "
        "an agnostic podcaster, and Noah, the newly single rabbi who falls for her."
    )
    found = records(text)
    assert has(found, person="Kristen Bell", character="Joanne")
    assert has(found, person="Adam Brody", character="Noah")
    assert not has(found, person="Adam Brody", character="Joanne")


def test_an_episode_date_is_not_the_season_premiere() -> None:
    text = (
        "Peacemaker season 2, episode 8 will be released on Thursday, October 9, 2025, at 9 p.m. ET on "
        "HBO Max. It is the last of the season's eight episodes."
    )
    assert not has(records(text), type="release", date="2025-10-09")


def test_the_cast_of_a_film_someone_else_directed_is_not_the_shows() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. James Gunn created the series. "
        "Gunn also directed 2025's Superman, starring David Corenswet."
    )
    assert not has(records(text), show="Peacemaker", person="David Corenswet")


def test_a_role_reprised_from_another_show_is_the_shows_role() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. Frank Grillo joins the season as Rick Flag "
        "Sr., reprising his role from the animated series Creature Commandos."
    )
    assert has(records(text), show="Peacemaker", person="Frank Grillo", character="Rick Flag Sr")


def test_a_lone_word_is_a_surname_before_a_first_name() -> None:
    text = (
        "Only Murders in the Building season 5 premieres on Hulu on Tuesday, September 9. Steve Martin, "
        "Martin Short and Selena Gomez return. The show was created by Martin and John Hoffman."
    )
    assert has(records(text), person="Steve Martin", role="creator")


def test_aka_before_a_bracketed_actor() -> None:
    text = (
        "Peacemaker season 2 premiered on HBO Max on August 21. The series follows Christopher Smith, aka "
        "Peacemaker (John Cena), as he tries to become a better man."
    )
    assert has(records(text), person="John Cena", character="Christopher Smith")


def test_a_premiere_date_for_a_season_of_a_described_show() -> None:
    text = (
        "Netflix has set an Oct. 23 premiere date for the second season of its romantic comedy "
        "“Nobody Wants This,” with all 10 episodes dropping at once."
    )
    assert has(records(text), type="release", show="Nobody Wants This", season=2, date="2025-10-23")


def test_guest_stars_are_cast() -> None:
    text = (
        "Only Murders in the Building season 5 premieres on Hulu on Tuesday, September 9. Season 5 guest "
        "stars include Renée Zellweger and Logan Lerman, whose roles are being kept under wraps."
    )
    assert has(records(text), show="Only Murders in the Building", person="Logan Lerman", role="actor")
