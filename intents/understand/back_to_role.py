"""Going back to someone by their role: "going back to the director, what else has he done", "returning to the
creator, did she write the novels", "circling back to the director, is he doing season 3". The role names
the person talked about most recently who holds it (on any show), and the question after it is asked of
them: its pronouns are that person, whoever was named since."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

_LEAD_IN = frozenset("ok okay so and anyway alright right cool but now".split())
_BACK_TO = (
    ("back", "to"), ("going", "back", "to"), ("go", "back", "to"), ("returning", "to"), ("return", "to"),
    ("circling", "back", "to"), ("coming", "back", "to"), ("getting", "back", "to"), ("get", "back", "to"),
)  # fmt: skip
# The credit role each word names.
_ROLES = {
    **dict.fromkeys(("director", "dir"), "director"),
    **dict.fromkeys(("creator",), "creator"),
    **dict.fromkeys(("author", "novelist", "writer"), "novelist"),
    **dict.fromkeys(("consultant",), "story_consultant"),
    **dict.fromkeys(("showrunner",), "showrunner"),
    **dict.fromkeys(("producer",), "producer"),
    **dict.fromkeys(("actor", "actress"), "actor"),
}
_BEFORE_ROLE = frozenset({"the", "that", "this"})
_PRONOUNS = frozenset("he him his she her hers they them their".split())
# Words that pick by place or order rather than by role alone ("back to the first guy"): read elsewhere.
_PLACES = frozenset("first second third last latter former other earlier previous original new".split())
_LONGEST_DESCRIPTION = 3  # words before the role that say which: "the story consultant", "the s3 director"


def back_to_role(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The question after "back to the <role>," with its pronouns as the person of that role talked about
    last; None when the words are no such lead, nobody talked about holds the role, or nothing is asked."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEAD_IN:
        at += 1
    lead = next((b for b in _BACK_TO if tuple(tokens[at : at + len(b)]) == b), None)
    if lead is None:
        return None
    start = at + len(lead)
    if tokens[start : start + 1] == [] or tokens[start] not in _BEFORE_ROLE:
        return None
    end = next(
        (
            i
            for i in range(start + 1, min(start + 2 + _LONGEST_DESCRIPTION, len(tokens)))
            if tokens[i] in _ROLES
        ),
        None,
    )
    rest = tokens[end + 1 :] if end is not None else []
    if end is None or not rest or _PRONOUNS.isdisjoint(rest) or not _PLACES.isdisjoint(tokens[start:end]):
        return None  # "back to the director" alone, or a question naming its own subject: read elsewhere
    person = _holder(_ROLES[tokens[end]], conv, kb)
    if person is None:
        return None
    name = fold(kb.people[person].name).split()
    return [w for t in rest for w in (name if t in _PRONOUNS else [t])]


def _holder(role: str, conv: Conversation, kb: Knowledge) -> int | None:
    """The person talked about most recently (named or answered) who holds the role on some show."""
    answered = (p for turn in reversed(conv.turns) for p in (turn.person_id, *turn.answered) if p is not None)
    for person_id in dict.fromkeys([*conv.people, *answered]):
        person = kb.people.get(person_id)
        if person is not None and any(c.role == role for c in person.credits):
            return person_id
    return None
