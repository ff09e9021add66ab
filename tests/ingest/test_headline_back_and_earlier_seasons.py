"""A headline saying a title "Is Back" names the show a text only points at; a surname opening a sentence is
no title; a season that did something of its own earlier in the sentence is not the season released.

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 3, 5)


def test_a_headline_title_that_is_back_names_the_show_the_text_points_at() -> None:
    text = (
        "Quillon Is Back, and It's Darker Than Ever\n\nTwo years on, the office thriller returns to Apple "
        "TV+ this Friday. Ada Moss created the show."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Quillon", person="Ada Moss", role="creator")


def test_a_surname_opening_a_sentence_is_no_title() -> None:
    text = (
        "Interview: Nell Ormond on her first villain\n\nNell Ormond had never played a villain before. "
        '"I loved it," the actress says of her role in the drama, which ends on Sunday.\n\n'
        "Ormond, 52, joined the cast last year. Ormond lives in Leeds."
    )
    found = extracted_records(text, _DAY)
    assert not has(found, type="show", title="Ormond")


def test_a_season_that_ended_earlier_in_the_sentence_is_not_the_one_returning() -> None:
    text = (
        "Quillon season 2 news\n\nThree years after its first season ended on a cliffhanger, Quillon returns "
        "to Apple TV+ on March 21."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="release", show="Quillon", date="2025-03-21")
    assert not has(found, type="release", show="Quillon", season=1)
