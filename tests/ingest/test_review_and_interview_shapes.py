"""Shapes of reviews, recaps, interviews and casting news: possessive titles, a character then the show it is
on, an adaptation of an author's bestseller, a reported clause's own subject, an object that is no actor, a
"whose" aside naming someone's other show, and "Co-star" before a name."""

from __future__ import annotations

import datetime as dt

from ingest.sentences import split_sentences
from ingest.titles import candidate_counts
from tests.ingest.helpers import credits, extracted_records, has

PUBLISHED = dt.date(2025, 5, 6)


def test_a_possessive_title_after_a_networks_possessive_keeps_its_possessive() -> None:
    found = extracted_records(
        "Peacock's Dunmore's Folly has been renewed for a third season. The comedy stars Ada Brook as "
        "innkeeper Hattie Dunmore.",
        PUBLISHED,
    )
    assert has(found, type="show", title="Dunmore's Folly", network="Peacock")
    assert has(found, type="credit", show="Dunmore's Folly", person="Ada Brook", role="actor")


def test_a_possessive_title_ending_its_sentence_after_a_networks_possessive_is_whole() -> None:
    every, _strong = candidate_counts(
        split_sentences("Before that, she spent five years on NBC's Saint Brendan's.")
    )
    assert "Saint Brendan's" in every and "Saint Brendan" not in every


def test_an_adaptation_of_an_authors_bestseller_names_the_show_and_its_novelist() -> None:
    found = extracted_records(
        "Hulu has ordered a series adaptation of Mina Corrigan's bestseller The Salt Wives. Jo Tranter will "
        "star as Nell Barr, and Corrigan will write the pilot.",
        PUBLISHED,
    )
    assert has(found, type="show", title="The Salt Wives", network="Hulu")
    assert has(found, type="credit", show="The Salt Wives", person="Mina Corrigan", role="novelist")


def test_a_character_then_the_show_it_is_on_names_the_show() -> None:
    found = extracted_records(
        "Ray Lowell spent six years as Detective Al Burke on Harbor Nine. The ABC drama ends its run with "
        "its seventh season, which premieres Tuesday, September 16.",
        PUBLISHED,
    )
    assert has(found, type="release", show="Harbor Nine", season=7, date="2025-09-16")


def test_a_reported_clause_credits_its_own_subject_not_the_one_reporting() -> None:
    found = extracted_records(
        "Tidewater Lane returns for its sixth season on Tuesday, June 3, on Hulu. Dana Holt, who plays Mayor "
        "June Pell, told Variety that she cried on the last day. Holt also revealed that her real-life "
        "husband, Ted Varga, directed the series finale.",
        PUBLISHED,
    )
    assert not has(found, type="credit", person="Dana Holt", role="director")


def test_a_title_after_on_is_no_actor_of_the_part_described() -> None:
    found = extracted_records(
        "Bree Anand has been cast in Netflix's upcoming thriller Cold Orchard. Anand, best known for playing "
        "Nurse Joy on the BBC's Ward Eleven, will play a detective chasing a killer.",
        PUBLISHED,
    )
    assert not credits(found, "Ward Eleven")
    assert has(found, type="credit", show="Cold Orchard", person="Bree Anand", role="actor")


def test_a_show_in_a_whose_aside_does_not_take_the_credit() -> None:
    found = extracted_records(
        "Netflix has ordered the thriller Cold Orchard. The six-part series was written by Lon Pratt, whose "
        "last show, Fox's Dry Creek, was canceled after one season.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Cold Orchard", person="Lon Pratt", role="writer")
    assert not has(found, type="credit", show="Dry Creek", person="Lon Pratt")


def test_co_star_before_a_name_is_no_part_of_it() -> None:
    found = extracted_records(
        "FX's comedy Tin Kitchen returns for its third season on Wednesday. Co-star Ayo Banjoko-Reid is back "
        "as pastry chef Lou Tran.",
        PUBLISHED,
    )
    assert has(found, type="credit", show="Tin Kitchen", person="Ayo Banjoko-Reid", character="Lou Tran")
    assert not credits(found, "Co-star Ayo Banjoko-Reid")
