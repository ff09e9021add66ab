"""Season references in questions."""

from __future__ import annotations

import pytest

from intents.seasons import find_season


@pytest.mark.parametrize(
    ("question", "number", "latest"),
    [
        ("when does heartstopper season 3 come out", 3, False),
        ("heartstopper s3 release date", 3, False),
        ("heartstopper s 2", 2, False),
        ("when is season three out", 3, False),
        ("who directed the third season", 3, False),
        ("heartstopper series 2 cast", 2, False),
        ("when does the new season start", None, True),
        ("who is directing the latest season", None, True),
    ],
)
def test_finds_season(question: str, number: int | None, latest: bool) -> None:
    found = find_season(question.split())
    assert found is not None
    assert (found.number, found.latest) == (number, latest)


@pytest.mark.parametrize("question", ["how many seasons are there", "who plays nick", "s club 7"])
def test_no_season(question: str) -> None:
    found = find_season(question.split())
    assert found is None


def test_span_covers_the_reference() -> None:
    found = find_season("when does heartstopper season 3 come out".split())
    assert found is not None
    assert (found.start, found.end) == (3, 5)
