"""Finding what an article is about: titles in subject position, schedule lines, cut-off excerpts."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.clutter import drop_cut_word
from ingest.sentences import split_sentences
from ingest.titles import show_candidates
from tests.ingest.helpers import extracted_records, has

PUBLISHED = dt.date(2016, 7, 24)


def _strong(text: str) -> set[str]:
    return set(show_candidates(split_sentences(text), strong_only=True))


def test_a_title_that_will_be_returning_is_a_show() -> None:
    text = "As expected, the streamer said on Friday that Nightjar will be returning for a third season."
    assert "Nightjar" in _strong(text)
    facts = extract_facts(text + " Nightjar is one of four shows in the lineup.", PUBLISHED)
    assert facts.main_show == "Nightjar"


def test_an_aside_may_stand_between_the_title_and_its_verb() -> None:
    assert "Copper & Vane" in _strong(
        "Copper & Vane (finally!) will now kick off its second season on June 3."
    )


def test_a_film_that_opens_or_arrives_in_theaters_is_a_title() -> None:
    assert "Glass Harbor" in _strong(
        "Written by Ann Lowe and starring Tom Reed as Jack, Glass Harbor opens on May 9."
    )
    assert "The Tinker" in _strong("The Tinker arrives in theaters on October 2nd.")


def test_a_person_returning_to_a_show_is_no_title() -> None:
    assert "Mara Quill" not in _strong("Mara Quill is returning to Nightjar in its fourth season.")


def test_an_appositive_with_a_genre_word_names_a_title() -> None:
    text = "One new digital spin-off will be Deep Water, a scripted series set aboard a submarine."
    assert "Deep Water" in _strong(text)


def test_a_schedule_line_places_its_show_even_when_the_title_looks_like_a_name() -> None:
    text = (
        "Here is the Sunday rundown.\n\n"
        "Marlow Hayes -- (PBS, 9 p.m. ET; check local listings). This miniseries is a handsome period piece."
    )
    assert "Marlow Hayes" in _strong(text)
    assert has(extracted_records(text, PUBLISHED), type="show", title="Marlow Hayes", network="PBS")


def test_on_a_network_places_the_nearest_show_of_a_sentence_naming_several() -> None:
    text = (
        "Two premieres stand out: the grand Marlow Hayes on PBS's Sunday showcase and the witty Backlot, "
        "starring Dan Ives, on Showtime. Marlow Hayes is a period drama, and Backlot is a comedy."
    )
    found = extracted_records(text, PUBLISHED)
    assert not has(found, type="show", title="Marlow Hayes", network="Showtime")


def test_an_excerpt_cut_mid_word_loses_the_broken_word() -> None:
    cut = (
        "The show returns.\nThere could be more renewal and cancellation news this week, so stay tuned, "
        "and keep checking back here with all of us at the Cancelled S"
    )
    assert drop_cut_word(cut).endswith("at the Cancelled")
    finished = "The show returns.\nIt premieres in June."
    assert drop_cut_word(finished) == finished
