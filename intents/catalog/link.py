"""Find the one film, person or tag a catalog question is about.

Every word n-gram is looked up exactly; the winner is the span that covers the most content words (words
that are not question words), then the longest, then the kind the intent prefers. Only when no exact span
covers every content word are the content words fuzzy-matched, over names of the wanted kinds only.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from intents.catalog.words import QUESTION_WORDS
from intents.linking import MAX_NAME_TOKENS, EntityIndex
from intents.names import EntityRef
from intents.snapshot_memo import PerSnapshot
from intents.text import STOPWORDS

# Typed look-ups can afford a lower cutoff than open linking: the question already says what kind of thing
# it names. One wrong letter in a six-letter title scores 83.
TYPED_CUTOFF = 80.0
AMBIGUITY_MARGIN = 2.0
_FRAME = QUESTION_WORDS | STOPWORDS
# Slot words of the intent phrasings (see intents.registry.SLOT_TOKENS); tag phrasings say "topic".
SLOTS = {"show": "xshowx", "person": "xpersonx", "tag": "topic"}


@dataclass(frozen=True, slots=True)
class Found:
    """The entity a question names: every entity sharing that name (one kind), and where it was said."""

    kind: str
    refs: tuple[EntityRef, ...]
    start: int
    end: int
    score: float  # 100 for an exact match
    alternatives: tuple[EntityRef, ...] = ()  # close fuzzy runners-up: ask instead of guessing

    def outside(self, tokens: list[str]) -> list[str]:
        """The question's words around the name (where cue words are looked for)."""
        return tokens[: self.start] + tokens[self.end :]


