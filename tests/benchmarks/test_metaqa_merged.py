"""Which MetaQA questions are about a title the KB merges from several films."""

from __future__ import annotations

from pathlib import Path

from benchmarks.metaqa_merged import merged_titles, on_merged_title

KB = """\
Glass Harbour|directed_by|Odile Marchetti
Glass Harbour|release_year|1948
Glass Harbour|release_year|2011
Salt Roads|directed_by|Rafe Collier
Salt Roads|release_year|2009
Paper Lanterns|directed_by|Odile Marchetti
"""


def test_a_title_with_several_release_years_is_merged(tmp_path: Path) -> None:
    kb = tmp_path / "kb.txt"
    kb.write_text(KB, encoding="utf-8")
    assert merged_titles(kb) == frozenset({"Glass Harbour"})


def test_a_question_is_on_a_merged_title_when_its_bracketed_topic_is_one() -> None:
    merged = frozenset({"Glass Harbour"})
    assert on_merged_title("who directed [Glass Harbour]", merged)
    assert not on_merged_title("who directed [Salt Roads]", merged)
    assert not on_merged_title("who directed Glass Harbour", merged)  # no topic marked
