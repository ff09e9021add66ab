"""Questions about what a person is doing now or does in a show, read from the words that carry that
relation ("what is X filming", "is X in any new shows", "what does she do on the show"), whoever X is:
a known person's work or role, or "I don't have facts about X" for a name Marquee does not know."""

from __future__ import annotations

import re

from intents.resolve import Resolution
from intents.text import title_case

_DOING = (
    r"(?:been )?(?:up to|doing|filming|shooting|working on|starring in|(?:gonna|gona|going to) be in|in next"
    r"|cast in|attached to|(?:been )?(?:booked|signed|cast) for)"
)
_NAME = r"(?P<name>[a-z]+(?: [a-z]+){0,2}?)"
# "what is X filming right now", "what has X been up to", "whats X doing next"
_WHAT_DOING = re.compile(rf"^(?:what|whats) (?:is |s |has |will )?{_NAME} {_DOING}\b")
# "is X in any new shows", "is X doing any tv", "has X got anything coming up"
_ANY_WORK = re.compile(
    rf"^(?:is|has) {_NAME} (?:in|doing|filming|working on|starring in|got|been cast in) "
    r"(?:any|anything|something|a new)\b"
)
# "what does she do on the show", "what does X do in heartstopper": the role a person has in a show.
_ROLE_IN_SHOW = re.compile(
    r"\bwhat (?:does|did|is) (?:she|he|they|xpersonx) (?:do|doing|play|playing) (?:on|in) "
    r"(?:the show|it|(?:the )?xshowx|that|this)\b"  # "... in the agatha show": the show named
)


def person_doing(res: Resolution) -> tuple[str, str | None] | None:
    """(intent, unknown name) for a question about what a person does: ("other_work", None) for a known
    person's work, ("plays_whom", None) for their role in a show, ("", "Jeremy Allen White") for a name
    with no facts; None when the question is not of that kind."""
    if res.people and not res.characters and _ROLE_IN_SHOW.search(res.slotted):
        return "plays_whom", None
    words = " ".join(res.tokens)
    found = _WHAT_DOING.search(words) or _ANY_WORK.search(words)
    if found is None:
        return None
    name = found.group("name").split()
    if res.people and not res.shows and not res.characters and _WHAT_DOING.search(res.slotted) is not None:
        return "other_work", None
    if res.people and not res.shows and not res.characters and _ANY_WORK.search(res.slotted) is not None:
        return "other_work", None
    unknown = {w for run in res.leftovers for w in run}
    if len(name) >= 2 and set(name) <= unknown and not res.mentions:
        return "", title_case(name)
    return None