def find(
    index: EntityIndex,
    tokens: list[str],
    prefer: tuple[str, ...],
    frames: tuple[str, ...] = (),
    words: frozenset[str] = frozenset(),
) -> Found | None:
    """The entity of a kind in `prefer` that `tokens` name, or None.

    `frames` are the intent's phrasings in slot form; they pick the name when every word of the question is
    a question word ("who stars in Her", "what words describe How to Be").
    """
    content = {i for i, t in enumerate(tokens) if t not in _FRAME and t not in words and not _is_year(t)}
    ranked: list[tuple[tuple[int, int, int, int], Found]] = []
    framing = [t in _FRAME for t in tokens]
    names, tags = index.names, index.tags
    reach = index.name_runs(tokens)
    for size in range(min(MAX_NAME_TOKENS, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if reach[start] < size:
                continue  # no name or tag spans these words
            if all(framing[start : start + size]):
                continue  # a title made of question words ("Her", "One on One"): see _by_frame
            span = tokens[start : start + size]
            key = " ".join(span)
            if key not in names and key not in tags:
                continue
            refs = [r for r in index.refs(key) if r.kind in prefer]
            if not refs:
                continue
            kind = min((r.kind for r in refs), key=prefer.index)
            covered = sum(1 for i in range(start, start + size) if i in content)
            edges = (span[0] in STOPWORDS) + (span[-1] in STOPWORDS)
            chosen = tuple(r for r in refs if r.kind == kind and not r.weak) or tuple(
                r for r in refs if r.kind == kind
            )
            found = Found(kind, chosen, start, start + size, 100.0)
            ranked.append(((covered, size, -edges, -prefer.index(kind)), found))
    ranked.sort(key=lambda item: item[0], reverse=True)
    best = ranked[0] if ranked else None
    # A title made of question words ("Her", "What?") is read from the phrasing only when every other word is
    # a question word: in "what does kravak nixpry appear in" the other words are a name, typo'd or unknown.
    if frames and not content:
        framed = _by_frame_kept(index, tokens, prefer, frames)
        if framed is not None:
            return framed
    if best is not None and best[0][0] == len(content):
        tied = [found for rank, found in ranked if rank == best[0]]
        # "who acted in time out": "In Time" and "Time Out" tie; the phrasing says which one is the name.
        return _closest_frame(tokens, tied, frames) if len(tied) > 1 and frames else best[1]
    fuzzy = _fuzzy(index, tokens, content, prefer)
    if fuzzy is not None and (best is None or fuzzy.end - fuzzy.start >= best[1].end - best[1].start):
        return fuzzy
    if best is not None and {best[1].start - 1, best[1].end} & content:
        return None  # the name goes on past the match: "stranger things" is not "The Stranger"
    return best[1] if best is not None else fuzzy


def _fit(tokens: list[str], found: Found, frames: tuple[str, ...]) -> float:
    """How close the question, with the name replaced by its slot word, comes to a known phrasing (0-100)."""
    frame = " ".join([*tokens[: found.start], SLOTS[found.kind], *tokens[found.end :]])
    hit = process.extractOne(frame, frames, scorer=fuzz.token_sort_ratio)
    return float(hit[1]) if hit else 0.0


def _closest_frame(tokens: list[str], candidates: list[Found], frames: tuple[str, ...]) -> Found:
    return max(candidates, key=lambda found: _fit(tokens, found, frames))


# What `_by_frame` found for a question of question words only, per index: such a question is mostly a
# follow-up that names nothing ("what else has he done", "who's in it"), asked in channel after channel, and
# each reading fits every run of its words against every phrasing.
_FramedKey = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_FRAMED: PerSnapshot[EntityIndex, dict[_FramedKey, Found | None]] = PerSnapshot()
_FRAMED_WORDINGS = 1024


def _by_frame_kept(
    index: EntityIndex, tokens: list[str], prefer: tuple[str, ...], frames: tuple[str, ...]
) -> Found | None:
    kept = _FRAMED.get(index, dict)
    key = (tuple(tokens), prefer, frames)
    if key in kept:
        return kept[key]
    if len(kept) >= _FRAMED_WORDINGS:
        kept.clear()
    found = kept[key] = _by_frame(index, tokens, prefer, frames, 0.0)
    return found


def _by_frame(
    index: EntityIndex, tokens: list[str], prefer: tuple[str, ...], frames: tuple[str, ...], cutoff: float
) -> Found | None:
    """The exact name whose removal leaves the question closest to a known phrasing (longer names win
    near-ties, so "what genre is the fall" finds "The Fall" rather than "Fall")."""
    top: tuple[float, Found] | None = None
    for size in range(min(MAX_NAME_TOKENS, len(tokens) - 1), 0, -1):
        for start in range(len(tokens) - size + 1):
            refs = [r for r in index.refs(" ".join(tokens[start : start + size])) if r.kind in prefer]
            chosen = tuple(r for r in refs if not r.weak)
            if not chosen:
                continue
            kind = min((r.kind for r in chosen), key=prefer.index)
            found = Found(kind, tuple(r for r in chosen if r.kind == kind), start, start + size, 100.0)
            score = _fit(tokens, found, frames) + 2.0 * size
            if top is None or score > top[0]:
                top = (score, found)
    return top[1] if top is not None and top[0] >= cutoff else None


def _fuzzy(index: EntityIndex, tokens: list[str], content: set[int], prefer: tuple[str, ...]) -> Found | None:
    if not content:
        return None
    first, last = min(content), max(content)
    choices = index.choices(frozenset(prefer))
    top: tuple[float, int, int, list[tuple[str, float]]] | None = None
    # The name may start or end with a question word ("The Gift", "Stand by Me"): try a word more each side.
    for start in {first, max(0, first - 1)}:
        for end in {last + 1, min(len(tokens), last + 2)}:
            hits = choices.extract(" ".join(tokens[start:end]), TYPED_CUTOFF, limit=4)
            if hits and (top is None or hits[0][1] > top[0]):
                top = (hits[0][1], start, end, hits)
    if top is None:
        return None
    score, start, end, hits = top
    refs = [r for r in index.refs(hits[0][0]) if r.kind in prefer and not r.weak]
    if not refs:
        return None
    kind = min((r.kind for r in refs), key=prefer.index)
    chosen = tuple(r for r in refs if r.kind == kind)
    close = tuple(
        r
        for key, other in hits[1:]
        if score - other < AMBIGUITY_MARGIN
        for r in index.refs(key)
        if r.kind in prefer and not r.weak and r.name not in {c.name for c in chosen}
    )
    return Found(kind, chosen, start, end, score, close)


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in ("18", "19", "20")


def year_in(tokens: list[str]) -> int | None:
    """A year the question mentions ("robocop 1987"), to pick one of several same-titled films."""
    said = " ".join(tokens)
    if "18" not in said and "19" not in said and "20" not in said:
        return None  # no year's first two digits anywhere (most questions)
    return next((int(t) for t in tokens if _is_year(t)), None)
