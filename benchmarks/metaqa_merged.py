"""MetaQA questions about titles its KB merges from several films, scored apart.

MetaQA's kb.txt keeps one entity per title, so the three films called "King Kong" are one entity holding all
three films' directors, casts and years. A 1-hop question was written about one of those films (it comes from
WikiMovies, whose KB kept them apart), and its gold answers are that film's alone: "who directed [King Kong]"
appears once with the 1933 directors and once with Peter Jackson. Nothing in such a question says which film
it is about, so Hits@1 on them is a guess between the films whatever the reader does; `metaqa.py` prints
Hits@1 on these questions and on the rest separately (aggregate figures only, so for either half).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Protocol

_TOPIC = re.compile(r"\[([^\]]*)\]")


def merged_titles(kb: Path) -> frozenset[str]:
    """Titles with more than one release year in kb.txt: one entity standing for several films."""
    years: Counter[str] = Counter()
    with kb.open(encoding="utf-8") as handle:
        for line in handle:
            subject, _, rest = line.partition("|")
            if rest.startswith("release_year|"):
                years[subject] += 1
    return frozenset(title for title, count in years.items() if count > 1)


def on_merged_title(question: str, merged: frozenset[str]) -> bool:
    """True when the question's [bracketed] topic is one of the merged titles."""
    match = _TOPIC.search(question)
    return match is not None and match.group(1) in merged


class ScoredRun(Protocol):
    """What split_line reads of a metaqa.Run."""

    by_merged: Counter[bool]
    hits_by_merged: Counter[bool]


def _rate(run: ScoredRun, merged: bool) -> float:
    return 100.0 * run.hits_by_merged[merged] / max(1, run.by_merged[merged])


def split_line(split: str, half: str, kept: ScoredRun, plain: ScoredRun) -> str:
    """One report line: Hits@1 on merged-title questions and on the rest, with and without brackets."""
    on, rest = kept.by_merged[True], kept.by_merged[False]
    return (
        f"  {split:<4}{half:<9}merged titles {on:>5}{_rate(kept, True):>8.2f}%{_rate(plain, True):>8.2f}%"
        f"   the rest {rest:>5}{_rate(kept, False):>8.2f}%{_rate(plain, False):>8.2f}%"
    )
