"""A person who "directed an episode" of the show is one of its directors, and the season named after the
verb is the credit's, not one an aside before it mentions ("Marsh, who joined the writers room in season
two, also directed an episode of the third season"). Every text here is made up."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)
_LEAD = "Hulu renewed Copper Mill for a third season. The drama stars Ann Bell and Rita Marsh. "


def test_directing_an_episode_of_a_season_credits_a_director_of_that_season() -> None:
    found = extracted_records(_LEAD + "Rita Marsh directed an episode of the third season.", _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Rita Marsh", role="director", seasons="3")


def test_the_season_after_the_verb_wins_over_an_asides_season() -> None:
    text = (
        _LEAD
        + "Marsh, who joined the writers room in season two, also directed an episode of the third season."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Rita Marsh", role="director", seasons="3")
    assert not has(found, type="credit", person="Rita Marsh", role="director", seasons="2")


def test_an_episode_of_another_named_show_is_that_shows() -> None:
    found = extracted_records(_LEAD + "Rita Marsh once directed an episode of Tin Road, a soap.", _DAY)
    assert not has(found, type="credit", show="Copper Mill", person="Rita Marsh", role="director")
