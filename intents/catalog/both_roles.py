"""'who wrote and directed memento': two credits of one catalog film asked at once. The path reader took
them as two hops ("the films written by the directors of Memento"); the reply names whoever holds both
first, then each credit.
"""

from __future__ import annotations

import html
import re

from intents.answer import Answer
from intents.catalog import facts
from intents.catalog.answers import label
from intents.catalog.named_films import catalog_films
from intents.query import Query, join_names
from intents.text import fold

_VERBS = {
    "wrote": "writer",
    "written": "writer",
    "directed": "director",
    "starred": "actor",
    "acted": "actor",
}
_SAID = {"writer": "wrote", "director": "directed", "actor": "starred in"}
_BY = {"writer": "written by", "director": "directed by", "actor": "starring"}
# Matched on the text as typed (one search, which most questions fail), then read on the folded words.
_ASKS = re.compile(
    r"\b(?:wrote|written|directed|starred|acted) and (?:wrote|written|directed|starred|acted)\b", re.I
)
_READ = re.compile(
    r"^(?:who|which people|which person) (?:has |have |had )?(?P<one>wrote|written|directed|starred|acted)"
    r" and (?P<two>wrote|written|directed|starred|acted)(?: in| by)? (?:the (?:film|movie) )?(?P<film>.+)$"
)


def both_roles(q: Query) -> Answer | None:
    """'Christopher Nolan wrote and directed Memento (2000).' and each credit; None unless the question
    asks two credits of a film only the catalog knows."""
    if q.index is None or _ASKS.search(q.text) is None:
        return None
    match = _READ.match(" ".join(fold(html.unescape(q.text)).split()))
    if match is None:
        return None
    roles = [_VERBS[match.group("one")], _VERBS[match.group("two")]]
    if roles[0] == roles[1]:
        return None
    films = catalog_films(q, match.group("film"))
    if not films:
        return None
    show = films[0]
    held = [[p.name for p in facts.people_for(q.kb, show, role)] for role in roles]
    if not any(held):
        return None
    both = [name for name in held[0] if name in held[1]]
    said = " and ".join(_SAID[role] for role in roles)
    lead = f"{join_names(both)} {said}" if both else f"No one I know of both {said}"
    credits = ", ".join(
        f"{_BY[role]} {join_names(names)}" for role, names in zip(roles, held, strict=True) if names
    )
    return Answer(
        text=f"{lead} {label(show)}: {credits}.",
        intent=f"film_{roles[0]}",
        confidence=0.9,
        answers=tuple(dict.fromkeys(both or [n for names in held for n in names])),
        show_id=show.id,
    )
