"""Round-up and report shapes (invented shows and people): which show a clause is about."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2024, 8, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def test_as_for_a_title_makes_the_clause_about_that_show() -> None:
    text = (
        "Night Orchard is a new thriller on ITV. As for Copper Gulls, the long-running series is back "
        "on Sunday, Feb. 8, after a short break."
    )
    records = found(text)
    assert has(records, type="release", show="Copper Gulls", date="2025-02-08")
    assert not has(records, type="release", show="Night Orchard")


def test_a_hyphenated_kind_word_beside_a_title_marks_a_show() -> None:
    text = (
        "Copper Gulls, a two-part murder-mystery set on a remote island, stars Ana Ruiz as the detective "
        "who is sent there to find out what happened to the keeper."
    )
    assert has(found(text), show="Copper Gulls", person="Ana Ruiz", role="actor")


def test_a_show_with_a_describing_aside_before_was_canceled_is_cancelled() -> None:
    text = "Copper Gulls, a mid-season replacement based on the Irene Vos novel, was canceled after one run."
    records = found(text)
    assert has(records, type="descriptor", show="Copper Gulls", value="canceled")
    assert has(records, show="Copper Gulls", person="Irene Vos", role="novelist")


def test_a_title_that_aired_on_a_network_is_a_show() -> None:
    text = "Copper Gulls aired on NBC for two years. Ana Ruiz starred in it as a lighthouse keeper."
    assert extract_facts(text, PUBLISHED).main_show == "Copper Gulls"


def test_a_name_after_a_makers_role_before_starring_is_no_show() -> None:
    text = (
        "There is Copper Gulls from writer Frank Moss, starring Ana Ruiz as a spy on the run. Copper "
        "Gulls airs on BBC One."
    )
    records = found(text)
    assert not has(records, type="show", title="Frank Moss")
    assert has(records, show="Copper Gulls", person="Ana Ruiz", role="actor")


def test_a_title_without_a_release_date_yet_is_a_show() -> None:
    text = "Copper Gulls doesn't have a formal release date yet. The cast is led by Ana Ruiz."
    assert extract_facts(text, PUBLISHED).main_show == "Copper Gulls"


def test_what_a_studio_said_the_show_will_do_dates_it() -> None:
    text = (
        "Copper Gulls has no firm release date yet, but the studio confirmed that it'll arrive on "
        "Disney+ in 2025."
    )
    assert has(found(text), type="release", show="Copper Gulls", year=2025)


def test_a_line_up_entry_opened_with_a_dash_keeps_its_cast() -> None:
    text = (
        "Here is the line-up.\n\nCopper Gulls – the Ana Ruiz spin-off stars Tom Lee as Sam Vane and will "
        "debut on Sunday, Feb. 8 (right after the Night Orchard finale at 9pm).\n\nNight Orchard "
        "returns to ITV on Sunday, Feb. 8."
    )
    assert has(found(text), show="Copper Gulls", person="Tom Lee", character="Sam Vane")


def test_a_date_after_an_aside_that_closed_is_not_that_asides_premiere() -> None:
    text = (
        "Copper Gulls opens Sunday, Feb. 8 at 10pm (following the Night Orchard season "
        "premiere an hour earlier), and another episode follows on Monday, Feb. 9. Night Orchard airs "
        "on AMC."
    )
    assert not has(found(text), type="release", date="2025-02-09")


def test_fans_of_a_title_wait_for_a_show() -> None:
    text = (
        "Fans of Paper Moons can start counting down. The third season of the Max comedy arrives on Oct. 17."
    )
    assert has(found(text), type="release", show="Paper Moons", season=3, date="2024-10-17")


def test_the_network_in_a_pointer_to_the_show_places_it() -> None:
    text = (
        "Fans of Paper Moons can start counting down. The third season of the Hulu comedy arrives on Oct. 17."
    )
    assert has(found(text), type="show", title="Paper Moons", network="Hulu")


def test_a_network_show_someone_starred_in_places_no_show() -> None:
    text = "Paper Moons returns on Oct. 17. Its lead, Ana Ruiz, once starred in the Hulu comedy."
    assert not has(found(text), type="show", title="Paper Moons", network="Hulu")
