"""A headline's label before a colon ("Desk Notes: Harbor Lights Season 3 Scoop") is no part of the title.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.headline_titles import headline_titles
from ingest.titles import clean_title


def test_a_headline_label_before_the_title_is_dropped() -> None:
    text = (
        "Desk Notes: Harbor Lights Season 3 Scoop, a New Deal and More!\n\n"
        "Harbor Lights kicks off its third season Friday, June 8, and the network has released a synopsis."
    )
    assert extract_facts(text, dt.date(2012, 5, 2)).main_show == "Harbor Lights"


def test_a_question_headline_asking_whether_a_show_comes_back_names_the_show() -> None:
    assert headline_titles("Is Iron Bay Coming Back for Season 2?", clean_title) == ["Iron Bay"]


def test_a_trailer_for_a_titles_numbered_season_names_the_title() -> None:
    assert headline_titles("First Trailer for Iron Bay Season 2", clean_title) == ["Iron Bay"]
