"""A follow-up fragment that is only a show, described or called by a longer alias: "and the disney one?",
"what about the mcu show", "and the wandavision spin-off?". The fragment is read as the show's plain title,
so the last question is asked again about that show the way "and agatha all along?" would be."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.described_subjects import described_subject

Link = Callable[[list[str]], Resolution]

# Words around a show that say nothing more about it: "the", "that", "one" as in "the netflix one".
_AROUND_A_SHOW = frozenset("the a that this one show series".split())
# A network said before "one": "the disney one" describes a show only when "one" stands for it.
_ONE = "one"
# Question words that open a question of the fragment's own after the show it describes.
_ASKS = frozenset("who whos what whats when whens where wheres how is does did".split())


def fragment_as_title(fragment: list[str], link: Link, kb: Knowledge) -> list[str] | None:
    """The title of the one show the fragment describes or names, when that is all it says; None otherwise
    (a fragment that also asks something, or describes no single held show). A show pointed at, then
    described ("the other show, the one w joe and kit"), is the one the description says."""
    titled = _as_title(fragment, link, kb)
    if titled is not None:
        return titled
    again = next((i for i in range(2, len(fragment) - 1) if fragment[i] in ("the", "that")), None)
    if again is None or any(w not in _POINTED for w in fragment[:again]):
        return None
    return _as_title(fragment[again:], link, kb)


# What points at a show before the description that says which: "the other show, the one ...".
_POINTED = _AROUND_A_SHOW | {"other"}


def _as_title(fragment: list[str], link: Link, kb: Knowledge) -> list[str] | None:
    if not fragment or fragment[0] not in ("the", "that", "this"):
        return None  # a bare name already repeats the last question; only a described show needs this
    words = [*fragment[:-1], "show"] if fragment[-1] == _ONE and len(fragment) > 2 else fragment
    described = described_subject(words, link(words), kb) or _with_clause(words, link, kb) or words
    res = link(described)
    shows = [m for m in res.mentions if m.refs[0].kind == "show"]
    if len(shows) != 1 or len(res.mentions) != 1:
        return None
    mention = shows[0]
    before, after = described[: mention.start], described[mention.end :]
    asks = after[:1] != [] and after[0] in _ASKS  # "the show with kit connor, who made it"
    if any(w not in _AROUND_A_SHOW for w in (*before, *([] if asks else after))) or res.season is not None:
        return None
    show = kb.shows.get(mention.refs[0].id)
    return [*fold(show.title).split(), *(after if asks else [])] if show is not None else None


def _with_clause(words: list[str], link: Link, kb: Knowledge) -> list[str] | None:
    """'the show with kit connor' / 'the show kit connor is in' at the very start of a fragment: read as
    it would be after "about", where a clause naming someone in the show is looked for."""
    about = ["about", *words]
    described = described_subject(about, link(about), kb)
    return described[1:] if described is not None and described[:1] == ["about"] else None
