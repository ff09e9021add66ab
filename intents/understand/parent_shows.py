"""A show described as the one another spins off from ("when did the show agatha is spun off from come
out") or as the one spun off from another ("when does the show that spun off from wandavision come out"):
read as that show's title when a spin-off's synopsis names its held parent ("a spin-off of WandaVision")."""

from __future__ import annotations

from db.knowledge import Knowledge, ShowFacts
from intents.resolve import Resolution
from intents.text import fold

_LEADS = frozenset({"the", "show", "series", "one", "that"})
_LINKS = frozenset({"is", "was", "got", "gets", "been", "a", "an"})
_SPUN = frozenset({"spun", "spins", "spin"})
_FROM = frozenset({"from", "of", "out"})


def parent_of(kb: Knowledge, show: ShowFacts) -> ShowFacts | None:
    """The held show the synopsis of `show` calls it a spin-off of, or None."""
    synopsis = fold(show.synopsis or "")
    at = synopsis.find("spin off of ")
    if at < 0:
        return None
    after = f" {synopsis[at + len('spin off of ') :]} "
    return next((s for s in kb.shows.values() if s is not show and f" {fold(s.title)} " in after), None)


def show_by_spin_off(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "the show X is spun off from" replaced by the parent's title; None when there is no
    such description or X names no held parent."""
    for mention in res.mentions:
        ref = mention.refs[0]
        show = kb.shows.get(ref.id) if ref.kind == "show" else None
        if show is None:
            continue
        at = mention.end
        while at < len(tokens) and tokens[at] in _LINKS:
            at += 1
        if tokens[at : at + 1] == ["spinoff"]:
            end = at + 1
        elif at < len(tokens) and tokens[at] in _SPUN and tokens[at + 1 : at + 2] == ["off"]:
            end = at + 2
        else:
            continue
        if end >= len(tokens) or tokens[end] not in _FROM:
            continue
        end += 1 + (tokens[end] == "out" and tokens[end + 1 : end + 2] == ["of"])
        start = mention.start
        while start > 0 and tokens[start - 1] in _LEADS:
            start -= 1
        if start == mention.start or (parent := parent_of(kb, show)) is None:
            continue  # "agatha spun off from what": asked of the spin-off itself (understand/spin_offs.py)
        return [*tokens[:start], *fold(parent.title).split(), *tokens[end:]]
    return None


_BEFORE_PARENT: tuple[tuple[str, ...], ...] = (
    ("spun", "off", "from"), ("spins", "off", "from"), ("spun", "off", "of"), ("spin", "off", "of"),
    ("spinoff", "of"), ("spun", "out", "of"),
)  # fmt: skip
_AFTER_PARENT: tuple[tuple[str, ...], ...] = (("spun", "off", "into"), ("spins", "off", "into"), ("spawned",))
# The words those descriptions open with: a message holding none describes no spin-off around a name.
_DESCRIBING_FIRSTS = frozenset(words[0] for words in _BEFORE_PARENT + _AFTER_PARENT)


def show_by_parent(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "the show that spun off from X" (or "the show X spun off into") replaced by the one
    held spin-off of X; None when there is no such description or X has no single held spin-off."""
    if _DESCRIBING_FIRSTS.isdisjoint(tokens):
        return None  # most messages: no description's words at all
    for mention in res.mentions:
        parent = kb.shows.get(mention.refs[0].id) if mention.refs[0].kind == "show" else None
        if parent is None:
            continue
        # The words around the name first: reading every synopsis of a 43k-title catalog is the costly part.
        start, end = _described_around(tokens, mention.start, mention.end)
        if start is None:
            continue
        children = [s for s in kb.shows.values() if parent_of(kb, s) is parent]
        if len(children) == 1:
            return [*tokens[:start], *fold(children[0].title).split(), *tokens[end:]]
    return None


def _described_around(tokens: list[str], start: int, end: int) -> tuple[int | None, int]:
    """Where a description of the spin-off around the parent's name starts and ends, or (None, end)."""
    for words in _BEFORE_PARENT:
        at = start - len(words)
        if at > 0 and tuple(tokens[at:start]) == words:
            lead = at - (tokens[at - 1] == "that")
            if lead > 0 and tokens[lead - 1] in _LEADS - {"that"}:
                return lead - 1 - (lead > 1 and tokens[lead - 2] == "the"), end
    for words in _AFTER_PARENT:
        if tuple(tokens[end : end + len(words)]) == words and start > 0 and tokens[start - 1] in _LEADS:
            lead = start - 1 - (start > 1 and tokens[start - 2] == "the")
            return lead, end + len(words)
    return None, end
