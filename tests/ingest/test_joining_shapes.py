"""How news words people joining a show, signing on to appear, or a show ending its run (invented names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 3, 1)
LEAD = "Tidewater Lane is a new drama on Hulu. "


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from the lead sentence and `text`."""
    return extracted_records(LEAD + text, PUBLISHED)


def test_a_fronted_capitalised_written_by_is_a_writing_credit() -> None:
    records = found("Written by Oona Pell and directed by Raf Mendel, the series follows a ferry crew.")
    assert has(records, show="Tidewater Lane", person="Oona Pell", role="writer")
    assert has(records, show="Tidewater Lane", person="Raf Mendel", role="director")


def test_a_fronted_executive_produced_by_is_no_plain_producer_credit() -> None:
    records = found("Executive produced by Oona Pell, the series stars Raf Mendel.")
    assert has(records, person="Oona Pell", role="executive_producer")
    assert not has(records, person="Oona Pell", role="producer")


def test_joining_the_project_as_an_executive_producer_is_a_crew_credit_not_a_cast_one() -> None:
    records = found("Ines Varro has joined the project as an executive producer.")
    assert [r["role"] for r in credits(records, "Ines Varro")] == ["executive_producer"]


def test_joining_the_series_as_director_is_a_directing_credit() -> None:
    records = found("Ines Varro joins the series as director.")
    assert [r["role"] for r in credits(records, "Ines Varro")] == ["director"]


def test_write_and_serve_as_showrunner_gives_both_roles() -> None:
    records = found("Ines Varro will write and serve as the showrunner.")
    assert has(records, person="Ines Varro", role="writer")
    assert has(records, person="Ines Varro", role="showrunner")


def test_people_set_to_appear_in_the_show_are_its_cast() -> None:
    records = found("Ines Varro, Teo Brandt and Lia Moss are set to appear together in the second episode.")
    for person in ("Ines Varro", "Teo Brandt", "Lia Moss"):
        assert has(records, show="Tidewater Lane", person=person, role="actor")


def test_someone_on_board_to_star_is_cast() -> None:
    assert has(found("Teo Brandt is on board to star in the series."), person="Teo Brandt", role="actor")


def test_someone_who_will_appear_in_the_show_is_cast() -> None:
    records = found("Teo Brandt (Coldwater) and Lia Moss will appear in the four-part drama.")
    assert has(records, show="Tidewater Lane", person="Teo Brandt", role="actor")
    assert has(records, show="Tidewater Lane", person="Lia Moss", role="actor")


def test_someone_also_joining_the_show_is_cast() -> None:
    assert has(found("Lia Moss is also joining the show."), person="Lia Moss", role="actor")


def test_someone_who_will_be_starring_is_cast() -> None:
    records = found("Lia Moss will also be starring in a recurring role.")
    assert has(records, person="Lia Moss", role="actor")


def test_reprising_a_role_names_the_character() -> None:
    records = found("The new season keeps its cast, with Teo Brandt reprising his role of Captain Wren.")
    assert has(records, person="Teo Brandt", role="actor", character="Captain Wren")


def test_joined_the_cast_as_names_the_character() -> None:
    records = found("Lia Moss has joined the cast as Ruth, a harbour pilot.")
    assert has(records, person="Lia Moss", role="actor", character="Ruth")


def test_ending_its_run_with_a_numbered_season_is_the_final_season() -> None:
    records = found("Tidewater Lane will end its run with season 3, Hulu said.")
    assert has(records, type="descriptor", show="Tidewater Lane", kind="status", value="final season: 3")


def test_ending_its_run_after_an_ordinal_season_is_the_final_season() -> None:
    records = found("Tidewater Lane ends its run after its fourth season.")
    assert has(records, type="descriptor", show="Tidewater Lane", kind="status", value="final season: 4")


def test_a_network_announcing_news_of_a_show_places_the_show() -> None:
    text = "Coming as no surprise, Peacock announced yesterday that Dry Creek will return for a third season."
    records = extracted_records(text + " Dry Creek has loyal fans.", PUBLISHED)
    assert has(records, type="show", title="Dry Creek", network="Peacock")


def test_a_network_announcing_news_of_someone_from_another_show_places_no_show() -> None:
    text = "Dry Creek is a hit. Peacock announced that Salt Row star Ines Varro will join the cast."
    assert not has(extracted_records(text, PUBLISHED), type="show", network="Peacock")


def test_a_quoted_name_the_article_uses_as_a_nickname_is_no_show() -> None:
    text = (
        "Netflix's Copper Hollow returns on May 2. The season introduces Wes (Aron Feld), who needles his "
        "cousin Boss (Ilse Moor) or “Little Boss,” who runs the mill.\n\n“Little Boss” steps in when Wes "
        "burns the ledger. Copper Hollow also brings back Tam (Rhea Doss)."
    )
    records = extracted_records(text, PUBLISHED)
    assert not has(records, type="show", title="Little Boss")
    assert has(records, show="Copper Hollow", person="Ilse Moor", role="actor")


def test_a_quoted_nickname_is_no_full_name_for_a_role() -> None:
    text = (
        "Netflix's Copper Hollow returns on May 2. The season introduces his cousin Boss (Ilse Moor) or "
        "“Little Boss,” who runs the mill."
    )
    assert has(extracted_records(text, PUBLISHED), person="Ilse Moor", character="Boss")
