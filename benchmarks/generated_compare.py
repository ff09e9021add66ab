"""Generated comparisons and choices: every pair of premieres (which first, before/after, days between), the
critics against the audience score, cast sizes. The expected pick comes from the facts alone."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from benchmarks.generated_facts import Premiere, SeedFacts
from benchmarks.generated_forms import Item, fill, item

_WHICH_FIRST = [
    "which one's older, {a} or {b}?",
    "what came out first between {a} and {b}?",
    "between {a} and {b}, which premiered first?",
    "which is out first: {a} or {b}?",
    "{a} or {b} - which premieres earlier?",
    "which premiered first, {a} or {b}?",
    "which came out first: {a} or {b}",
    "{a} or {b}, which came first?",
    "what came out earlier, {a} or {b}?",
    "which is older, {a} or {b}?",
    "which dropped first {a} or {b}",
    "which one premieres sooner, {a} or {b}?",
    "what's first, {a} or {b}?",
    "{a} vs {b}, which released first?",
]
_WHICH_LATER = [
    "which comes out later, {a} or {b}?",
    "which one is newer, {a} or {b}?",
    "which premiered last, {a} or {b}?",
    "{a} or {b}, which one came out later?",
]
_BEFORE = [
    "is {a} coming out sooner than {b}?",
    "does {a} drop before {b}?",
    "did {a} come out before {b}?",
    "does {a} premiere before {b}?",
    "was {a} released before {b}?",
    "{a} came out before {b}, right?",
    "is {a} older than {b}?",
    "does {a} come out earlier than {b}?",
]
_AFTER = [
    "did {a} premiere after {b}?",
    "does {a} come out after {b}?",
    "is {a} newer than {b}?",
    "{a} comes after {b} right?",
]
_BETWEEN = [
    "how many days are there between {a} and {b}?",
    "days between {a} and {b}?",
    "how long is it from {a} to {b}?",
    "how many days between {a} and {b}?",
    "how many days apart are {a} and {b}?",
    "how long between {a} and {b}?",
    "how many days from {a} to {b}?",
    "what's the gap between {a} and {b}?",
    "how far apart are {a} and {b}?",
    "days between the {a} premiere and the {b} premiere?",
]
_SCORES_YES_NO = [
    ("is the critics score higher than the audience score{of}?", "critics", "higher"),
    ("is the audience score{of} higher than the critics score?", "audience", "higher"),
    ("is the audience score lower than the critics score{of}?", "audience", "lower"),
    ("do critics rate {s} higher than audiences?", "critics", "higher"),
    ("did audiences like {s} more than critics?", "audience", "higher"),
    ("is {s} rated higher by fans than by critics?", "audience", "higher"),
    ("is {s}'s critics score lower than its audience score?", "critics", "lower"),
    ("critics score higher than audience score for {s}, right?", "critics", "higher"),
]
_SCORES_CHOICE = [
    "do audiences or critics like {s} more?",
    "rt critics vs audience for {s}?",
    "which score is higher on rotten tomatoes for {s}, critics or audience?",
    "which is higher for {s}, the critics or the audience score?",
    "who likes {s} more, critics or fans?",
    "critics vs audience score for {s}, which is higher?",
    "is {s}'s critics score or audience score higher?",
    "which score is better for {s}, critics or audience?",
]


def _label_words(rng: random.Random, p: Premiere) -> str:
    show = p.show.lower()
    if p.season is None:
        return show
    return rng.choice([f"{show} season {p.season}", f"season {p.season} of {show}", f"{show} s{p.season}"])


def _sort_day(p: Premiere) -> dt.date:
    return p.day or dt.date(p.year, 1, 1)


def premiere_pairs(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every pair of premieres on different days, asked as a choice, as before/after, and as days between."""
    items: list[Item] = []
    for a, b in itertools.permutations(facts.premieres, 2):
        if a.year == b.year and (a.day is None or b.day is None):
            continue
        if _sort_day(a) == _sort_day(b):
            continue
        early, late = (a, b) if _sort_day(a) < _sort_day(b) else (b, a)
        wa, wb = _label_words(rng, a), _label_words(rng, b)
        for q in fill(rng, _WHICH_FIRST, max(1, k // 3), a=wa, b=wb):
            items.append(item("compare_first", q, first=early.label, first_not=late.label))
        for q in fill(rng, _WHICH_LATER, 1, a=wa, b=wb):
            items.append(item("compare_first", q, first=late.label, first_not=early.label))
        before = _sort_day(a) < _sort_day(b)
        for q in fill(rng, _BEFORE, max(1, k // 4), a=wa, b=wb):
            items.append(item("compare_before", q, first="yes" if before else "no"))
        for q in fill(rng, _AFTER, 1, a=wa, b=wb):
            items.append(item("compare_before", q, first="no" if before else "yes"))
        if a.day is not None and b.day is not None and facts.premieres.index(a) < facts.premieres.index(b):
            gap = abs((a.day - b.day).days)
            for q in fill(rng, _BETWEEN, max(2, k // 2), a=wa, b=wb):
                items.append(item("compare_days", q, all_of=[str(gap)]))
    return items


def score_comparisons(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """The critics score against the audience score, as yes/no and as a choice."""
    items: list[Item] = []
    shows = {show for show, _ in facts.ratings}
    for show in sorted(shows):
        critics, audience = facts.ratings.get((show, "critics")), facts.ratings.get((show, "audience"))
        if critics is None or audience is None or critics == audience:
            continue
        values = [f"{critics}%", f"{audience}%"]
        for template, about, claim in _SCORES_YES_NO:
            of = rng.choice(["", f" for {show.lower()}", f" of {show.lower()}"])
            mine, other = (critics, audience) if about == "critics" else (audience, critics)
            truth = mine > other if claim == "higher" else mine < other
            q = template.format(s=show.lower(), of=of)
            items.append(item("compare_scores", q, first="yes" if truth else "no", all_of=values))
        winner = "critics" if critics > audience else "audience"
        for template in _SCORES_CHOICE:
            q = template.format(s=show.lower())
            items.append(item("compare_scores", q, all_of=values, any_of=[winner]))
    return items


def cast_sizes(facts: SeedFacts, rng: random.Random) -> list[Item]:
    """'which has more cast members, A or B?' from the actor credits."""
    items: list[Item] = []
    shows = list(dict.fromkeys(c.show for c in facts.credits if c.role == "actor"))
    for a, b in itertools.permutations(shows, 2):
        na, nb = len(facts.holders(a, "actor")), len(facts.holders(b, "actor"))
        if na == nb:
            continue
        more = a if na > nb else b
        templates = [
            "which has more cast members, {a} or {b}?",
            "which show has the bigger cast, {a} or {b}?",
            "does {a} have more actors than {b}?",
        ]
        for q in fill(rng, templates, 3, a=a.lower(), b=b.lower()):
            first = ("yes" if na > nb else "no") if q.startswith("does") else more
            items.append(item("compare_cast", q, first=first, all_of=[str(na), str(nb)]))
    return items


def all_comparisons(facts: SeedFacts, rng: random.Random, k: int) -> list[Item]:
    """Every generated comparison."""
    return [*premiere_pairs(facts, rng, k), *score_comparisons(facts, rng), *cast_sizes(facts, rng)]
