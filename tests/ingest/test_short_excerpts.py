"""Short page excerpts (the first few hundred characters of a page): the subject must still be found from a
hard-wrapped lead, the page's address, a quoted appositive or a bracketed actor. All texts are made up."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.headline_titles import headline_titles
from ingest.titles import clean_title
from ingest.url_slug import slug_titles
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2024, 5, 6)


def test_a_title_wrapped_across_two_lines_of_a_short_excerpt_is_joined() -> None:
    text = (
        "Hulu Orders More of 'Copper Lantern'\n"
        "Hulu has ordered more of its quiet western Copper\n"
        "Lantern for a second season ahead of the show's spring debut,\n"
        "the streamer said on Friday."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Copper Lantern", network="Hulu")


def test_a_label_before_a_colon_in_a_headline_is_not_the_renewed_show() -> None:
    line = "PTC: Starz Gives Early Renewal to 2025's 'Copper Lantern'"
    assert headline_titles(line, clean_title) == ["Copper Lantern"]


def test_a_slug_naming_a_person_shaped_title_before_a_show_word_makes_it_the_subject() -> None:
    text = (
        "Jo Marsh has had a rough year on The CW. Months after the network dropped Glass Harbor, her "
        "spin-off Nora Vale has also met its end. The series was the network's only cancellation this spring."
    )
    url = "https://example.com/tv/news/glass-harbor-star-nora-vale-canceled-after-one-season/"
    assert slug_titles(url, text, subjects_only=True) == ["Nora Vale"]


def test_a_slug_title_that_is_only_listed_does_not_outrank_the_story_subject() -> None:
    text = (
        "The network is building two spinoffs of Copper Lantern. The first, Salt Ridge, will stream in June. "
        "Salt Ridge follows a sheriff's deputy. Salt Ridge was written by Ada Moss."
    )
    url = "https://example.com/tv/copper-lantern-spinoffs-announced-salt-ridge-dust"
    extraction = extract_facts(text, _DAY, url)
    assert extraction.main_show == "Salt Ridge"


def test_an_event_name_after_a_title_is_not_part_of_it() -> None:
    text = (
        "Hulu has dropped the first The Long Quiet Super Bowl trailer, teasing the western's return. The "
        "series is set to debut on Hulu in June."
    )
    extraction = extract_facts(text, _DAY, "https://example.com/the-long-quiet-super-bowl-trailer/")
    assert extraction.main_show == "The Long Quiet"


def test_a_network_possessive_after_a_quoted_title_places_the_show() -> None:
    text = (
        "The long-awaited second season of “Copper Lantern,” Hulu’s surprise hit, arrived just before the "
        "holiday weekend."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="show", title="Copper Lantern", network="Hulu")


def test_a_name_with_its_actor_in_brackets_is_a_role_not_a_title() -> None:
    text = (
        "Fans of “Copper Lantern” — especially fans of Marta (Jo Ellen Park) — will want to watch the first "
        "two episodes of the season."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Lantern", person="Jo Ellen Park", character="Marta")
