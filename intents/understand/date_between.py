"""'how much time is there between that and the season 3 premiere?': the span from the last answer's date to
another premiere the question names (a season alone is the last dated show's)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation
from intents.seasons import SEASON_ORDINALS, SEASON_TAG
from intents.timefmt import long_date
from intents.understand.date_spans import in_unit
from intents.understand.memory import answer_date

Ask = Callable[[str], Awaitable[Answer]]
_POINTERS = frozenset("that then it this thats".split())
# Words around the other premiere that name no show: "the season 3 premiere", "its release date".
_AROUND = frozenset("the premiere premieres release released date drop drops debut launch one out of".split())


# A gap asked from the last date: "how many days before that did s1 come out", "how long after that is hs3".
_GAP_ASKS = tuple(
    tuple(ask.split())
    for ask in ("how long", "how many days", "how many weeks", "how many months", "how many years",
                "how much time", "how much later", "how far")
)  # fmt: skip
# "how many years until season 3" after season 1's date: from that date, as "how long after that is s3".
_UNTIL = frozenset("until till til".split())
_SIDES = frozenset({"before", "after", "earlier", "later", *_UNTIL})
_UNITS = frozenset("years months weeks days yrs".split())
_SEASONED = re.compile(rf"^({SEASON_TAG}|season \w+|({'|'.join(SEASON_ORDINALS)}) (season|series))$")
# Verbs around the other premiere: "did s1 come out", "is hs3", "did s3 arrive".
_VERBS = frozenset(
    """did does do is was will come comes came arrive arrives arrived premiered air aired airs drop
    dropped""".split()
)


def _from_that(tokens: list[str]) -> list[str]:
    """The words after "how many days before that" / "how long after that", naming the other premiere; or
    after "how many years before" with "that" left to the end or out ("how many years before s3 was that",
    "years before s3?")."""
    at = next(
        (i for i in range(len(tokens)) if any(tuple(tokens[i : i + len(a)]) == a for a in _GAP_ASKS)), None
    )
    if at is None and tokens[:1] and tokens[0] in _UNITS:
        at = 0  # "years before s3?": the gap asked in a unit alone
    side = next((i for i in range(at or 0, len(tokens) - 1) if tokens[i] in _SIDES), None)
    if at is None or side is None:
        return []
    if tokens[side + 1] in _POINTERS:
        return [w for w in tokens[side + 2 :] if w not in _AROUND and w not in _VERBS]
    other = [w for w in tokens[side + 1 :] if w not in _AROUND and w not in _VERBS and w not in _POINTERS]
    # Only a season of the show dated is read so: "how long before it airs", "how long before christmas" name
    # no other premiere.
    return other if _SEASONED.match(" ".join(other)) else []


def _other_words(tokens: list[str]) -> list[str]:
    """The words after "between that and" (or before "and that"), without the words around a premiere."""
    if "between" not in tokens:
        return _from_that(tokens)
    rest = tokens[tokens.index("between") + 1 :]
    if len(rest) > 2 and rest[0] in _POINTERS and rest[1] == "and":
        other = rest[2:]
    elif len(rest) > 2 and rest[-1] in _POINTERS and rest[-2] == "and":
        other = rest[:-2]
    else:
        return []
    return [w for w in other if w not in _AROUND]


async def span_between(
    tokens: list[str], conv: Conversation, ask: Ask, kb: Knowledge, named: frozenset[int]
) -> Answer | None:
    """The days (and years and months) between the last answer's date and the premiere the question names."""
    last_date = conv.last_date
    other = _other_words(tokens) if last_date is not None else []  # no date given: no words to read
    if last_date is None or not other or len(other) > 8:
        return None
    dated = next((t.show_id for t in reversed(conv.turns) if t.date is not None and not t.aside), None)
    if not named and dated in kb.shows:
        other = [*kb.shows[dated].title.lower().split(), *other]  # "the season 3 premiere": the same show's
    answer = await ask(" ".join(["when", "does", *other, "come", "out"]))
    day = answer_date(answer)
    if day is None or answer.kind != "answer":
        return answer if answer.kind == "unknown" else None
    if day == last_date and not _UNTIL.isdisjoint(tokens):
        return None  # "how many days until season 2" after season 2's own date: a countdown from today
    gap = abs((day - last_date).days)
    longer = f" ({in_unit(day, last_date, 'year')})" if gap >= 365 else ""
    text = (
        f"{gap} day{'s' if gap != 1 else ''}{longer} between {long_date(last_date)} and {long_date(day)}. "
        f"{answer.text}"
    )
    return Answer(
        text=text,
        kind="answer",
        intent="countdown",
        confidence=1.0,
        answers=(day.isoformat(), str(gap)),
        sources=answer.sources,
    )
