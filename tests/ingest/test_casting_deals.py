"""Casting news in the future or just settled: "A will join the cast of X", "A has signed on to star in X",
"A has closed a deal to join X", and a deal to join as crew that is no acting credit (invented names)."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records

PUBLISHED = dt.date(2023, 6, 1)


def actors(text: str, show: str) -> set[str]:
    """The actors credited on `show` in the facts extracted from `text`."""
    return {
        str(r["person"])
        for r in extracted_records(text, PUBLISHED)
        if r["type"] == "credit" and r.get("show") == show and r.get("role") == "actor"
    }


def test_a_person_will_join_the_cast_of_a_show() -> None:
    text = "Casting news\n\nDara Holm will join the cast of Brine Street, the BBC Two drama."
    assert actors(text, "Brine Street") == {"Dara Holm"}


def test_a_person_has_signed_on_to_star_in_a_show() -> None:
    text = "Casting news\n\nDara Holm has signed on to star in Brine Street, the BBC Two drama."
    assert actors(text, "Brine Street") == {"Dara Holm"}


def test_a_person_has_closed_a_deal_to_join_a_show() -> None:
    text = "Casting news\n\nDara Holm has closed a deal to join Brine Street, the BBC Two drama."
    assert actors(text, "Brine Street") == {"Dara Holm"}


def test_a_deal_to_join_as_showrunner_is_no_acting_credit() -> None:
    text = "Casting news\n\nDara Holm has closed a deal to join Brine Street as showrunner, the BBC said."
    assert actors(text, "Brine Street") == set()


def test_her_deal_after_the_surnames_camp_is_the_one_full_name_with_that_surname() -> None:
    text = (
        "Casting news\n\nThe drama Brine Street wanted Dara Holm for the lead. "
        "A source in Holm's camp confirms that her deal to join Brine Street has closed."
    )
    assert actors(text, "Brine Street") == {"Dara Holm"}


def test_a_possessive_deal_to_join_as_showrunner_is_no_acting_credit() -> None:
    text = (
        "Casting news\n\nThe drama Brine Street has a new boss. "
        "Dara Holm's deal to join Brine Street as showrunner closed."
    )
    assert actors(text, "Brine Street") == set()


def test_a_surname_two_full_names_share_gives_no_credit() -> None:
    text = (
        "Casting news\n\nThe drama Brine Street wanted Dara Holm or Petra Holm for the lead. "
        "A source in Holm's camp confirms that her deal to join Brine Street has closed."
    )
    assert actors(text, "Brine Street") == set()
