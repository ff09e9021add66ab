""" "Both" meaning the two shows just talked about: "when is hs3" ... "agatha?" ... "streaming where, both
netflix?" asks where each of the two is streaming ("... heartstopper and agatha all along ...")."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold

Link = Callable[[list[str]], Resolution]

# How the two are pointed at together, longest first; "both of them" after a cast list is the two people
# listed (intents/understand/listed_picks.py reads that first).
_BOTH = (("both", "of", "those", "shows"), ("both", "of", "them"), ("both", "of", "those"), ("both", "shows"),
         ("both", "series"), ("both",))  # fmt: skip
_PAIR = 2


def both_shows(tokens: list[str], conv: Conversation, kb: Knowledge, link: Link) -> list[str] | None:
    """The tokens with "both" replaced by the two shows last talked about, the earlier first; None when the
    question names a show itself, the last question was about a person, or the two last subjects are not
    two known shows."""
    at = next((i for i, w in enumerate(tokens) if w == "both"), None)
    last = conv.last
    if at is None or last is None or last.person_id is not None or last.answered:
        return None
    subjects = list(conv.subjects)[:_PAIR]
    if len(subjects) < _PAIR or not all(isinstance(s, int) and s in kb.shows for s in subjects):
        return None
    if link(tokens).shows:
        return None  # "are both heartstopper seasons out": the show is named
    phrase = next(p for p in _BOTH if tuple(tokens[at : at + len(p)]) == p)
    titles = [fold(kb.shows[s].title).split() for s in reversed(subjects) if isinstance(s, int)]
    return [*tokens[:at], *titles[0], "and", *titles[1], *tokens[at + len(phrase) :]]
