"""A candidate index for fuzzy name look-ups whose cost does not grow with the catalog.

Every folded name is filed under each of its words (a token -> names posting list). A typed word is matched
to catalog words within one edit (a letter dropped, added, replaced, or two neighbours swapped): the word's
few hundred one-edit spellings are looked up in the word table, as Norvig's spelling corrector does, so no
per-catalog table of misspellings is kept. Two typed words run together or split apart are tried as one word
too. The names filed under the rarest matched words form a bounded candidate set, which rapidfuzz then scores.
A look-up thus costs the number of spellings tried plus the candidates scored, not the number of names.

Names are added and removed one by one, so a refreshed snapshot updates the index instead of rebuilding it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, KeysView, Sequence, Set

from rapidfuzz import fuzz, process

from intents.spelling_edits import edits1

MIN_EDIT_WORD = 4  # shorter words match only exactly: "tha" is one edit from a hundred words
# Names filed under the rarest matched words are scored until this many are gathered; a word shared by more
# names than this ("the", "love") only narrows a candidate set other words found.
CANDIDATE_BUDGET = 500
COMMON_WORD = 20000  # a word in more names than this never starts a candidate set on its own
RECOUNT_LIMIT = 2000  # names found so far that may still be checked for a common word
POOL_LIMIT = 300  # at most this many names are scored, those of the rarest words first


class NameCandidates:
    """Folded names filed by word, answering "which names could this text be a misspelling of"."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._postings: dict[str, list[str]] = {}
        # Catalog words by their sorted letters: two letters swapped anywhere in a word ("mayler" for
        # "marley") is two edits, but the same letters.
        # Built on the first look-up that needs it (`_anagram_table`), not with the index: start-up skips it.
        self._anagrams: dict[str, list[str]] | None = None
        self._size = 0
        self.version = 0  # changes with every add or remove
        # Words (and letter sets) whose lists this index owns; others are shared with the index it was
        # derived from and are copied before a change.
        self._owned: set[str] = set()
        self._owned_anagrams: set[str] = set()
        self._near_cache: dict[str, tuple[str, ...]] = {}
        self._file_first(keys)

    def _file_first(self, keys: Iterable[str]) -> None:
        """File the names of a new index: `add`'s result, without its checks for lists shared with another
        index (a new one shares none), which cost a function call per word of a 40,000-name catalog."""
        postings = self._postings
        added = 0
        for key in keys:
            added += 1
            for word in set(key.split()):
                found = postings.get(word)
                if found is None:
                    postings[word] = [key]
                else:
                    found.append(key)
        for found in postings.values():
            found.sort(key=len)
        self._owned.update(postings)
        if added:
            self.version += 1
            self._size += added

    def __len__(self) -> int:
        return self._size

    @classmethod
    def refreshed(
        cls, previous: NameCandidates, old: Set[str], new: Set[str], version: int
    ) -> NameCandidates:
        """The index for the names `new`, derived from `previous` (filed with `old`; its `version` unchanged
        since) by adding and removing the names that changed, else built anew.

        Copy-on-write: word lists the change does not touch are shared, touched ones copied, so `previous`
        is never modified and may go on answering (in another thread) while the new index is derived.
        """
        if previous.version != version:
            return cls(new)
        derived = cls()
        derived._postings = dict(previous._postings)
        derived._anagrams = None if previous._anagrams is None else dict(previous._anagrams)
        derived._size = previous._size
        derived.remove(old - new)
        derived.add(new - old)
        return derived

    def words(self) -> KeysView[str]:
        """Every word some filed name has (a set-like view: a word is tested without a call)."""
        return self._postings.keys()

    def postings_of(self, word: str) -> Sequence[str]:
        """The names filed under `word` (empty when none)."""
        return self._postings.get(word, ())

    def _own(self, table: dict[str, list[str]], owned: set[str], word: str) -> list[str] | None:
        """`table[word]`, copied first if another index may share it."""
        found = table.get(word)
        if found is not None and word not in owned:
            found = table[word] = list(found)
            owned.add(word)
        return found

    def add(self, keys: Iterable[str]) -> None:
        """File new names (callers pass names not filed yet)."""
        postings = self._postings
        added = 0
        touched: set[str] = set()
        for key in keys:
            added += 1
            for word in set(key.split()):
                touched.add(word)
                found = self._own(postings, self._owned, word)
                if found is None:
                    postings[word] = [key]
                    self._owned.add(word)
                    if self._anagrams is not None:  # else made from the postings when first needed
                        letters = "".join(sorted(word))
                        same = self._own(self._anagrams, self._owned_anagrams, letters)
                        if same is None:
                            self._anagrams[letters] = [word]
                            self._owned_anagrams.add(letters)
                        else:
                            same.append(word)
                else:
                    found.append(key)
        # Posting lists stay sorted by name length (stable, so the order is reproducible): a look-up takes
        # only the slice of names whose length could reach its cutoff.
        for word in touched:
            postings[word].sort(key=len)
        if added:
            self.version += 1
            self._size += added
            self._near_cache.clear()

    def remove(self, keys: Iterable[str]) -> None:
        """Unfile names that left the catalog."""
        postings = self._postings
        self.version += 1
        for key in keys:
            self._size -= 1
            for word in set(key.split()):
                found = self._own(postings, self._owned, word)
                if found is not None and key in found:
                    found.remove(key)
                    if not found:
                        del postings[word]
                        if self._anagrams is None:
                            continue
                        letters = "".join(sorted(word))
                        same = self._own(self._anagrams, self._owned_anagrams, letters)
                        if same is not None:
                            same.remove(word)
        self._near_cache.clear()

    def _anagram_table(self) -> dict[str, list[str]]:
        """Filed words by their sorted letters, made from the postings on first use."""
        if self._anagrams is None:
            anagrams: dict[str, list[str]] = {}
            for word in self._postings:
                letters = "".join(sorted(word))
                same = anagrams.get(letters)
                if same is None:
                    anagrams[letters] = [word]
                else:
                    same.append(word)
            self._owned_anagrams = set(anagrams)
            self._anagrams = anagrams  # assigned whole: a reload deriving from this index sees none or all
        return self._anagrams

    def warm(self) -> None:
        """Build the anagram table now (a warm-up), not on the first word looked up."""
        self._anagram_table()

    def has_word(self, word: str) -> bool:
        """Whether some filed name has this word."""
        return word in self._postings

    def near_words(self, word: str) -> tuple[str, ...]:
        """Catalog words equal to `word` or (for words of 4+ letters) one edit away from it or made of the
        same letters."""
        cached = self._near_cache.get(word)
        if cached is not None:
            return cached
        postings = self._postings
        exact: tuple[str, ...] = (word,) if word in postings else ()
        near = exact
        if len(word) >= MIN_EDIT_WORD:
            edited = {w for w in edits1(word) if w in postings}
            edited.update(self._anagram_table().get("".join(sorted(word)), ()))
            edited.discard(word)
            near = exact + tuple(sorted(edited))
        if len(self._near_cache) > 4096:  # a bounded memo: questions repeat words across n-grams
            self._near_cache.clear()
        self._near_cache[word] = near
        return near

    def _names_for(self, words: tuple[str, ...], low: int, high: int) -> list[str]:
        postings = self._postings
        slices = [_length_slice(postings[w], low, high) for w in words]
        return slices[0] if len(slices) == 1 else list(dict.fromkeys(k for part in slices for k in part))

    def _count(self, words: tuple[str, ...], low: int, high: int) -> int:
        postings = self._postings
        return sum(
            bisect.bisect_right(postings[w], high, key=len) - bisect.bisect_left(postings[w], low, key=len)
            for w in words
        )

    def candidates(self, text: str, cutoff: float = 0.0) -> list[str]:
        """Names that share a word, or a word one edit away, with `text` (and are of a length that could
        score `cutoff` by fuzz.ratio), those matching the most typed words first."""
        typed = text.split()
        low, high = length_window(len(text), cutoff)
        groups = [g for g in (self.near_words(w) for w in typed) if g]
        # "heart stopper" for "heartstopper" (exactly: one edit away from two words run together is noise).
        groups += [(a + b,) for a, b in itertools.pairwise(typed) if a + b in self._postings]
        # Seeds: the smallest groups, a typed word's exact match on its own too ("mara" is a few names, its
        # neighbours "mary" and "mark" thousands), listed until the budget is spent.
        seeds = groups + [(w,) for w in typed if w in self._postings and len(self.near_words(w)) > 1]
        sized = sorted(((self._count(g, low, high), g) for g in seeds), key=lambda item: item[0])
        listed: dict[str, None] = {}  # a dict keeps the order the same on every run
        for total, group in sized:
            if total == 0:
                continue
            if listed and total + len(listed) > CANDIDATE_BUDGET:
                break
            if not listed and total > COMMON_WORD:
                return []
            listed.update(dict.fromkeys(self._names_for(group, low, high)))
        if len(listed) > RECOUNT_LIMIT or len(groups) == 1:
            # (With one group, a single typed word, every listed name holds it: nothing to count.)
            return list(listed)[:POOL_LIMIT]
        # How many typed words each listed name holds (or holds within an edit): "jate mara" lists the few
        # Maras, and Kate Mara holds both words. Only those holding the most (one fewer for long names)
        # are scored.
        counts = groups_held(groups, listed)
        top = max(counts.values(), default=0)
        floor = top - 1 if top >= 3 else top
        return [key for key, count in counts.items() if count >= floor][:POOL_LIMIT]

    def extract(
        self, text: str, cutoff: float, limit: int, keep: Callable[[str], bool] | None = None
    ) -> list[tuple[str, float]]:
        """Candidate names scoring at least `cutoff` by fuzz.ratio (those `keep` accepts), best first."""
        pool = self.candidates(text, cutoff)
        if keep is not None:
            pool = [key for key in pool if keep(key)]
        if not pool:
            return []
        hits = process.extract(text, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        return [(key, float(score)) for key, score, _ in hits]


def groups_held(groups: list[tuple[str, ...]], keys: Iterable[str]) -> dict[str, int]:
    """For each key, how many of the word groups it holds a word of.

    Each group is a bit; a key's words look their groups up once (a few dict look-ups a key, instead of a
    set test per group and key over thousands of keys).
    """
    bits: dict[str, int] = {}
    for number, group in enumerate(groups):
        for word in group:
            bits[word] = bits.get(word, 0) | 1 << number
    counts: dict[str, int] = {}
    for key in keys:
        mask = 0
        for word in key.split():
            mask |= bits.get(word, 0)
        counts[key] = mask.bit_count()
    return counts


def length_window(length: int, cutoff: float) -> tuple[int, int]:
    """The name lengths that can reach `cutoff` by fuzz.ratio against a text of `length` characters."""
    # ratio = 2*M / (la+lb) <= 2*min(la,lb) / (la+lb), so lb must lie in [la*c/(2-c), la*(2-c)/c].
    if cutoff <= 0:
        return 0, 1 << 30
    c = cutoff / 100.0
    return int(length * c / (2 - c)), int(length * (2 - c) / c) + 1


def _length_slice(keys: list[str], low: int, high: int) -> list[str]:
    return keys[bisect.bisect_left(keys, low, key=len) : bisect.bisect_right(keys, high, key=len)]
