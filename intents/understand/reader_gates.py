"""How follow-up readers run: a follow-up's words as its readers see them (`Reading`), one reader behind the
gate of the words it needs (`Reader`), and `read_in_order`, which runs the readers a wording opens, in order.
The readers themselves, and their order, are in followup_readers.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution

Link = Callable[[list[str]], Resolution]


class Reading:
    """One follow-up as its readers read it: the words as they stand, the set of them (made once per
    wording), the conversation, the facts, and the message's one link (each wording linked once)."""

    def __init__(self, tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> None:
        self.conv, self.kb, self.link = conv, kb, link
        self._tokens = tokens
        self._words: frozenset[str] | None = None

    @property
    def tokens(self) -> list[str]:
        """The words as the readers so far left them."""
        return self._tokens

    @tokens.setter
    def tokens(self, tokens: list[str]) -> None:
        if tokens is not self._tokens and tokens != self._tokens:
            self._words = None
        self._tokens = tokens

    @property
    def words(self) -> frozenset[str]:
        """The set of the words as they stand, for the gates."""
        if self._words is None:
            self._words = frozenset(self._tokens)
        return self._words


@dataclass(frozen=True)
class Reader:
    """One follow-up reader: what it reads, the words it needs (one of them; empty: always runs), and
    whether what it finds is the whole question (`settles`) rather than the words rewritten."""

    read: Callable[[Reading], list[str] | None]
    needs: frozenset[str] = frozenset()
    settles: bool = False

    def may_read(self, words: frozenset[str]) -> bool:
        """Whether the words pass the gate."""
        return not self.needs or not self.needs.isdisjoint(words)


_KEPT_WORDINGS = 1024  # sets of words whose open readers are kept


class _Gates:
    """The readers' gates read once: for each word, which readers it opens, and the readers open to any words.
    A wording's open readers are found from its few words rather than by asking every gate of the list."""

    def __init__(self, readers: Sequence[Reader]) -> None:
        self.readers = readers
        self.always = frozenset(n for n, reader in enumerate(readers) if not reader.needs)
        opened: dict[str, set[int]] = {}
        for n, reader in enumerate(readers):
            for word in reader.needs:
                opened.setdefault(word, set()).add(n)
        self.opened = {word: frozenset(ns) for word, ns in opened.items()}
        # The readers each set of words opens, as found: follow-ups repeat their few wordings.
        self._open: dict[frozenset[str], tuple[int, ...]] = {}

    def open_after(self, words: frozenset[str], after: int) -> list[int]:
        """The readers after place `after` whose gates `words` pass, in order."""
        opened = self._open.get(words)
        if opened is None:
            if len(self._open) >= _KEPT_WORDINGS:
                self._open.clear()
            opened = self._open[words] = self._opened_by(words)
        return [n for n in opened if n > after] if after >= 0 else list(opened)

    def _opened_by(self, words: frozenset[str]) -> tuple[int, ...]:
        found = set(self.always)
        for word in words:
            ns = self.opened.get(word)
            if ns is not None:
                found |= ns
        return tuple(sorted(found))


# The gates of each list of readers read, by its identity (the list kept, so the identity is never another's).
_GATES: dict[int, _Gates] = {}


def _gates_of(readers: Sequence[Reader]) -> _Gates:
    gates = _GATES.get(id(readers))
    if gates is None or gates.readers is not readers:
        if len(_GATES) > 8:  # a test's own lists: never many, never kept long
            _GATES.clear()
        gates = _GATES[id(readers)] = _Gates(readers)
    return gates


def read_in_order(readers: Sequence[Reader], reading: Reading) -> list[str] | None:
    """Run the readers whose gates pass, in order, on `reading`: the question a settling reader found, or
    None (then `reading.tokens` holds the words as the rewriting readers left them)."""
    gates = _gates_of(readers)
    words = reading.words
    open_now = gates.open_after(words, -1)
    i = 0
    while i < len(open_now):
        n = open_now[i]
        i += 1
        reader = readers[n]
        found = reader.read(reading)
        if found is None:
            continue
        if reader.settles:
            return found
        reading.tokens = found
        if reading.words is not words:  # new words: the gates after this reader are read again
            words = reading.words
            open_now, i = gates.open_after(words, n), 0
    return None
