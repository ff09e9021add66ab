"""A bounded list of the most recent items: what a conversation keeps of each kind of thing named."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

_Item = TypeVar("_Item")


class Recent(list[_Item]):
    """At most `maxlen` items: `append` drops the oldest from the front, `appendleft` from the back.

    Used where a bounded deque would do: a deque takes about 600 bytes however few items it holds, and each
    of thousands of idle conversations keeps five of these.
    """

    __slots__ = ("maxlen",)

    def __init__(self, maxlen: int, items: Iterable[_Item] = ()) -> None:
        list.__init__(self, items)
        self.maxlen = maxlen
        if len(self) > maxlen:  # most are made empty (each conversation's five)
            del self[: len(self) - maxlen]

    def append(self, item: _Item, /) -> None:
        """Add at the end, dropping the first item when full."""
        super().append(item)
        if len(self) > self.maxlen:
            del self[0]

    def appendleft(self, item: _Item) -> None:
        """Add at the front, dropping the last item when full."""
        self.insert(0, item)
        del self[self.maxlen :]
