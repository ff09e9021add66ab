"""A role named first and its actor in a relative clause or a hand-over: "X, whom A portrays", "X, who is
played by A", "the role of X goes to A".

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 20)


def test_whom_the_actor_portrays_credits_the_role_before_it() -> None:
    text = "The Wax Crown follows Empress Livia, whom Dora Haldane portrays over forty years."
    found = extracted_records(text, _DAY)
    assert has(found, show="The Wax Crown", person="Dora Haldane", character="Empress Livia")


def test_who_is_played_by_credits_the_role_before_it() -> None:
    text = "The new season of Pine Hollow brings in Marcus Reel, who is played by Anton Weir."
    found = extracted_records(text, _DAY)
    assert has(found, show="Pine Hollow", person="Anton Weir", character="Marcus Reel")


def test_an_appositive_role_then_is_played_by_credits_that_role() -> None:
    text = "“The Wax Crown” returns on Starz on June 8. Her rival, Lord Cassel, is played by Ivo Brandt."
    found = extracted_records(text, _DAY)
    assert has(found, show="The Wax Crown", person="Ivo Brandt", character="Lord Cassel")


def test_the_role_going_to_an_actor_is_a_credit() -> None:
    text = (
        "Netflix Casts Shard\nNetflix has cast its thriller Shard. "
        "The lead role of Mira Kade goes to Zoe Arden."
    )
    found = extracted_records(text, _DAY)
    assert has(found, show="Shard", person="Zoe Arden", character="Mira Kade")


def test_joined_a_season_of_the_show_as_a_role_credits_the_role() -> None:
    text = (
        "“Hollow Pines” returns on AMC on October 5. Oren Blaise has joined the second season of "
        "Hollow Pines as Sheriff Dunn."
    )
    found = extracted_records(text, _DAY)
    assert has(found, show="Hollow Pines", person="Oren Blaise", character="Sheriff Dunn")


def test_a_rank_opening_a_role_is_not_the_roles_short_name() -> None:
    text = "“Hollow Pines” returns on AMC on October 5. Oren Blaise has joined the cast as Sheriff Dunn."
    found = extracted_records(text, _DAY)
    dunn = [r for r in found if r.get("character") == "Sheriff Dunn"]
    assert dunn and "Sheriff" not in dunn[0].get("character_aliases", ())
