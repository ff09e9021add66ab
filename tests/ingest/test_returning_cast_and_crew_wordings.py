"""A cast list "with A and B reprising their roles" after a production note, and a star who "steps in as" a
producer."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2025, 10, 3)


def test_people_reprising_their_roles_after_with_are_the_shows_cast() -> None:
    found = extracted_records(
        "Mara Ode will direct the second season of Flint Box, the BBC thriller. Production begins in "
        "January, with Aoife Dunne and Rhys Maddox reprising their lead roles.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Flint Box", person="Aoife Dunne", role="actor")
    assert has(found, type="credit", show="Flint Box", person="Rhys Maddox", role="actor")


def test_a_star_stepping_in_as_executive_producer_is_one() -> None:
    found = extracted_records(
        "Showtime has renewed Night Till for a third season. Star Vik Sethi, who plays Ray Dunn, will also "
        "step in as an executive producer.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Night Till", person="Vik Sethi", role="executive_producer")
