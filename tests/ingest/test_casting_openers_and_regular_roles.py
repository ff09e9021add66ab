"""Casting told after a scene-setting opener ("After weeks of talks, A ...") or with a reporting adverb ("A
will indeed play Y"), parts on a show ("has landed a series-regular role on X"), the rest of a main cast ("is
joined in the main cast by ..."), and a role after "play opposite" (invented names)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2022, 3, 1)


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text`."""
    return extracted_records(text, PUBLISHED)


def actors(text: str, show: str) -> set[str]:
    """The actors credited on `show`."""
    return {str(r["person"]) for r in found(text) if r["type"] == "credit" and r.get("show") == show}


def test_a_casting_deal_after_a_scene_setting_opener_is_read() -> None:
    text = (
        "Casting news\n\nAfter weeks of talks, Odile Brach has closed a deal to join Tin Harbour, the BBC "
        "Two drama."
    )
    assert actors(text, "Tin Harbour") == {"Odile Brach"}


def test_an_opener_that_counts_seasons_is_kept() -> None:
    # The opener's "five seasons" may carry the show's last season: the sentence is read whole.
    text = "Tin Harbour news\n\nAfter five seasons, BBC Two has canceled Tin Harbour, the drama said."
    assert has(found(text), type="descriptor", show="Tin Harbour", value="canceled")


def test_a_reporting_adverb_before_play_is_read_past() -> None:
    text = "Casting news\n\nOdile Brach will indeed play Queen Ysolde in the third season of Tin Harbour."
    assert has(found(text), type="credit", show="Tin Harbour", person="Odile Brach", character="Queen Ysolde")


def test_officially_joined_the_cast_as_gives_the_role() -> None:
    text = "Casting news\n\nOdile Brach has officially joined the cast of Tin Harbour as Dr. Wren Amsel."
    assert has(
        found(text), type="credit", show="Tin Harbour", person="Odile Brach", character="Dr. Wren Amsel"
    )


def test_was_cast_as_gives_the_role() -> None:
    text = (
        "Tin Harbour casts its witch\n\nOdile Brach was cast as the witch Maelis in Tin Harbour, the BBC Two "
        "drama. Pell Garrow has also joined the series as King Oren."
    )
    assert has(found(text), type="credit", show="Tin Harbour", person="Odile Brach", character="Maelis")


def test_landing_a_series_regular_role_on_a_show_is_an_acting_credit() -> None:
    text = (
        "Tin Harbour adds a doctor\n\nOdile Brach has landed the new series-regular role on Tin Harbour, the "
        "drama."
    )
    assert actors(text, "Tin Harbour") == {"Odile Brach"}


def test_being_upped_to_series_regular_is_an_acting_credit() -> None:
    text = (
        "Tin Harbour news\n\nOdile Brach has been upped to series regular on Tin Harbour, the BBC Two drama."
    )
    assert actors(text, "Tin Harbour") == {"Odile Brach"}


def test_joined_in_the_main_cast_by_lists_the_cast_without_their_other_work_as_roles() -> None:
    text = (
        "Tin Harbour casting\n\nOdile Brach leads Tin Harbour, the BBC Two drama. Brach is joined in the "
        "main cast by Pell Garrow (Dust Roads, Iron Hill) and Sima Voke (Low Tide)."
    )
    records = found(text)
    assert {"Pell Garrow", "Sima Voke"} <= actors(text, "Tin Harbour")
    assert not has(records, type="credit", person="Pell Garrow", character="Dust Roads")


def test_play_opposite_does_not_take_the_co_star_as_a_role() -> None:
    text = (
        "Tin Harbour casting\n\nOdile Brach has joined the cast of Tin Harbour as Dr. Wren Amsel. Brach will "
        "play opposite series lead Pell Garrow, who stars as nurse Ida Lusk."
    )
    assert has(found(text), type="credit", show="Tin Harbour", person="Pell Garrow", character="Ida Lusk")


def test_a_role_someone_is_cast_as_is_not_part_of_the_shows_title() -> None:
    text = (
        "Tin Harbour casts its witch\n\nOdile Brach was cast as the witch Maelis in Tin Harbour, the BBC Two "
        "drama. Pell Garrow has also joined the series as King Oren."
    )
    records = found(text)
    assert not has(records, type="show", title="Maelis in Tin Harbour")
    assert has(records, type="credit", show="Tin Harbour", person="Pell Garrow", character="King Oren")


def test_a_show_described_as_where_it_stands_now_is_still_a_title() -> None:
    text = (
        "Casting news\n\nOdile Brach has closed a deal to join Tin Harbour, the BBC Two family drama now in "
        "its sixth season."
    )
    assert actors(text, "Tin Harbour") == {"Odile Brach"}
