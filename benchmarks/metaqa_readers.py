"""Compare ways of reading a MetaQA question's relation path, on the dev splits (reading only, no linking).

    .venv/bin/python benchmarks/metaqa_readers.py [--shared ../shared/metaqa]

- lexicon: the shipped reader (intents.catalog.reading.read_path), hand-written, tuned on the first half of
  each dev split;
- perceptron: an averaged multiclass perceptron over word unigrams and bigrams of the question with the topic
  entity masked, its label the whole path; trained here, in memory, on the first half of each dev split
  (MetaQA text may not be shipped, so nothing is saved), as a stand-in for a learned reader.

Both are scored on the second ("untuned") half of each split and on the NTM paraphrases: a question counts
when the path read equals the path its question type names. The topic's kind comes from the question type
(linking is not compared here); a person's usual role is counted from kb.txt.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intents.catalog.paths import CatalogRelation, Hop, ValueKind  # noqa: E402
from intents.catalog.reading import read_path  # noqa: E402
from intents.text import fold  # noqa: E402

R = CatalogRelation
SHARED = ROOT.parent / "shared" / "metaqa"
NAMES = {
    "actor": R.STARRED_ACTORS,
    "director": R.DIRECTED_BY,
    "writer": R.WRITTEN_BY,
    "year": R.RELEASE_YEAR,
    "genre": R.HAS_GENRE,
    "language": R.IN_LANGUAGE,
    "tag": R.HAS_TAGS,
    "tags": R.HAS_TAGS,
    "imdbvotes": R.HAS_IMDB_VOTES,
    "imdbrating": R.HAS_IMDB_RATING,
}
KIND_OF_TOPIC = {"movie": ValueKind.FILM, "tag": ValueKind.TAG}
SPLITS = {
    "1": ("qa_dev_1hop.txt", "qa_dev_1hop_qtype.txt"),
    "ntm": ("qa_dev_1hop_ntm.txt", "qa_dev_1hop_qtype.txt"),
    "2": ("qa_dev_2hop.txt", "qa_dev_2hop_qtype.txt"),
    "3": ("qa_dev_3hop.txt", "qa_dev_3hop_qtype.txt"),
}
Example = tuple[list[str], int, int, str]  # tokens with the entity as one "xentx" token, its span, qtype


def gold_path(qtype: str) -> tuple[Hop, ...]:
    """'movie_to_director_to_movie_to_genre' -> (directed_by, directed_by inverted, has_genre)."""
    parts = qtype.split("_to_")
    return tuple(
        Hop(NAMES[a], True) if b == "movie" else Hop(NAMES[b], False) for a, b in itertools.pairwise(parts)
    )


def load(shared: Path, split: str) -> tuple[list[Example], list[Example]]:
    """The split's (tuned, untuned) halves with the entity masked."""
    questions, types = (shared / name for name in SPLITS[split])
    examples: list[Example] = []
    for line, qtype in zip(questions.read_text().splitlines(), types.read_text().splitlines(), strict=True):
        text = re.sub(r"\[[^\]]*\]", " xentx ", line.partition("\t")[0])
        tokens = fold(text).split()
        at = tokens.index("xentx") if "xentx" in tokens else 0
        examples.append((tokens, at, at + 1, qtype.strip()))
    middle = len(examples) // 2
    return examples[:middle], examples[middle:]


def usual_roles(shared: Path) -> dict[str, CatalogRelation]:
    """Each person's most frequent credit in kb.txt."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for line in (shared / "kb.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1] in ("directed_by", "written_by", "starred_actors"):
            counts[parts[2]][parts[1]] += 1
    return {name: R(c.most_common(1)[0][0]) for name, c in counts.items()}


def lexicon_read(example: Example, role: CatalogRelation | None) -> tuple[Hop, ...] | None:
    tokens, start, end, qtype = example
    topic = KIND_OF_TOPIC.get(qtype.split("_to_")[0], ValueKind.PERSON)
    return read_path(tokens, start, end, topic, role)


def features(example: Example) -> list[str]:
    """Word unigrams and bigrams, and the topic's kind (which the lexicon reader is given too)."""
    tokens, qtype = example[0], example[3]
    topic = KIND_OF_TOPIC.get(qtype.split("_to_")[0], ValueKind.PERSON)
    return [*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens)), f"topic={topic.value}"]


class Perceptron:
    """Averaged multiclass perceptron (pure Python)."""

    def __init__(self) -> None:
        self.weights: defaultdict[tuple[str, str], float] = defaultdict(float)
        self.totals: defaultdict[tuple[str, str], float] = defaultdict(float)
        self.stamps: defaultdict[tuple[str, str], int] = defaultdict(int)
        self.labels: list[str] = []
        self.step = 0

    def _score(self, feats: list[str], label: str, weights: dict[tuple[str, str], float]) -> float:
        return sum(weights.get((f, label), 0.0) for f in feats)

    def predict(self, feats: list[str]) -> str:
        return max(self.labels, key=lambda label: self._score(feats, label, self.weights))

    def train(self, data: list[tuple[list[str], str]], epochs: int = 5) -> None:
        self.labels = sorted({label for _f, label in data})
        for _ in range(epochs):
            for feats, label in data:
                self.step += 1
                guess = self.predict(feats)
                if guess != label:
                    for f in feats:
                        for key, delta in (((f, label), 1.0), ((f, guess), -1.0)):
                            self.totals[key] += (self.step - self.stamps[key]) * self.weights[key]
                            self.stamps[key] = self.step
                            self.weights[key] += delta
        for key, weight in self.weights.items():
            self.totals[key] += (self.step - self.stamps[key]) * weight
            self.weights[key] = self.totals[key] / self.step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with kb.txt and the dev files")
    args = parser.parse_args(argv)
    if not (args.shared / "kb.txt").is_file():
        print(f"skipped: MetaQA data not found at {args.shared}")
        return 0
    roles = usual_roles(args.shared)
    names = {
        split: [line.partition("\t")[0] for line in (args.shared / SPLITS[split][0]).read_text().splitlines()]
        for split in SPLITS
    }
    halves = {split: load(args.shared, split) for split in SPLITS}
    model = Perceptron()
    model.train([(features(e), e[3]) for split in ("1", "2", "3") for e in halves[split][0]])
    print(f"{'split':<6}{'half':<10}{'n':>7}{'lexicon':>10}{'perceptron':>12}")
    for split in SPLITS:
        middle = len(halves[split][0])
        for half, examples in zip(("tuned", "untuned"), halves[split], strict=True):
            offset = 0 if half == "tuned" else middle
            lexicon = perceptron = 0
            for number, example in enumerate(examples):
                entity = re.search(r"\[([^\]]*)\]", names[split][offset + number])
                role = roles.get(entity.group(1)) if entity else None
                lexicon += lexicon_read(example, role) == gold_path(example[3])
                perceptron += model.predict(features(example)) == example[3]
            n = len(examples)
            print(f"{split:<6}{half:<10}{n:>7}{100 * lexicon / n:>9.2f}%{100 * perceptron / n:>11.2f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
