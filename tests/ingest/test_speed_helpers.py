"""The speed-ups must not change what is found (cued patterns, the per-article memo) and must hold: an
article's patterns stay compiled for the next."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import ingest  # noqa: F401  (loads every extractor, registering its cued patterns)
from ingest import extract_facts
from ingest.cued import CUED, CuedPattern
from ingest.memo import article_memo, per_article
from ingest.sentences import split_sentences, unwrap
from ingest.title_patterns import CONTEXT_CUES, SHOW_CONTEXTS

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "ingest_data").glob("*/*.txt"))


def test_every_match_of_a_cued_pattern_holds_its_cue() -> None:
    texts = [unwrap(path.read_text(encoding="utf-8")) for path in ARTICLES]
    sentences = [s.text for text in texts for s in split_sentences(text)]
    missing = [
        (cued.pattern.pattern[:60], match.group())
        for cued in CUED
        for text in sentences
        for match in cued.pattern.finditer(text)
        if not cued.cue.search(match.group())
    ]
    assert len(CUED) >= 10
    assert missing == []


def test_every_match_of_a_cued_title_context_holds_its_cue() -> None:
    texts = [unwrap(path.read_text(encoding="utf-8")) for path in ARTICLES]
    sentences = [s.text for text in texts for s in split_sentences(text)]
    missing = [
        (number, match.group())
        for number, cue in CONTEXT_CUES.items()
        for text in sentences
        for match in SHOW_CONTEXTS[number].finditer(text)
        if not cue.search(match.group())
    ]
    assert missing == []


def test_a_cued_pattern_skips_text_without_its_cue() -> None:
    pattern = CuedPattern(r"[A-Z]\w+ plays", r"plays")
    assert [m.group() for m in pattern.finditer("Then Mara plays the lead.")] == ["Mara plays"]
    assert list(pattern.finditer("Then Mara sings.")) == []


def test_per_article_answers_are_remembered_inside_one_article_only() -> None:
    calls: list[str] = []

    @per_article
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    with article_memo():
        assert length("Harbor Lights") == length("Harbor Lights") == 13
    assert calls == ["Harbor Lights"]
    with article_memo():
        length("Harbor Lights")
    length("Harbor Lights")  # outside an article nothing is kept
    assert calls == ["Harbor Lights"] * 3


def test_a_second_article_compiles_no_pattern_again(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in ARTICLES)
    re.purge()  # earlier tests' articles may have filled the cache with their own titles' patterns
    extract_facts(text, dt.date(2025, 1, 10))
    compiled: list[object] = []
    original = re._compiler.compile  # type: ignore[attr-defined]

    def counting(pattern: object, flags: int = 0) -> object:
        compiled.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)  # type: ignore[attr-defined]
    extract_facts(text, dt.date(2025, 1, 10))
    assert compiled == []
