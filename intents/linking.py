"""Entity linking: find the shows, people, characters and networks a question names, tolerating typos.

Names are folded once when the index is built. A question is matched exactly on its word n-grams first
(longest first, so "The Light in the Hall" beats "Hall"); only the words left over are fuzzy-matched,
so a long question never fuzzes against a short name. Question words ("directed", "genre") are never
fuzzed into names, and fuzzy look-ups only scan names of a compatible length, so linking stays fast with
a 40,000-name catalog. Catalog tags ("world war ii") are indexed too, for tag questions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from db.knowledge import Knowledge
from intents.catalog.words import CUE_WORDS, QUESTION_WORDS
from intents.fuzzy import FuzzyChoices, fast_fold
from intents.text import STOPWORDS, fold

MAX_NAME_TOKENS = 12
# One wrong letter in a six-letter word ("kismit") scores 83.3.
FUZZY_CUTOFF = 83.0
# Two fuzzy candidates closer than this are ambiguous: ask instead of guessing.
AMBIGUITY_MARGIN = 3.0
# Above this many names, "did you mean" and autocomplete use length-windowed fuzz.ratio instead of WRatio.
LARGE_INDEX = 5000
_NOT_NAMES = STOPWORDS | QUESTION_WORDS
_FRAME_ONLY = STOPWORDS | CUE_WORDS


@dataclass(frozen=True, slots=True)
class EntityRef:
    """One thing a name can refer to. For characters `id` is the credit id; tags are numbered by value."""

    kind: str  # "show" | "person" | "character" | "network" (numbered by name) | "tag"
    id: int
    name: str
    weak: bool = False  # surname or first-name shorthand: loses to any full name


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the folded question and the entities it may name, best first."""

    start: int
    end: int
    text: str
    refs: tuple[EntityRef, ...]
    score: float  # 100 for exact matches
    alternatives: tuple[EntityRef, ...] = ()  # close fuzzy runners-up, for "did you mean"


# The index most recently built for a knowledge snapshot, so handlers can reuse it (see index_for).
_RECENT: list[tuple[Knowledge, EntityIndex]] = []


def index_for(knowledge: Knowledge) -> EntityIndex:
    """The EntityIndex built for `knowledge` (the engine's), building one if there is none."""
    for kb, index in _RECENT:
        if kb is knowledge:
            return index
    return EntityIndex(knowledge)


