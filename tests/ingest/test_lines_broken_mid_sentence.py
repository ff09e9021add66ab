"""A page not wrapped throughout may still break a line mid-sentence ("created by Rita and Lena Marsh (The
Glass Road)\\nand Peter Vance"): a line ending on a word, a comma or a bracket, followed by a line going on in
lower case, is one sentence. Every text here is made up."""

from __future__ import annotations

import datetime as dt

from ingest.sentences import unwrap
from tests.ingest.helpers import extracted_records, has

_DAY = dt.date(2025, 1, 20)


def test_a_lower_case_line_carries_on_the_sentence_before_it() -> None:
    text = (
        "Hulu ends Copper Mill\n"
        "Hulu said on Friday that the drama Copper Mill would not return after two long seasons.\n"
        "The drama, a story of a mill town, was created by Rita and Lena Marsh (The Glass Road)\n"
        "and Peter Vance and praised for its look."
    )
    found = extracted_records(text, _DAY)
    assert has(found, type="credit", show="Copper Mill", person="Peter Vance", role="creator")


def test_a_line_ending_a_sentence_or_a_headline_stays_apart() -> None:
    text = "Copper Mill renewed\nnew episodes come in May.\nIt stars Ann Bell.\nmore to come"
    assert unwrap(text) == "Copper Mill renewed\nnew episodes come in May.\nIt stars Ann Bell.\nmore to come"


def test_a_line_broken_after_a_word_joins_the_next() -> None:
    assert unwrap("Copper Mill ends\nAfter 23 episodes and 13\ncountries, the story ends.") == (
        "Copper Mill ends\nAfter 23 episodes and 13 countries, the story ends."
    )
