"""Other work named as a writers' room someone sat in, an outlet's capital label before an order, and a local
paper's dateline: each read for what it is."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts

_DAY = dt.date(2026, 2, 5)


def _credits(text: str) -> set[tuple[str, str, str]]:
    return {
        (str(f.get("show")), str(f.get("person")), str(f.get("role")))
        for f in extract_facts(text, _DAY).facts
        if f.get("person")
    }


def test_a_writers_room_someone_sat_in_is_other_work_not_the_topic() -> None:
    text = (
        "'The Tin Harbor' Sets May Premiere at Peacock\n\n"
        "'The Tin Harbor,' the coastal thriller from Renata Okafor-Lind, will premiere Thursday, May 7, on "
        "Peacock.\n\n"
        "Okafor-Lind created the series and serves as showrunner. Before that, Okafor-Lind spent two "
        "seasons in the writers' room of CBS's 'Quarry Road.'"
    )
    credits = _credits(text)
    assert ("Quarry Road", "Renata Okafor-Lind", "creator") not in credits
    assert ("The Tin Harbor", "Renata Okafor-Lind", "creator") in credits


def test_a_show_ordered_to_a_season_after_a_capital_label_is_the_subject() -> None:
    text = (
        "EXCLUSIVE: Pebblekeep has been ordered to a sophomore season at Apple TV+.\n\n"
        "The animated comedy follows a talking stone. The voice cast includes Marta Ostrowska-Bell as Granny "
        "Flint.\n\n"
        "Apple TV+ also confirmed that its live-action comedy Desk Duty Forever will not move forward."
    )
    assert extract_facts(text, _DAY).main_show == "Pebblekeep"


def test_a_town_in_a_dateline_is_not_the_show() -> None:
    text = (
        "Millbrook gets its close-up in HBO's 'Copper Hymnal'\n\n"
        "MILLBROOK — For two months last fall, downtown looked like 1962 again. Millbrook residents will "
        "finally see why.\n\n"
        "Copper Hymnal, the HBO drama filmed in Millbrook, premieres Sunday, March 1, on HBO. The series "
        "stars "
        "Dorian Okwuosa-Pell as the preacher, Brother Silas Mott."
    )
    assert extract_facts(text, _DAY).main_show == "Copper Hymnal"
