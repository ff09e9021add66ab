"""An article's main show when its title is a number ("1899") or "The" and one common word ("The Pitt"), named
through its network or beside other work; and names that sit where a title would but are people or a
genre. Every text here is made up (written for the news27 probe's shapes, in other words)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ingest import extract_facts, to_fact_records
from ingest.number_titles import number_titles
from ingest.sentences import split_sentences

_DAY = dt.date(2025, 5, 6)


def _records(text: str) -> tuple[str | None, list[dict[str, Any]]]:
    extraction = extract_facts(text, _DAY)
    return extraction.main_show, to_fact_records(extraction)[1:]


def _credits(records: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(r["show"], r["person"], r["role"]) for r in records if r["type"] == "credit"}


def _status(records: list[dict[str, Any]], show: str) -> set[str]:
    return {str(r["value"]) for r in records if r["type"] == "descriptor" and r.get("show") == show}


def test_a_number_cancelled_and_possessed_by_its_run_is_the_main_show() -> None:
    main, records = _records(
        "It was meant to be the streamer's big hit, but 2041's run is over. The space thriller has been "
        "cancelled after one season. Creator Noor Halim said she was proud of 2041 and its cast."
    )
    assert main == "2041"
    assert "canceled" in _status(records, "2041")
    assert ("2041", "Noor Halim", "creator") in _credits(records)


def test_a_number_renewed_by_a_network_carries_the_network_and_the_renewal() -> None:
    main, records = _records(
        "Hulu has renewed 1888 for a second season. The period mystery, created by Olek Varga, stars Mina "
        "Sato as a telegraph clerk."
    )
    assert main == "1888"
    assert any(r["type"] == "show" and r["title"] == "1888" and r.get("network") == "Hulu" for r in records)
    assert "renewed for season 2" in _status(records, "1888")
    assert ("1888", "Olek Varga", "creator") in _credits(records)


def test_a_quoted_number_after_a_premiere_is_a_title() -> None:
    text = "Starz has set the premiere of '1966' for June 3. Ivo Mraz directed all eight episodes."
    assert number_titles(split_sentences(text)) == {"1966": 1}


def test_a_year_of_a_date_a_setting_or_a_possessive_hit_is_no_title() -> None:
    text = (
        "In 1999, the network aired Lake Ferne. The drama is set in 1899 on a liner. A year after 2024's "
        "surprise summer hit, the network's 2025 slate is full. The show ran from 2019 until 2022."
    )
    assert number_titles(split_sentences(text)) == {}
    _main, records = _records(text + " Lake Ferne stars Ada Quist.")
    assert not any(r.get("show") in {"1999", "1899", "2024", "2025"} for r in records)


def test_a_network_heading_back_to_a_one_word_title_makes_it_the_main_show() -> None:
    main, records = _records(
        "Max is heading back to The Quay for another season. The gritty new harbour drama created by Lio "
        "Brandt and starring Ferry Lane's Tom Okafor has been renewed for a second season. The Quay has "
        "become the streamer's biggest original."
    )
    assert main == "The Quay"
    assert any(
        r["type"] == "show" and r["title"] == "The Quay" and r.get("network") == "Max" for r in records
    )
    assert "renewed for season 2" in _status(records, "The Quay")
    assert ("The Quay", "Tom Okafor", "actor") in _credits(records)
    # ("Ferry Lane's Tom Okafor": the other show only lends its star's introduction.)
    assert not any(r.get("show") == "Ferry Lane" for r in records)


def test_a_person_starring_before_the_verb_is_never_the_renewed_show() -> None:
    _main, records = _records(
        "Peacock is going back to The Bench. The courtroom comedy created by Ida Marr and starring Col Reyes "
        "has been renewed for a third season."
    )
    assert not any(r.get("show") == "Col Reyes" or r.get("title") == "Col Reyes" for r in records)
    assert ("The Bench", "Col Reyes", "actor") in _credits(records)


def test_a_team_of_two_makers_is_no_title() -> None:
    _main, records = _records(
        "Grey Fjord was the brainchild of the team of Sigrun Dahl and Karl van Holt, the couple behind the "
        "hit Frostline. Netflix has cancelled Grey Fjord after one season."
    )
    assert not any("Sigrun Dahl and" in str(r.get("show") or r.get("title")) for r in records)
    assert "canceled" in _status(records, "Grey Fjord")


def test_a_makers_possessed_work_is_no_role() -> None:
    _main, records = _records(
        "Netflix has cancelled Tide Lines after one season. On paper, it read like a soap meets a heist via "
        "Mara Ellison's Lantern. Tide Lines starred Omar Fell as a diver."
    )
    assert not any(r["type"] == "credit" and r.get("character") == "Lantern" for r in records)


def test_a_capitalised_genre_word_is_no_title() -> None:
    main, records = _records(
        "'Dust Acre' Season 2 is official. Paramount+ has renewed the Western, which stars Eli Vance as a "
        "rancher and was created by Tess Holm."
    )
    assert main == "Dust Acre"
    assert not any(r.get("show") == "Western" or r.get("title") == "Western" for r in records)
    assert ("Dust Acre", "Tess Holm", "creator") in _credits(records)


def test_a_caption_glued_to_the_first_sentence_is_split_and_the_film_keeps_its_star() -> None:
    main, records = _records(
        "Rhea Moss in Glass OrchardIf director Pell Huber's 'Low Tide' and 'Salt Run' had a child, it might "
        "look like his latest film 'Glass Orchard,' which stars Rhea Moss. Watch the trailer for "
        "'Glass Orchard' below."
    )
    assert main == "Glass Orchard"
    assert ("Glass Orchard", "Rhea Moss", "actor") in _credits(records)
    assert not any("OrchardIf" in str(r.get("show") or r.get("title")) for r in records)
    assert any(
        r["type"] == "show" and r["title"] == "Glass Orchard" and r.get("kind") == "film" for r in records
    )
