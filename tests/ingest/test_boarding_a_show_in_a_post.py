"""Someone boarding the show at hand in a post, and the show named in apposition around it. Invented names."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2026, 3, 2)


def test_boarding_the_show_as_director_and_executive_producer_gives_both_credits() -> None:
    records = extracted_records(
        "Ada Lundqvist has boarded Salt Bride, Netflix's limited series, as director and executive producer. "
        "Oren Paley will star in Salt Bride.",
        PUBLISHED,
    )
    assert has(records, type="credit", show="Salt Bride", person="Ada Lundqvist", role="director")
    assert has(records, type="credit", show="Salt Bride", person="Ada Lundqvist", role="executive_producer")


def test_boarding_another_title_credits_nothing_on_the_show_at_hand() -> None:
    records = extracted_records(
        "Salt Bride starts filming in May on Netflix, and the streamer says it will premiere next year. "
        "Ada Lundqvist has boarded a feature film, Grey Pier, as its director.",
        PUBLISHED,
    )
    assert not has(records, type="credit", show="Salt Bride", person="Ada Lundqvist")


def test_an_adapted_authors_hyphenated_name_is_no_title() -> None:
    records = extracted_records(
        "Ada Lundqvist has boarded Salt Bride, Netflix's limited series adaptation of Coral Vance-Hale's "
        "bestselling novel, as director. Oren Paley will star in Salt Bride.",
        PUBLISHED,
    )
    assert has(records, type="show", title="Salt Bride", network="Netflix")
    assert not has(records, type="show", title="Coral Vance")
