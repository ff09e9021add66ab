"""One reading per wording for a message: a link that remembers what it linked, shared by the title check,
the follow-up's readers and the question itself (each links the same words more than once)."""

from __future__ import annotations

from collections.abc import Callable

from intents.resolve import Resolution

Link = Callable[[list[str]], Resolution]


class _LinkingOnce:
    """A link remembering its answers, for one message."""

    def __init__(self, link: Link) -> None:
        self._link = link
        self._linked: dict[tuple[str, ...], Resolution] = {}

    def __call__(self, words: list[str]) -> Resolution:
        key = tuple(words)
        found = self._linked.get(key)
        if found is None:
            found = self._linked[key] = self._link(words)
        return found


def linking_once(link: Link) -> Link:
    """`link` remembering its answers: the readings of one follow-up link the same words more than once. A
    link that already remembers is returned as it is (one memo per message, not one inside another)."""
    return link if isinstance(link, _LinkingOnce) else _LinkingOnce(link)
