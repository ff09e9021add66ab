"""Question sets and the 10x catalog for benchmarks/linking.py, all generated reproducibly from a seed.

- exact: MetaQA 1-hop dev questions, brackets removed;
- typo: the same questions with one typo in the topic name (two neighbouring letters swapped, a letter
  dropped, or a letter replaced), gold answers unchanged;
- swap_any: two letters of the topic name swapped wherever they are (often two wrong letters in one word);
- unknown: the questions with the topic name replaced by a made-up name no catalog entry is close to;
- chatter: channel small talk that must not be answered.
The 10x catalog is kb.txt plus nine renamed copies: each copy's films get titles made of other titles' words
(same word count) and its people names made of other people's first names and surnames, so common words
("love", "john") grow with the catalog as they would in a real one.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

from benchmarks.metaqa import Question

_BRACKETS = re.compile(r"\[([^\]]*)\]")
PEOPLE_RELATIONS = frozenset({"directed_by", "written_by", "starred_actors"})
CHATTER = (
    "lol that was great",
    "anyone watching tonight?",
    "good morning everyone",
    "brb getting coffee",
    "that ending though",
    "i can't believe it honestly",
    "who wants pizza",
    "thanks for the help earlier",
    "see you all tomorrow",
    "this channel is so quiet today",
    "haha same",
    "what a week it has been",
)
_SYLLABLES = "zor vak quil thre mun dax pry oss fel gri wob nix yul kra spe vot blen trum".split()


@dataclass(frozen=True, slots=True)
class Asked:
    """One benchmark question: its text, gold answers (empty: none expected) and set."""

    text: str
    gold: frozenset[str]
    kind: str  # "exact" | "typo" | "unknown" | "chatter"
    topic: str = ""


def topic_of(question: Question) -> tuple[str, str, str]:
    """The text before the bracketed topic name, the name, and the text after it."""
    match = _BRACKETS.search(question.text)
    if match is None:
        return question.text, "", ""
    return question.text[: match.start()], match.group(1), question.text[match.end() :]


def misspell(name: str, rng: random.Random) -> str:
    """`name` with one typo: two neighbouring letters swapped, a letter dropped, or a letter replaced."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    for _ in range(20):
        i = rng.choice(letters)
        operation = rng.choice(("swap", "drop", "replace"))
        if operation == "swap" and i + 1 < len(name) and name[i + 1].isalpha():
            typo = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        elif operation == "drop":
            typo = name[:i] + name[i + 1 :]
        else:
            typo = name[:i] + rng.choice(string.ascii_lowercase) + name[i + 1 :]
        if typo.lower() != name.lower() and typo.strip():
            return typo
    return name


def swap_any_two(name: str, rng: random.Random) -> str:
    """`name` with two of its letters (anywhere, not only neighbours) swapped."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    for _ in range(20):
        i, j = sorted(rng.sample(letters, 2))
        if name[i].lower() != name[j].lower():
            return name[:i] + name[j] + name[i + 1 : j] + name[i] + name[j + 1 :]
    return name


def made_up_name(rng: random.Random) -> str:
    """A name of two invented words, e.g. 'Voxzor Prygri'."""
    return " ".join("".join(rng.sample(_SYLLABLES, 2)).title() for _ in range(2))


def question_sets(questions: list[Question], seed: int) -> dict[str, list[Asked]]:
    """The four sets of the benchmark, from the dev questions (names under 4 letters are skipped)."""
    rng = random.Random(seed)
    sets: dict[str, list[Asked]] = {"exact": [], "typo": [], "swap_any": [], "unknown": [], "chatter": []}
    for question in questions:
        before, name, after = topic_of(question)
        if sum(c.isalpha() for c in name) < 4:
            continue
        sets["exact"].append(Asked(before + name + after, question.gold, "exact", name))
        typo = misspell(name, rng)
        sets["typo"].append(Asked(before + typo + after, question.gold, "typo", name))
        swapped = swap_any_two(name, rng)
        sets["swap_any"].append(Asked(before + swapped + after, question.gold, "typo", name))
        sets["unknown"].append(Asked(before + made_up_name(rng) + after, frozenset(), "unknown"))
    sets["chatter"] = [Asked(text, frozenset(), "chatter") for text in CHATTER]
    return sets


def _unique(make: str, taken: set[str], rng: random.Random, more: list[str]) -> str:
    """`make`, with words from `more` added until no other name is spelled the same."""
    name = make
    while name.lower() in taken:
        name = f"{name} {rng.choice(more)}"
    taken.add(name.lower())
    return name


def write_scaled_kb(kb: Path, out: Path, copies: int, seed: int) -> Path:
    """kb.txt plus `copies - 1` renamed copies, written to `out`; returns `out`."""
    rng = random.Random(seed)
    lines = kb.read_text(encoding="utf-8").splitlines()
    triples = [line.split("|", 2) for line in lines if line.count("|") >= 2]
    films = sorted({s for s, _r, _o in triples})
    people = sorted({o for _s, r, o in triples if r in PEOPLE_RELATIONS})
    title_words = {n: [f.split() for f in films if len(f.split()) == n] for n in range(1, 13)}
    firsts = [p.split()[0] for p in people if len(p.split()) > 1]
    lasts = [p.split()[-1] for p in people if len(p.split()) > 1]
    taken = {name.lower() for name in films + people}
    singles = [words[0] for words in title_words[1]]
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines("|".join(t) + "\n" for t in triples)
        for _copy in range(1, copies):
            titles: dict[str, str] = {}
            for film in films:
                size = len(film.split())
                words = [rng.choice(title_words[size])[i] for i in range(size)] if size <= 12 else [film]
                titles[film] = _unique(" ".join(words), taken, rng, singles)
            names = {
                p: _unique(f"{rng.choice(firsts)} {rng.choice(lasts)}", taken, rng, lasts) for p in people
            }
            for subject, relation, obj in triples:
                new_obj = names[obj] if relation in PEOPLE_RELATIONS else obj
                handle.write(f"{titles[subject]}|{relation}|{new_obj}\n")
    return out
