"""A renewal, cancellation or final season stated by the headline alone, and a quoted headline title before
the headline's verb (invented names throughout)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 2, 1)
FILLER = "\n\nIt was welcome news for the fans of the genre, who have waited a long time for it."


def found(text: str) -> list[dict[str, Any]]:
    """The fact records extracted from `text` (a closing line keeps a short text reading as English)."""
    return extracted_records(text + FILLER, PUBLISHED)


def status(records: list[dict[str, Any]], show: str) -> set[str]:
    """The status values held for `show`."""
    return {r["value"] for r in records if r["type"] == "descriptor" and r.get("show") == show}


def test_a_network_renewing_a_quoted_title_for_a_season_in_the_headline() -> None:
    text = "Starz Renews 'Copper Veil' for Season 3\nThe network said the period drama will return in 2026."
    assert "renewed for season 3" in status(found(text), "Copper Veil")


def test_a_title_renewed_for_an_ordinal_season_in_the_headline() -> None:
    text = "Marble Docks Renewed for a Fourth Season at Peacock\nThe comedy has been a steady performer."
    assert "renewed for season 4" in status(found(text), "Marble Docks")


def test_a_title_cancelled_after_seasons_in_the_headline() -> None:
    text = "Marble Docks Canceled After Three Seasons at Peacock\nThe comedy will not return."
    assert "canceled" in status(found(text), "Marble Docks")


def test_a_title_ending_with_a_season_in_the_headline_is_its_final_season() -> None:
    records = found("Copper Veil to End With Season 6\nStarz said the drama will wrap its story next year.")
    assert "final season: 6" in status(records, "Copper Veil")
    assert not has(records, type="show", title="Copper Veil to End With")


def test_a_headline_renewal_without_a_season_says_nothing() -> None:
    text = "Starz Renews Copper Veil\nThe network said the drama will return in 2026."
    assert not any(v.startswith("renewed for") for v in status(found(text), "Copper Veil"))


def test_a_single_quoted_headline_title_keeps_its_verb_out_of_the_titles() -> None:
    text = "'Copper Veil' Gets Season 2 Premiere Date\nThe second season of the drama opens on April 4."
    records = found(text)
    assert has(records, type="release", show="Copper Veil", season=2, date="2025-04-04")
    assert not has(records, type="show", title="Gets")


def test_a_headline_renewal_for_a_fourth_and_final_season_is_both() -> None:
    records = found("Peacock Renews Marble Docks for a Fifth and Final Season\nThe comedy wraps next year.")
    assert {"renewed for season 5", "final season: 5"} <= status(records, "Marble Docks")
    assert not has(records, type="show", title="Marble Docks for a Fifth and Final Season")
