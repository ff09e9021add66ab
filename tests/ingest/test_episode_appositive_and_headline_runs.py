"""A quoted name the text calls an episode is no show; a headline's run of capitals is cut to what the text
writes of it."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts

_DAY = dt.date(2026, 2, 5)


def _shows(text: str) -> set[str]:
    return {str(f.get("show")) for f in extract_facts(text, _DAY).facts if f.get("show")}


def test_a_quoted_name_called_an_episode_is_not_the_show() -> None:
    text = (
        "Harbor Watch Exclusive: A Dead Favorite Returns\n\n"
        "Good news, Harbor Watch fans: the captain is back.\n\n"
        'The network\'s coastal drama returns next Thursday with "Lowlight," an episode written by series '
        "creator Tomas Hebbeler-Wynn and directed by Priya Castellane-Moor."
    )
    shows = _shows(text)
    assert "Lowlight" not in shows
    assert "Harbor Watch" in shows


def test_a_headline_run_is_cut_to_the_words_the_text_writes() -> None:
    text = (
        "Harbor Watch Exclusive: A Dead Favorite Returns\n\n"
        "Good news, Harbor Watch fans: the captain is back.\n\n"
        "The coastal drama returns next Thursday, and series creator Tomas Hebbeler-Wynn wrote the episode."
    )
    assert extract_facts(text, _DAY).main_show == "Harbor Watch"


def test_a_headline_run_ending_on_someone_on_the_show_is_cut_to_the_title() -> None:
    text = (
        "Day Ward at Saint Odile Boss Teases Season 2 Finale: 'Nobody Is Safe'\n\n"
        "With the NBC medical drama's Season 2 finale airing May 20, showrunner Ilse Vandermeer-Cho told EW "
        "that nearly every doctor is in danger. Dr. Amos Vell (Teodor Lindqvist-Ama) is still reeling."
    )
    assert extract_facts(text, _DAY).main_show == "Day Ward at Saint Odile"
