"""Page clutter around a pasted or scraped article: dropped before the headline and date are looked for."""

from __future__ import annotations

import datetime as dt

from ingest import extract_facts
from ingest.clutter import strip_clutter
from ingest.sentences import headline, leading_date, split_sentences


def test_furniture_lines_are_dropped_and_prose_is_kept() -> None:
    page = (
        "Skip to content\nAdvertisement\nShare via\nweb analytics\nSenior Editor\n"
        "Harbor Lights renewed for a third season\n"
        "By Ada Quill\n"
        "Harbor Lights will return to Netflix next spring.\n"
        "By the time the finale aired, the show had found its audience.\n"
    )
    kept = [line for line in strip_clutter(page).split("\n") if line.strip()]
    assert kept == [
        "Harbor Lights renewed for a third season",
        "Harbor Lights will return to Netflix next spring.",
        "By the time the finale aired, the show had found its audience.",
    ]


def test_script_settings_counters_and_related_links_are_clutter() -> None:
    page = (
        "pageSize: 10\nshowComments = true\nComments: ↓ 2 user comments\n"
        "RELATED STORIES Ten Shows Gone Too Soon\nRead more: Our fall preview\n"
        "The Orchard Keepers was cancelled after two seasons.\n"
    )
    assert strip_clutter(page).strip() == "The Orchard Keepers was cancelled after two seasons."


def test_a_labelled_date_line_keeps_its_date_and_a_byline_strip_its_date_cell() -> None:
    published, _body = leading_date(strip_clutter("  • Publish Date: March 3, 2016\nThe show returns."))
    assert published == dt.date(2016, 3, 3)
    published, _body = leading_date(strip_clutter("March 4, 2016  | By Ada Quill  | 3 comments\nText."))
    assert published == dt.date(2016, 3, 4)


def test_the_headline_is_the_first_line_after_the_clutter() -> None:
    page = (
        "Advertisement\n\nNetwork renews Harbor Lights and Quiet Fields\n\nShare via\n\n"
        "The network renewed both."
    )
    assert headline(split_sentences(strip_clutter(page))) == "Network renews Harbor Lights and Quiet Fields"


def test_a_symbol_left_after_the_opening_date_is_no_headline() -> None:
    facts = extract_facts(
        " date 2019-05-10 ×\n\nStarz has renewed “Harbor Lights” for a second season.\n", None
    )
    assert facts.headline is None
    assert facts.published == dt.date(2019, 5, 10)


def test_an_opening_date_may_carry_its_weekday() -> None:
    published, body = leading_date("Friday 27 July 2012\n\nThe show returns.")
    assert published == dt.date(2012, 7, 27)
    assert body.strip() == "The show returns."
