"""More places only a show's title fits, and facts said of a show in those sentences (invented names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_a_title_before_finale_is_the_show() -> None:
    text = "In the Harrow Fields finale, Rhea Santos, who plays Mila Cole, gets her best scene yet."
    assert has(found(text), show="Harrow Fields", person="Rhea Santos", character="Mila Cole")


def test_a_title_based_on_a_novel_is_the_show() -> None:
    text = (
        "Glass Kingdom, based on the novel by Irene Vos, is executive produced by Sam Reyes and will "
        "debut on Netflix on Nov. 8."
    )
    records = found(text)
    assert has(records, show="Glass Kingdom", person="Sam Reyes", role="executive_producer")
    assert has(records, type="release", show="Glass Kingdom", date="2024-11-08")


def test_a_title_returning_on_a_date_is_the_show() -> None:
    text = "Cinder Road returns Sept. 19 on FX. The western drew big ratings in its first run."
    assert has(found(text), type="release", show="Cinder Road", date="2024-09-19")


def test_a_title_picked_up_for_a_season_is_renewed() -> None:
    text = "Amber Fields has been picked up for a second season at Starz."
    assert has(found(text), type="descriptor", show="Amber Fields", value="renewed for season 2")


def test_a_title_described_as_a_kind_of_show_is_the_show() -> None:
    text = "Oscar nominee Ruth Calder will headline The Ninth Tide, an eight-part thriller from Apple TV+."
    assert has(found(text), type="show", title="The Ninth Tide", network="Apple TV+")


def test_a_person_described_as_a_comedy_writer_is_no_show() -> None:
    text = "Lamplight Lane is back. Dana Whitlock, a comedy writer from Ohio, joined its staff."
    assert not has(found(text), title="Dana Whitlock")


def test_the_first_episodes_arriving_on_a_day_date_the_show() -> None:
    text = (
        "Apple TV+ has set a premiere date for Salt Lanterns, starring Oren Maddox. The first two "
        "episodes arrive on Friday, Sept. 13."
    )
    assert has(found(text), type="release", show="Salt Lanterns", date="2024-09-13")


def test_the_title_the_lead_names_first_wins_a_tie() -> None:
    text = (
        "The acclaimed original this month is Tall Grass season 3, premiering on May 12. Later comes "
        "River Crown, a spy thriller starring Ana Ruiz, on May 10."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Tall Grass"


def test_a_dramedy_beside_a_title_marks_a_show() -> None:
    text = (
        "Copper Gulls, an odd little dramedy about two rival bakers, returns on Sept. 19 and it "
        "is one of the best of the new shows this fall."
    )
    assert has(found(text), type="release", show="Copper Gulls", date="2024-09-19")


def test_a_name_that_stars_in_a_title_is_a_person_not_a_show() -> None:
    text = (
        "Last on the list, Amber Lane stars in Copper Gulls (May 2nd), an odd little dramedy about two "
        "rival bakers, and it is the best of the new shows this spring."
    )
    assert extract_facts(text, PUBLISHED).main_show == "Copper Gulls"
