"""Which show a paragraph is about, decided the same way whatever order a set of titles iterates in."""

from __future__ import annotations

import itertools

from ingest.sentences import split_sentences
from ingest.topics import paragraph_topics

_PARAGRAPH = "The Lantern Keepers returns in May. Season 2 premiered on Apple TV+."
_SHOWS = {"Lantern Keepers", "The Lantern Keepers", "Night Ferry"}


def test_a_paragraph_naming_a_longer_title_is_about_the_longer_title() -> None:
    topics = paragraph_topics(split_sentences(_PARAGRAPH), _SHOWS, "Night Ferry")
    assert topics[0] == "The Lantern Keepers"


def test_the_topic_does_not_depend_on_the_order_the_titles_are_given_in() -> None:
    sentences = split_sentences(_PARAGRAPH)
    found = {
        # A dict's keys keep the order given: every order a set could iterate in.
        paragraph_topics(sentences, dict.fromkeys(order).keys(), "Night Ferry")[0]
        for order in itertools.permutations(sorted(_SHOWS))
    }
    assert found == {"The Lantern Keepers"}
