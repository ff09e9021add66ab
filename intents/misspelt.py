"""Misspelt names: a typo beside a word that matched exactly ("nick nelsen", "agatha all alog"), a short word.

The exact pass links "nick" (a first-name shorthand) or "agatha" (an alias) on its own, and the misspelt word
beside it would then read as part of a name nobody knows. Here an exact mention is widened over its
neighbours when the widened words fuzzy-match a full name of the same entity; a name is never turned into
another name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from rapidfuzz import fuzz, utils

from intents.fuzzy import Choices
from intents.name_slips import spelt_like
from intents.names import EntityKind, EntityRef, Mention
from intents.spelling_edits import edits1
from intents.text import STOPWORDS

# Lower than linking.FUZZY_CUTOFF: one word of the name is already exact, so a spelling of the rest by ear
# ("katherine hahn" for Kathryn Hahn, 84.6) is that name.
WIDEN_CUTOFF = 80.0
ADDED_WORD_CUTOFF = 60.0  # one word as typed against the name's word in its place
MAX_WIDEN = 2  # words added on either side
MAX_SPAN = 5
SHORT_WORD = 3  # "nik"
_NAMED_KINDS = frozenset({"show", "person", "character"})


class NameLookup(Protocol):
    """What widening needs of the entity index."""

    names: dict[str, list[EntityRef]]

    def choices(self, kinds: frozenset[str] | int) -> Choices:
        """Fuzzy choices of names with this many words."""
        ...

    def unknown_word(self, word: str) -> bool:
        """Whether no name has this word."""
        ...

    def full_names(self, kind: str, entity_id: int) -> Sequence[str]:
        """The keys naming this entity in full (no shorthand)."""
        ...


def widen_to_full_names(
    index: NameLookup,
    tokens: Sequence[str],
    mentions: list[Mention],
    blocked: set[int],
    rank: Callable[[list[EntityRef]], list[EntityRef]],
    frame: frozenset[str],
) -> list[Mention]:
    """The mentions, each exact one widened over misspelt neighbours completing one of its entities' names.

    A neighbour taken in must include a word no name has and that is no phrasing (`frame`) word.
    """
    # Only a word no name has, and no phrasing word, can be a misspelling: most questions have none.
    odd = [index.unknown_word(t) and t not in frame for t in tokens]
    if not any(odd):
        return list(mentions)
    out: list[Mention] = []
    taken = set(blocked).union(*(range(m.start, m.end) for m in mentions))
    for mention in mentions:
        wider = _widest(index, tokens, mention, taken, odd)
        if wider is not None:
            taken.update(range(wider.start, wider.end))
            mention = Mention(wider.start, wider.end, wider.text, tuple(rank(list(wider.refs))), wider.score)
        out.append(mention)
    return out


def _widest(
    index: NameLookup, tokens: Sequence[str], mention: Mention, taken: set[int], odd: list[bool]
) -> Mention | None:
    own = {(r.kind, r.id) for r in mention.refs}
    best: Mention | None = None
    for left in range(MAX_WIDEN + 1):
        for right in range(MAX_WIDEN + 1):
            start, end = mention.start - left, mention.end + right
            if not left + right or start < 0 or end > len(tokens) or end - start > MAX_SPAN:
                continue
            added = [i for i in range(start, end) if i < mention.start or i >= mention.end]
            words = list(tokens[start:end])
            if taken.intersection(added) or words[0] in STOPWORDS or words[-1] in STOPWORDS:
                continue
            if any(tokens[i].isdigit() or len(tokens[i]) < 2 for i in added):
                continue
            if not any(odd[i] for i in added):
                continue  # only a word no name has can be a misspelling
            key = " ".join(words)
            if key in index.names:
                continue  # an exact name the exact pass chose not to take
            if not _may_complete(index, key, end - start, own):
                continue  # no full name of these entities is that close: the look-up below would find none
            for name, score in index.choices(end - start).extract(key, WIDEN_CUTOFF, limit=3):
                refs = [r for r in index.names.get(name, []) if (r.kind, r.id) in own and not r.weak]
                if not _each_added_word_spells(words, name.split(), [i - start for i in added]):
                    continue
                if refs and (best is None or score > best.score):
                    best = Mention(start, end, key, tuple(refs), score)
                    break
    return best


def _each_added_word_spells(words: list[str], name: list[str], added: list[int]) -> bool:
    """Whether every word taken in is a spelling of the name's word in its place ("katherine" of Kathryn),
    not a word beside the name that only the whole string's likeness let in ("non" before Heartstopper)."""
    return len(words) == len(name) and all(
        fuzz.ratio(words[i], name[i], processor=utils.default_process) >= ADDED_WORD_CUTOFF
        and spelt_like(words[i], name[i])  # "lara james" is not Lauren James, "charlie springer" no Spring
        for i in added
    )


def _may_complete(index: NameLookup, key: str, size: int, own: set[tuple[EntityKind, int]]) -> bool:
    """Whether a full name of `size` words of one of the `own` entities scores WIDEN_CUTOFF against `key`:
    what a widening needs, checked on the entities' few names before the catalog-wide fuzzy look-up."""
    return any(
        name.count(" ") + 1 == size and fuzz.ratio(key, name, score_cutoff=WIDEN_CUTOFF)
        for kind, entity_id in own
        for name in index.full_names(kind, entity_id)
    )


def short_name_typo(index: NameLookup, word: str, news_only: Callable[[list[EntityRef]], bool]) -> str | None:
    """The one-word name a short unknown word misspells: 'ador' is Andor, 'nik' is Nick.

    Words of three to five letters are below what fuzz.ratio can tell apart, so only one edit (a letter
    dropped, added, or two neighbours swapped; changed only in a name of five letters or more, "nico" is
    someone else than Nick) is allowed, the first letter must agree, and exactly one name of a show, person
    or character news wrote about may fit.
    """
    if not SHORT_WORD <= len(word) < 6 or not word.isalpha():
        return None
    names = index.names
    fits = {
        near
        for near in edits1(word)
        if near in names  # first: a few of the word's hundreds of spellings are names at all
        and near[:1] == word[:1]
        and len(near) >= 4
        and (len(near) != len(word) or len(near) >= 5 or sorted(near) == sorted(word))
        and any(r.kind in _NAMED_KINDS and not r.weak for r in names[near])
        and news_only(names[near])
    }
    return next(iter(fits)) if len(fits) == 1 else None
