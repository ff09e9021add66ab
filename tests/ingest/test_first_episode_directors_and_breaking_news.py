"""A job on the first episode covers one episode; news that a show would be canceled is a cancellation."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import credits, extracted_records, has


def test_attached_to_direct_the_first_episode_is_a_one_episode_credit() -> None:
    text = (
        "Channel Nine gave “Cold Range” a series order last spring. Ida Fell will also executive produce, "
        "with Tomas Wren attached to executive produce and direct the first episode."
    )
    found = extracted_records(text, dt.date(2020, 5, 5))
    directing = [r for r in credits(found, "Tomas Wren") if r["role"] == "director"]
    assert directing and directing[0].get("episodes") == 1


def test_news_that_the_show_would_be_canceled_is_a_cancellation() -> None:
    text = (
        "The streamer's “Harbor Ward” is the newest casualty of its cost cutting. According to trade "
        "reports, the crew was shooting its second season this week when the news dropped that the show "
        "would be canceled."
    )
    found = extracted_records(text, dt.date(2020, 5, 5))
    assert has(found, type="descriptor", show="Harbor Ward", kind="status", value="canceled")


def test_a_show_that_would_be_canceled_if_ratings_fall_is_no_cancellation() -> None:
    text = (
        "The streamer's “Harbor Ward” is a drama about nurses. "
        "Reports said the show would be canceled if ratings fell."
    )
    found = extracted_records(text, dt.date(2020, 5, 5))
    assert not has(found, type="descriptor", show="Harbor Ward", kind="status", value="canceled")
