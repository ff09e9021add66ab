"""'season 1 as well?' after "who directed season 2?" -> Euros Lyn: whether the one just answered did that
too, asked as a check ("did euros lyn direct heartstopper season 1"), so the reply says yes or no first."""

from __future__ import annotations

import re

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

_ALSO = re.compile(r"\b(too|also|as well|aswell)\W*$")
# A "who" question's verb and the form a check asks it in.
_CHECK_FORMS = {
    "directed": ("did", "direct"), "created": ("did", "create"), "wrote": ("did", "write"),
    "made": ("did", "make"), "produced": ("did", "produce"), "ran": ("did", "run"),
    "directs": ("does", "direct"), "writes": ("does", "write"), "runs": ("does", "run"),
    "directing": ("is", "directing"), "writing": ("is", "writing"),
}  # fmt: skip


def asks_also(text: str) -> bool:
    """Whether the message ends by asking "too?" / "as well?" / "also?"."""
    return _ALSO.search(fold(text)) is not None


def also_check(merged: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The repeated "who" question as a check of the one person its last answer named, or None."""
    last = conv.last
    if last is None or len(last.answered) != 1 or last.answered[0] not in kb.people:
        return None
    asked = merged[1:] if merged[:1] == ["who"] else merged[2:] if merged[:2] == ["whos", "is"] else []
    if merged[:1] == ["whos"] and not asked:
        asked = merged[1:]  # "whos directing season 1"
    if not asked or asked[0] not in _CHECK_FORMS:
        return None
    aux, verb = _CHECK_FORMS[asked[0]]
    return [aux, *fold(kb.people[last.answered[0]].name).split(), verb, *asked[1:]]


# A work a person is credited with by its noun, and the verb a check asks it with: "the books too?" after
# "who created heartstopper" -> Alice Osman: "did alice osman write the books".
_WORK_VERBS = {
    "books": "write", "book": "write", "novels": "write", "novel": "write", "comics": "write",
    "comic": "write", "script": "write", "scripts": "write", "screenplay": "write",
    "show": "create", "series": "create",
}  # fmt: skip
_WORK_OWNERS = frozenset({"the", "his", "her", "their"})


def also_of_work(fragment: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """ "the books too?" after an answer naming one person: whether they made that work too, asked as a
    check ("did alice osman write the books"), so the reply says yes or no first; None otherwise."""
    words = fragment[1:] if fragment[:1] == ["and"] else fragment
    last = conv.last
    if last is None or len(last.answered) != 1 or last.answered[0] not in kb.people:
        return None
    if len(words) != 2 or words[0] not in _WORK_OWNERS or words[1] not in _WORK_VERBS:
        return None
    return ["did", *fold(kb.people[last.answered[0]].name).split(), _WORK_VERBS[words[1]], "the", words[1]]
