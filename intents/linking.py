"""Entity linking: find the shows, people, characters and networks a question names, tolerating typos.

Names are folded once when the index is built. A question is matched exactly on its word n-grams first
(longest first, so "The Light in the Hall" beats "Hall"); only the words left over are fuzzy-matched,
so a long question never fuzzes against a short name. Question words ("directed", "genre") are never
fuzzed into names. Fuzzy look-ups go through a candidate index (intents.candidates), so their cost does not
grow with the catalog; a refreshed snapshot updates the previous snapshot's index instead of building a new
one. Catalog tags ("world war ii") are indexed too, for tag questions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from enum import Enum

from rapidfuzz import fuzz, process

from db.knowledge import Knowledge
from intents.autocomplete import Autocomplete
from intents.candidate_choices import CandidateChoices
from intents.candidates import NameCandidates
from intents.catalog.words import CUE_WORDS
from intents.fuzzy import Choices, FuzzyChoices
from intents.fuzzy_mentions import _beside_unknown, beside_unknown_name_word, fuzzy_mentions
from intents.misspelt import widen_to_full_names
from intents.names import EntityRef as EntityRef  # re-exported: resolve and handlers import it from here
from intents.names import Mention as Mention  # re-exported too
from intents.names import NameTable, rank_refs
from intents.text import STOPWORDS, fold

MAX_NAME_TOKENS = 12
NEWS_MARGIN = 5.0  # a news entity this close to the best catalog match wins outright
CLOSE_CUTOFF = 88.0  # as close as "did you mean" must be (replies.SUGGEST_CUTOFF)
TYPO_CUTOFF = 80.0  # unknown words this close to a name are that name misspelt (as catalog.link)
# Above this many names, "did you mean" and autocomplete use length-windowed fuzz.ratio instead of WRatio.
LARGE_INDEX = 5000
SCAN_BELOW = 2000  # fuzzy look-ups scan every name below this many (cheap), else use the candidate index
_FRAME_ONLY = STOPWORDS | CUE_WORDS


class FuzzyMode(Enum):
    """How fuzzy look-ups find their names."""

    INDEXED = "indexed"  # the candidate index: cost independent of the catalog's size
    SCAN = "scan"  # score every name of a compatible length (the original linker; benchmark baseline)


class EntityIndex:
    """Folded names -> entities, plus the candidate index fuzzy matching looks names up in."""

    def __init__(
        self, knowledge: Knowledge, previous: EntityIndex | None = None, mode: FuzzyMode = FuzzyMode.INDEXED
    ) -> None:
        table = NameTable(knowledge)
        self.names = table.names
        self.tags = table.tags
        self.catalog_only = table.catalog_only
        self.name_parts = table.parts
        self.shared_initials = table.shared_initials
        self.mode = mode
        self.candidates: NameCandidates | None = None
        self.filed_version = -1  # the candidate index's version once this table's names were filed
        if mode is FuzzyMode.INDEXED:
            new_keys = self.names.keys() | self.tags.keys()
            if previous is None or previous.candidates is None:
                self.candidates = NameCandidates(new_keys)
            else:
                old_keys = previous.names.keys() | previous.tags.keys()
                self.candidates = NameCandidates.refreshed(
                    previous.candidates, old_keys, new_keys, previous.filed_version
                )
            self.filed_version = self.candidates.version
        self._choices: dict[object, Choices] = {}
        self._autocomplete = Autocomplete(self.names)
        self._full_names: dict[tuple[str, int], list[str]] | None = None  # built on first use
        # Per first word, the most words a name or tag starting with it has: filled in as questions use
        # the word (start-up does not pay for the whole catalog's words).
        self._longest_from: dict[str, int] = {}

    def choices(self, kinds: frozenset[str] | int) -> Choices:
        """Fuzzy choices: names with this many words (int), or names of these kinds; built on first use."""
        found = self._choices.get(kinds)
        # A few thousand names are scanned whole: the index finds names one edit away, a scan two too.
        if found is None and self.candidates is not None and len(self.names) > SCAN_BELOW:
            found = self._choices[kinds] = CandidateChoices(self.candidates, self._keeper(kinds))
        elif found is None:
            if isinstance(kinds, int):
                # Shorthands (a surname, a first name) match only exactly: "marshals" is not Skye Marshall.
                keys = [
                    k
                    for k, refs in self.names.items()
                    if k.count(" ") + 1 == kinds and any(not r.weak for r in refs)
                ]
            else:
                source = {**self.names, **self.tags} if "tag" in kinds else self.names
                keys = [k for k, refs in source.items() if any(r.kind in kinds and not r.weak for r in refs)]
            found = self._choices[kinds] = FuzzyChoices(keys)
        return found

    def _keeper(self, kinds: frozenset[str] | int) -> Callable[[str], bool]:
        """Which candidate names a look-up for `kinds` may return (the same names FuzzyChoices would scan)."""
        names = self.names
        if isinstance(kinds, int):
            # Shorthands (a surname, a first name) match only exactly: "marshals" is not Skye Marshall.
            return lambda k: k.count(" ") + 1 == kinds and any(not r.weak for r in names.get(k, ()))
        tags = self.tags if "tag" in kinds else {}
        return lambda k: any(r.kind in kinds and not r.weak for r in (*names.get(k, ()), *tags.get(k, ())))

    def refs(self, key: str) -> list[EntityRef]:
        """Every entity (tags included) whose folded name is `key`."""
        return self.names.get(key, []) + self.tags.get(key, [])

    def _keep(
        self, tokens: list[str], mentions: list[Mention], frame: frozenset[str], taken: set[int]
    ) -> list[Mention]:
        # Catalog names directly beside an unknown word are dropped: the name goes on past the match.
        return [
            m
            for m in mentions
            if not (self._yields(list(m.refs)) and _beside_unknown(tokens, m, frame, taken))
        ]

    def _prefer_news(self, best: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Of near-equal fuzzy matches, the one news wrote about: 'joe lock' is Joe Locke, not Joel Lok."""
        top = best[0][1]
        for key, score in best:
            if top - score <= NEWS_MARGIN and not self._yields(self.names.get(key, [])):
                return [(key, score)]
        return best

    def misspells_a_name(self, words: list[str], kinds: frozenset[str]) -> bool:
        """Whether `words` (a run of unknown words) read as a name of `kinds` with a typo: close to it
        (fuzz.ratio >= 80) with a word no name has ("laura ahrring"), or very close to it (>= 88)."""
        if self.candidates is None:
            return False
        hits = self.choices(kinds).extract(" ".join(words), TYPO_CUTOFF, limit=1)
        if not hits:
            return False
        candidates = self.candidates
        return hits[0][1] >= CLOSE_CUTOFF or any(len(w) >= 3 and not candidates.has_word(w) for w in words)

    def _misspelt(self, words: list[str], frame: frozenset[str]) -> bool:
        """Whether a word is in no name and no phrasing: "evelyn venafle" is a typo'd catalog name (its
        "evelyn" alone a film), while "stranger things", all words some title uses, is a show nobody knows."""
        candidates = self.candidates
        return candidates is not None and any(
            w not in frame and not candidates.has_word(w) and len(w) >= 4 for w in words
        )

    def unknown_word(self, word: str) -> bool:
        """Whether no name has this word (a misspelling may); always True without a candidate index."""
        return self.candidates is None or not self.candidates.has_word(word)

    def full_names(self, kind: str, entity_id: int) -> list[str]:
        """The keys naming this entity in full (no surname or first-name shorthand).

        The entity -> names table is built on the first call (a widening look-up, which few questions
        need), not with the index: start-up does not pay for it.
        """
        if self._full_names is None:
            table: dict[tuple[str, int], list[str]] = {}
            for key, refs in self.names.items():
                for ref in refs:
                    if not ref.weak:
                        table.setdefault((ref.kind, ref.id), []).append(key)
            self._full_names = table
        return self._full_names.get((kind, entity_id), [])

    def warm_longest_names(self) -> None:
        """Find now each name word's longest name (a warm-up): "the" alone files thousands of names."""
        if self.candidates is not None:
            for word in self.candidates.words():
                if word not in self._longest_from:
                    self._longest_from[word] = _longest_name_from(word, self.candidates.postings_of(word))

    def _yields(self, refs: list[EntityRef]) -> bool:
        # A name made of question words is only skipped when it belongs to catalog entities alone.
        return all((r.kind, r.id) in self.catalog_only for r in refs)

    def link(
        self, tokens: list[str], blocked: set[int] | None = None, known: frozenset[str] | None = None
    ) -> list[Mention]:
        """Non-overlapping mentions in `tokens`, longest exact matches first, then fuzzy ones.

        Names made only of cue words ("Stars", "The Words") or, given `known` (the words the intents use),
        only of known words ("Network", "Help!") are left to the catalog's own linking, which knows the
        phrasing. With `known`, a name directly beside an unknown word is dropped too: in "when does
        stranger things come out" the film "The Stranger" is not meant. Among names of one length, those not
        starting or ending with a stopword go first ("Time Changer" before "In Time").
        """
        frame = _frame_words(known) if known else _FRAME_ONLY
        taken = set(blocked or ())
        mentions: list[Mention] = []
        quiet: set[int] = set()  # known tags and question-word titles: never fuzzed into names
        reach = self.name_runs(tokens)
        names = self.names
        count = len(tokens)
        for size in range(min(MAX_NAME_TOKENS, count), 0, -1):
            found = []
            for start in range(count - size + 1):
                if reach[start] < size:
                    continue  # a word no name or tag has: no key spans it
                words = tokens[start : start + size]
                key = " ".join(words)
                if key not in names:  # `in` and a subscript below: no call per key
                    if key in self.tags:
                        quiet.update(range(start, start + size))
                    continue
                refs = names[key]
                if refs and not (all(w in frame for w in words) and self._yields(refs)):
                    edges = (words[0] in STOPWORDS) + (words[-1] in STOPWORDS)
                    found.append((edges, start, key, refs))
                elif refs or key in self.tags:
                    quiet.update(range(start, start + size))
            if not found:
                continue  # most lengths name nothing: no sort
            for _edges, start, key, refs in sorted(found, key=lambda f: (f[0], f[1])):
                span = range(start, start + size)
                if not taken.intersection(span):
                    mentions.append(Mention(start, start + size, key, tuple(rank_refs(refs)), 100.0))
                    taken.update(span)
        # "nick nelsen": the shorthand "nick" widened over the misspelt surname to Nick Nelson's full name.
        mentions = widen_to_full_names(self, tokens, mentions, set(blocked or ()), rank_refs, frame)
        taken = set(blocked or ()).union(*(range(m.start, m.end) for m in mentions))
        if known:
            kept = self._keep(tokens, mentions, frame, taken)
            quiet.update(*(range(m.start, m.end) for m in mentions if m not in kept))
            mentions = kept
            taken = set(blocked or ()).union(*(range(m.start, m.end) for m in mentions))
        fuzzy = fuzzy_mentions(self, tokens, taken, frame, quiet)
        if known:
            # A misspelt name, the news' too, beside an unknown word is a longer name nobody holds:
            # "shotgun wedding" is no Shōgun.
            every = taken.union(*(range(m.start, m.end) for m in fuzzy))
            fuzzy = [m for m in fuzzy if not beside_unknown_name_word(tokens, m, frame, every)]
        mentions += fuzzy
        return sorted(mentions, key=lambda m: m.start)

    def name_runs(self, tokens: list[str]) -> list[int]:
        """Per token, how many tokens from it on are words of some name or tag, and no more than the
        longest name or tag starting with it has (every token without a candidate index): an n-gram
        reaching past that is no name, and is not looked up."""
        candidates = self.candidates
        if candidates is None:
            return [len(tokens) - start for start in range(len(tokens))]
        reach = [0] * (len(tokens) + 1)
        filed = candidates.words()  # tested with `in`: a call per question, not one per word
        for start in range(len(tokens) - 1, -1, -1):
            reach[start] = reach[start + 1] + 1 if tokens[start] in filed else 0
        longest = self._longest_from
        for start, run in enumerate(reach[:-1]):
            if run > 1:
                word = tokens[start]
                if word in longest:
                    most = longest[word]
                else:
                    most = longest[word] = _longest_name_from(word, candidates.postings_of(word))
                reach[start] = run if run < most else most
        return reach

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
        large = self.candidates is not None and len(self.names) > LARGE_INDEX
        return self._autocomplete.complete(prefix, kinds, limit, self.choices if large else None)


def _longest_name_from(word: str, keys: Iterable[str]) -> int:
    """The most words any of `keys` (the names filed under `word`) has when it starts with `word`."""
    opening = word + " "
    return max((key.count(" ") + 1 for key in keys if key.startswith(opening)), default=1)


@functools.lru_cache(maxsize=4)
def _frame_words(known: frozenset[str]) -> frozenset[str]:
    # The engine's vocabulary is one object for its lifetime: the union is made once, not per question.
    return _FRAME_ONLY | known
