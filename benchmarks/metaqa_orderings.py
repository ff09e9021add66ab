"""Which order of a merged title's values answers MetaQA 1-hop questions best (tuned half of dev only).

    .venv/bin/python benchmarks/metaqa_orderings.py [--shared ../shared/metaqa]

A title the KB merges from several films (benchmarks/metaqa_merged.py) holds every film's directors, casts
and genres, while a question's gold answers are one film's, and Hits@1 scores the first value listed. This
compares ways of ordering those values, computed from kb.txt alone, on the tuned (first) half's 1-hop
questions about merged titles; intents.catalog.facts ships "tagged, then nearest the earliest year" for
people and "rarest first" for genres, languages and tags. Nothing in a question says which film it means,
so an order can only win on values several of the films share or on telling the films apart; every order
lands near the share of films a value belongs to (about two thirds).
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.metaqa_merged import merged_titles  # noqa: E402

SHARED = ROOT.parent / "shared" / "metaqa"
PEOPLE = ("directed_by", "written_by", "starred_actors")
RELATIONS = {
    "actor": "starred_actors",
    "director": "directed_by",
    "writer": "written_by",
    "genre": "has_genre",
}
RELATIONS |= {"language": "in_language", "tags": "has_tags"}
_TOPIC = re.compile(r"\[([^\]]*)\]")


class Catalog:
    """kb.txt as title -> relation -> values (in line order), value -> relation -> titles, and years."""

    def __init__(self, kb: Path) -> None:
        self.values: defaultdict[str, defaultdict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.titles: defaultdict[str, Counter[str]] = defaultdict(Counter)  # value -> relation counts
        self.credits: defaultdict[str, list[str]] = defaultdict(list)  # person -> titles
        for line in kb.read_text(encoding="utf-8").splitlines():
            parts = line.split("|")
            if len(parts) != 3:
                continue
            title, relation, value = parts
            if value not in self.values[title][relation]:
                self.values[title][relation].append(value)
            self.titles[value][relation] += 1
            if relation in PEOPLE:
                self.credits[value].append(title)
        self.years = {t: sorted({int(y) for y in r.get("release_year", [])}) for t, r in self.values.items()}

    def career(self, person: str, skip: str) -> float | None:
        """Median release year of the person's other single-film titles."""
        dated = [
            self.years[t][0] for t in self.credits[person] if t != skip and len(self.years.get(t, [])) == 1
        ]
        return statistics.median(dated) if dated else None

    def tagged(self, title: str, person: str) -> bool:
        return person.lower() in {t.lower() for t in self.values[title].get("has_tags", [])}


Order = Callable[[Catalog, str, str, list[str]], list[str]]


def _near(catalog: Catalog, title: str, person: str, year: int) -> float:
    career = catalog.career(person, title)
    return abs(career - year) if career is not None else math.inf


def _nearest_year(catalog: Catalog, title: str, person: str) -> int | None:
    """Of the title's release years, the one the person's career sits nearest (as intents.catalog.facts)."""
    career = catalog.career(person, title)
    return None if career is None else min(catalog.years[title], key=lambda y: abs(y - career))


PEOPLE_ORDERS: dict[str, Order] = {
    "catalog line order": lambda c, t, r, v: v,
    "tagged first": lambda c, t, r, v: sorted(v, key=lambda p: not c.tagged(t, p)),
    "nearest the earliest year": lambda c, t, r, v: sorted(v, key=lambda p: _near(c, t, p, c.years[t][0])),
    "nearest the latest year": lambda c, t, r, v: sorted(v, key=lambda p: _near(c, t, p, c.years[t][-1])),
    "tagged, then nearest the earliest year (shipped)": lambda c, t, r, v: sorted(
        v, key=lambda p: (not c.tagged(t, p), _nearest_year(c, t, p) not in (None, c.years[t][0]))
    ),
    "most catalog credits first": lambda c, t, r, v: sorted(v, key=lambda p: -len(c.credits[p])),
    "fewest catalog credits first": lambda c, t, r, v: sorted(v, key=lambda p: len(c.credits[p])),
}
DESCRIPTOR_ORDERS: dict[str, Order] = {
    "catalog line order": lambda c, t, r, v: v,
    "rarest first (shipped)": lambda c, t, r, v: sorted(v, key=lambda x: c.titles[x][r]),
    "commonest first": lambda c, t, r, v: sorted(v, key=lambda x: -c.titles[x][r]),
}


def tuned_questions(shared: Path, merged: frozenset[str]) -> list[tuple[str, str, frozenset[str]]]:
    """(topic, relation, gold) of the tuned half's 1-hop questions about merged titles."""
    lines = (shared / "qa_dev_1hop.txt").read_text(encoding="utf-8").splitlines()
    types = (shared / "qa_dev_1hop_qtype.txt").read_text(encoding="utf-8").splitlines()
    found = []
    for line, qtype in list(zip(lines, types, strict=True))[: len(lines) // 2]:
        text, _, gold = line.partition("\t")
        topic = _TOPIC.search(text)
        asked = qtype.strip().split("_to_")
        if topic and topic.group(1) in merged and asked[0] == "movie" and asked[1] in RELATIONS:
            found.append((topic.group(1), RELATIONS[asked[1]], frozenset(gold.split("|"))))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with kb.txt and the dev files")
    args = parser.parse_args(argv)
    if not (args.shared / "kb.txt").is_file():
        print(f"skipped: MetaQA data not found at {args.shared}")
        return 0
    catalog = Catalog(args.shared / "kb.txt")
    questions = tuned_questions(args.shared, merged_titles(args.shared / "kb.txt"))
    print("1-hop Hits@1 on merged titles, dev tuned half, by ordering of the values (n questions):")
    for orders, people in ((PEOPLE_ORDERS, True), (DESCRIPTOR_ORDERS, False)):
        asked = [q for q in questions if (q[1] in PEOPLE) is people]
        relations = sorted({r for _t, r, _g in asked})
        counts = "  ".join(f"{r} ({sum(q[1] == r for q in asked)})" for r in relations)
        print(f"\n{'people' if people else 'descriptors'}: {counts}")
        for name, order in orders.items():
            hits: Counter[str] = Counter()
            for title, relation, gold in asked:
                first = order(catalog, title, relation, list(catalog.values[title][relation]))[:1]
                hits[relation] += bool(first) and first[0] in gold
            shares = "  ".join(f"{100 * hits[r] / sum(q[1] == r for q in asked):6.1f}%" for r in relations)
            total = 100 * sum(hits.values()) / max(1, len(asked))
            print(f"  {name:<50}{shares}   all {total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
