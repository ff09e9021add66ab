"""Linked readings remembered by wording, for the snapshot they were read on.

A follow-up links its words as asked and again once the conversation has filled them in ("what else has he
done" -> "what else has kit connor done"), and the filled-in wording is one a first question (or another
channel's follow-up) has often linked already. Linking reads only the words, the snapshot's facts and index,
and the names the fan's message marked (capitals, quotes), so a reading keyed by those three is the same
reading: it is made once and handed out as a copy, for callers amend what they are given
(`adopt_remembered_title`).
"""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.linking import EntityIndex
from intents.name_evidence import marked_now
from intents.resolve import Resolution, resolve
from intents.snapshot_memo import SnapshotMemo

# Distinct wordings kept per snapshot: a busy server's recent questions, a few MB at most.
_WORDINGS = 2048

_Key = tuple[tuple[str, ...], bool, frozenset[str]]


class RememberedLinks:
    """One engine's linked readings by wording, partial-name choice and marked names (its vocabulary, and
    the index that comes with each snapshot, are in every reading, so each engine keeps its own)."""

    def __init__(self, vocabulary: frozenset[str], limit: int = _WORDINGS) -> None:
        self._vocabulary = vocabulary
        self._memo: SnapshotMemo[_Key, Resolution] = SnapshotMemo(limit)

    def link(
        self, tokens: list[str], kb: Knowledge, index: EntityIndex, partial_names: bool = True
    ) -> Resolution:
        """`resolve` of `tokens` on `kb` and its index, read the first time this wording is linked; always a
        copy of its own."""

        def read() -> Resolution:
            return resolve(tokens, index, kb, self._vocabulary, partial_names=partial_names)

        key = (tuple(tokens), partial_names, marked_now())
        return _copy(self._memo.get(kb, key, read), tokens)


def _copy(res: Resolution, tokens: list[str]) -> Resolution:
    """A reading no later change to `res` reaches, nor any change to it reaches `res`; its words are the
    caller's own list when the reading kept them as given (nothing respelt), as a fresh reading's are."""
    # Every list field copied, so a field added to Resolution is never lost; `leftovers` holds runs of words
    # one level deeper. Field by field through the instance's own attributes, not dataclasses.fields/replace:
    # every question links through here, and those two cost more than the copying (a Resolution has no
    # __post_init__ and no derived state for __init__ to build).
    copied = object.__new__(Resolution)
    copied.__dict__.update({name: list(v) if type(v) is list else v for name, v in vars(res).items()})
    copied.leftovers = [list(run) for run in res.leftovers]
    copied.tokens = tokens if res.tokens == tokens else list(res.tokens)
    return copied