class EntityIndex:
    """Folded names -> entities, plus length-bucketed choice lists for fuzzy matching."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.names: dict[str, list[EntityRef]] = {}
        self.tags: dict[str, list[EntityRef]] = {}
        self._add_shows(knowledge)
        self._add_people(knowledge)
        self._add_characters(knowledge)
        self._add_networks(knowledge)
        self._add_tags(knowledge)
        self._choices: dict[object, FuzzyChoices] = {}
        self._display: dict[frozenset[str] | None, tuple[list[str], list[str]]] = {}
        _RECENT.insert(0, (knowledge, self))
        del _RECENT[2:]

    def _add(self, name: str, ref: EntityRef) -> None:
        key = fast_fold(name)
        if key:
            refs = self.names.get(key)
            if refs is None:
                self.names[key] = [ref]
            elif ref not in refs:
                refs.append(ref)

    def _add_shows(self, knowledge: Knowledge) -> None:
        add = self._add
        for show in knowledge.shows.values():
            title = show.title
            ref = EntityRef("show", show.id, title)
            add(title, ref)
            for alias in show.aliases:
                add(alias, ref)
            if len(title) > 8 and title[:4].lower() == "the ":
                add(title[4:], ref)

    def _add_people(self, knowledge: Knowledge) -> None:
        add = self._add
        news = {a for a, info in knowledge.articles.items() if info.kind == "news"}
        surnames: dict[str, list[EntityRef]] = defaultdict(list)
        for person in knowledge.people.values():
            ref = EntityRef("person", person.id, person.name)
            add(person.name, ref)
            for alias in person.aliases:
                add(alias, ref)
            # Surnames only for people news articles write about; a 40,000-film catalog would drown in them.
            if any(c.article_id in news for c in person.credits) or any(
                w.article_id in news for w in person.work
            ):
                parts = fold(person.name).split()
                if len(parts) > 1 and len(parts[-1]) >= 4:
                    surnames[parts[-1]].append(EntityRef("person", person.id, person.name, weak=True))
        for surname, refs in surnames.items():
            if len(refs) == 1 and surname not in STOPWORDS:
                self._add(surname, refs[0])

    def _add_characters(self, knowledge: Knowledge) -> None:
        first_names: dict[str, list[EntityRef]] = defaultdict(list)
        for credit in knowledge.credits.values():
            if not credit.character:
                continue
            ref = EntityRef("character", credit.id, credit.character)
            self._add(credit.character, ref)
            for alias in knowledge.character_aliases.get(credit.id, []):
                self._add(alias, ref)
            parts = fold(credit.character).split()
            if len(parts) > 1 and len(parts[0]) >= 3:
                first_names[parts[0]].append(EntityRef("character", credit.id, credit.character, weak=True))
        for first, refs in first_names.items():
            if len(refs) == 1 and first not in STOPWORDS and first not in self.names:
                self._add(first, refs[0])

    def _add_networks(self, knowledge: Knowledge) -> None:
        names = {s.network for s in knowledge.shows.values() if s.network}
        names |= {r.network for s in knowledge.shows.values() for r in s.releases if r.network}
        for number, name in enumerate(sorted(names)):
            self._add(name, EntityRef("network", number, name))

    def _add_tags(self, knowledge: Knowledge) -> None:
        values = sorted({value for kind, value in knowledge.descriptor_index if kind == "tag"})
        for number, value in enumerate(values):
            key = fast_fold(value)
            if key and key not in STOPWORDS:
                self.tags.setdefault(key, []).append(EntityRef("tag", number, value))

    def choices(self, kinds: frozenset[str] | int) -> FuzzyChoices:
        """Fuzzy choices: names with this many words (int), or names of these kinds; built on first use."""
        found = self._choices.get(kinds)
        if found is None:
            if isinstance(kinds, int):
                keys = [k for k in self.names if k.count(" ") + 1 == kinds]
            else:
                source = {**self.names, **self.tags} if "tag" in kinds else self.names
                keys = [k for k, refs in source.items() if any(r.kind in kinds and not r.weak for r in refs)]
            found = self._choices[kinds] = FuzzyChoices(keys)
        return found

    def refs(self, key: str) -> list[EntityRef]:
        """Every entity (tags included) whose folded name is `key`."""
        return self.names.get(key, []) + self.tags.get(key, [])

    def link(self, tokens: list[str], blocked: set[int] | None = None) -> list[Mention]:
        """Non-overlapping mentions in `tokens`, longest exact matches first, then fuzzy ones.

        Names made only of cue words ("Stars", "The Words") are left to the catalog's own linking,
        which knows the question's phrasing; among names of one length, those not starting or ending with a
        stopword go first ("Time Changer" before "In Time" in "who stars in time changer").
        """
        taken = set(blocked or ())
        mentions: list[Mention] = []
        quiet: set[int] = set()  # known tags and question-word titles: never fuzzed into names
        for size in range(min(MAX_NAME_TOKENS, len(tokens)), 0, -1):
            found = []
            for start in range(len(tokens) - size + 1):
                words = tokens[start : start + size]
                key = " ".join(words)
                refs = self.names.get(key)
                if refs and not all(w in _FRAME_ONLY for w in words):
                    edges = (words[0] in STOPWORDS) + (words[-1] in STOPWORDS)
                    found.append((edges, start, key, refs))
                elif refs or key in self.tags:
                    quiet.update(range(start, start + size))
            for _edges, start, key, refs in sorted(found, key=lambda f: (f[0], f[1])):
                span = range(start, start + size)
                if not taken.intersection(span):
                    mentions.append(Mention(start, start + size, key, tuple(_rank(refs)), 100.0))
                    taken.update(span)
        mentions.extend(self._fuzzy(tokens, taken | quiet))
        return sorted(mentions, key=lambda m: m.start)

    def _fuzzy(self, tokens: list[str], taken: set[int]) -> list[Mention]:
        found: list[Mention] = []
        for size in range(min(4, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                span = range(start, start + size)
                words = tokens[start : start + size]
                if taken.intersection(span) or any(w in STOPWORDS or w.isdigit() for w in words):
                    continue
                if all(w in _NOT_NAMES for w in words):
                    continue
                key = " ".join(words)
                if len(key) < (6 if size == 1 else 5):
                    continue
                best = self.choices(size).extract(key, FUZZY_CUTOFF, limit=3)
                if not best:
                    continue
                top_key, top_score = best[0]
                refs = tuple(_rank(self.names.get(top_key, [])))
                close = tuple(
                    ref
                    for other_key, score in best[1:]
                    if top_score - score < AMBIGUITY_MARGIN
                    for ref in self.names[other_key]
                    if ref not in refs
                )
                found.append(Mention(start, start + size, key, refs, top_score, close))
                taken.update(span)
        return found

    def suggest(self, text: str, limit: int = 3, cutoff: float = 72.0) -> list[str]:
        """Known names close to `text`, for "did you mean"."""
        key = fold(text)
        if not key:
            return []
        if len(self.names) <= LARGE_INDEX:
            hits = process.extract(
                key, list(self.names), scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit * 3
            )
            keys = [name_key for name_key, _score, _ in hits]
        else:
            named = self.choices(frozenset({"show", "person", "character"}))
            keys = [name_key for name_key, _score in named.extract(key, cutoff, limit * 3)]
        seen: list[str] = []
        for name_key in keys:
            for ref in self.names[name_key]:
                if ref.name not in seen and not ref.weak:
                    seen.append(ref.name)
        return seen[:limit]

    def complete(self, prefix: str, kinds: set[str] | None = None, limit: int = 25) -> list[str]:
        """Names for autocomplete: prefix matches first, then fuzzy ones; at most `limit`."""
        names, folded = self._display_names(frozenset(kinds) if kinds is not None else None)
        key = fold(prefix)
        if not key:
            return names[:limit]
        starts = [n for n, f in zip(names, folded, strict=True) if f.startswith(key)][:limit]
        if len(starts) >= limit:
            return starts
        if len(names) <= LARGE_INDEX:
            fuzzy = [n for n, _s, _ in process.extract(key, names, scorer=fuzz.WRatio, limit=limit)]
        else:
            hits = process.extract(key, folded, scorer=fuzz.ratio, limit=limit, score_cutoff=60)
            fuzzy = [names[i] for _f, _s, i in hits]
        return (starts + [n for n in fuzzy if n not in starts])[:limit]

    def _display_names(self, kinds: frozenset[str] | None) -> tuple[list[str], list[str]]:
        cached = self._display.get(kinds)
        if cached is None:
            wanted = {
                ref.name
                for refs in self.names.values()
                for ref in refs
                if not ref.weak and ref.kind != "network" and (kinds is None or ref.kind in kinds)
            }
            names = sorted(wanted)
            cached = self._display[kinds] = (names, [fast_fold(n) for n in names])
        return cached


def _rank(refs: list[EntityRef]) -> list[EntityRef]:
    # Full names before shorthands; shows before people before characters when a name is shared.
    order = {"show": 0, "person": 1, "character": 2, "network": 3, "tag": 4}
    return sorted(refs, key=lambda r: (r.weak, order.get(r.kind, 5)))
