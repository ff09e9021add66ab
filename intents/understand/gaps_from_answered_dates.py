"""The time from the premiere the last answer dated to another one: "when did andor season 1 come out" ...
"how many years until season 2" asks the years between the two premieres, not a countdown from today."""

from __future__ import annotations

from collections.abc import Callable

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.resolve import Resolution
from intents.text import fold

# The units a gap is counted in: every question read here names one ("years till s3?").
GAP_UNIT_WORDS = frozenset("days weeks months years".split())
_UNTIL = frozenset("until till til".split())
# Words after "until" that are no other premiere: "how many days until it comes out" counts from today.
_NO_OTHER_PREMIERE = frozenset("it then now today that this its there".split())


def gap_from_answered_date(
    tokens: list[str], conv: Conversation, kb: Knowledge, link: Callable[[list[str]], Resolution]
) -> list[str] | None:
    """ "how many years until season 2" as "how many years between <the premiere just dated> and season 2"
    when the last answer gave a premiere's date; None when it gave none, the words count from today, or what
    follows "until" is no known show or season ("days until arcane s2", "till the sooner one")."""
    last = conv.last
    if last is None or last.date is None or last.show_id not in kb.shows or "between" in tokens:
        return None
    unit_at = next((i for i, word in enumerate(tokens) if word in GAP_UNIT_WORDS), None)
    if unit_at is None or unit_at + 1 >= len(tokens) or tokens[unit_at + 1] not in _UNTIL:
        return None
    target = tokens[unit_at + 2 :]
    if not target or "from" in tokens or not _NO_OTHER_PREMIERE.isdisjoint(target):
        return None
    said = link(target)
    if said.leftovers or said.unknown_title or not (said.shows or said.season is not None):
        return None
    dated = fold(kb.shows[last.show_id].title).split()
    if last.season is not None:
        if target[-2:] == ["season", str(last.season)] and len(target) <= 2:
            return None  # the premiere just dated itself: a countdown
        dated += ["season", str(last.season)]
    return ["how", "many", tokens[unit_at], "between", *dated, "and", *target]
