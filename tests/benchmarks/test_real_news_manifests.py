"""The real-news manifests stay well formed: every article scorable, none counted twice across sets."""

from __future__ import annotations

import json
from typing import Any

from benchmarks.real_news_qa import MANIFESTS, SETS

_FACT_TYPES = frozenset({"show", "release", "credit", "renewal", "rating"})
_QUESTION_KINDS = frozenset({"answer", "dont_know"})


def _articles() -> list[tuple[str, dict[str, Any]]]:
    files = sorted({name for names in SETS.values() for name in names})
    return [
        (name, json.loads(line))
        for name in files
        for line in (MANIFESTS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_every_set_names_an_existing_manifest() -> None:
    missing = [name for names in SETS.values() for name in names if not (MANIFESTS / name).is_file()]
    assert missing == []


def test_no_article_is_in_two_manifests() -> None:
    ids = [article["id"] for _, article in _articles()]
    urls = [article["url"].rstrip("/").split("://")[-1] for _, article in _articles()]
    assert len(ids) == len(set(ids))
    assert len(urls) == len(set(urls))


def test_every_article_has_dated_typed_facts_and_scorable_questions() -> None:
    for name, article in _articles():
        where = f"{name}:{article['id']}"
        assert {"url", "outlet", "published", "facts", "questions"} <= article.keys(), where
        assert article["url"].startswith("http"), where
        assert {fact["type"] for fact in article["facts"]} <= _FACT_TYPES, where
        assert article["questions"], where
        for question in article["questions"]:
            assert question["question"].strip(), where
            assert question["expect"]["kind"] in _QUESTION_KINDS, where


def test_no_manifest_is_left_out_of_the_sets() -> None:
    listed = {name for names in SETS.values() for name in names}
    on_disk = {path.name for path in MANIFESTS.glob("*.jsonl")}
    assert on_disk == listed
