"""The extractor on input it cannot read: empty, binary, non-English or oversized text is refused with a clear
error, and one sentence that breaks an extractor never loses the rest of the article."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ingest import IngestError, check_text, decode_article, extract_facts, to_fact_records

PUBLISHED = dt.date(2025, 3, 12)


def test_one_bad_sentence_never_aborts_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import ingest.extract as extract
    from ingest.sentence_extractors import ALL_EXTRACTORS

    def broken(*_args: object) -> list[Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr(extract, "ALL_EXTRACTORS", (broken, *ALL_EXTRACTORS))
    result = extract.extract_facts("Harbor Lights Season 2 premieres on Hulu on April 4.", PUBLISHED)
    assert result.problems and "boom" in result.problems[0]
    assert any(f.kind.value == "release" for f in result.facts)


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_input_is_rejected(text: str) -> None:
    with pytest.raises(IngestError, match="empty"):
        extract_facts(text, PUBLISHED)


def test_binary_input_is_rejected() -> None:
    blob = bytes(range(256)) * 40
    with pytest.raises(IngestError, match="binary"):
        decode_article(blob)
    with pytest.raises(IngestError, match="binary"):
        check_text(blob.decode("latin-1"))


def test_non_english_input_is_rejected() -> None:
    french = (
        "La troisième saison de la série sera diffusée le mois prochain sur la plateforme. Les acteurs "
        "principaux reviennent et les fans attendent avec impatience la suite de leur histoire d'amour."
    )
    with pytest.raises(IngestError, match="English"):
        extract_facts(french, PUBLISHED)
    with pytest.raises(IngestError, match="English"):
        extract_facts("ハートストッパーのシーズン3は10月3日にネットフリックスで配信されます。" * 3, PUBLISHED)


def test_one_megabyte_input_is_rejected() -> None:
    with pytest.raises(IngestError, match="bytes"):
        decode_article(b"The show returns next month. " * 40_000)


def test_text_without_facts_gives_no_facts() -> None:
    result = extract_facts(
        "The weather was lovely today and everyone went for a walk in the park.", PUBLISHED
    )
    assert result.facts == ()
    assert len(to_fact_records(result)) == 1  # only the article record
