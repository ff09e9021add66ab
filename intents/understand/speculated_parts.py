"""What fans say a part really is: "ppl think hes actually who", "who might that really be", "whose kid is
that" right after a question whose answer was a part the facts hold only fans' speculation about ("Mystery
Teen ... widely speculated to be Wiccan, one of Wanda's children") ask again who the person plays there, whose
answer says what is speculated."""

from __future__ import annotations

import re
from itertools import pairwise

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

_ASKING = frozenset({"who", "whose", "whom", "whos"})
_SPECULATION = frozenset(
    """think thinks thought reckon reckons say says said believe believes guess suspect suspects speculate
    speculated speculation speculating rumoured rumored rumour rumor rumours rumors theory theories might
    really actually secretly supposedly supposed""".split()
)
# What "whose ... is that" asks of a part: its family ("whose kid is that").
_KIN = frozenset(
    "kid kids child children son daughter mom mum mother dad father parent parents family".split()
)
# The only other words such a follow-up holds: who is said to think it, and what it points at.
_SAID = frozenset(
    """people ppl fans everyone everybody folks they he she hes shes him her his that this the character part
    role one is s be was do does did playing play plays to gonna going of and so but ok okay then tho though
    lol really again""".split()
)


_RUMOUR_NOUNS = frozenset("rumour rumor rumours rumors theory theories speculation".split())
_RUMOUR_ASKS = frozenset("and the fan fans what whats is about so ok okay its his her their".split())

# "is that confirmed tho": whether the speculated part is so.
_CONFIRMED = frozenset({"confirmed", "official", "true"})
_CHECKING = frozenset("is it that this confirmed official true yet tho though so and then".split())
_SPECULATED_AS = re.compile(r"speculated to be ([^,;()]+)")


# A hidden identity asked of a part ("do ppl think he's secretly someone else", "ppl keep sayin hes someone
# else"): who the part really is, as "who" asks it; and the words such a question says around it.
_SOMEONE_ELSE = frozenset("someone somebody else different keep keeps saying".split())


def someone_else(tokens: list[str]) -> bool:
    """Whether the words ask whether a part is someone else ("he's secretly someone else")."""
    return any(w in ("someone", "somebody") and nxt in ("else", "different") for w, nxt in pairwise(tokens))


def speculated_part(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The last question again when this one asks what fans say its answered part really is and the facts
    hold a speculation about that part ("is that confirmed": the check that the person plays the speculated
    part, which says it isn't confirmed); None otherwise."""
    words = set(tokens)
    confirming = not _CONFIRMED.isdisjoint(words)
    # "and the fan theory?", "what's the rumour": the speculation named, asked as an ellipsis
    named_rumour = not _RUMOUR_NOUNS.isdisjoint(words) and words <= _RUMOUR_NOUNS | _RUMOUR_ASKS
    if _ASKING.isdisjoint(words) and not confirming and not named_rumour and not someone_else(tokens):
        return None  # ("is he secretly someone else" asks who he really is)
    cue = _CONFIRMED if confirming else _KIN if "whose" in words else _SPECULATION
    if cue.isdisjoint(words):
        return None
    last = conv.last
    if last is None:
        return None
    person_id, show_id = last.person_id, last.show_id
    if named_rumour:
        # "and the fan theory?" after "release date?": the person and show the thread is on
        person_id = person_id if person_id is not None else (conv.people[0] if conv.people else None)
        show_id = show_id if show_id is not None else conv.show_in_talk
    person = kb.people.get(person_id) if person_id is not None else None
    if person is None or show_id is None:
        return None
    noted = [
        c for c in person.credits if c.show_id == show_id and c.note and "speculat" in c.note
    ]  # "... widely speculated to be Wiccan, one of Wanda's children"
    if not noted:
        return None
    name = fold(person.name).split()
    if confirming:
        said = _SPECULATED_AS.search(noted[0].note or "")
        fits = said is not None and words <= _CHECKING | set(name)
        return [*name, "plays", *fold(said.group(1)).split(), "right"] if said is not None and fits else None
    note = fold(f"{noted[0].note} {noted[0].character or ''}").split()
    own = {*name, *note} | _ASKING | _SPECULATION | _KIN | _SAID | _RUMOUR_ASKS | _SOMEONE_ELSE
    # Asked of the part in that show: its answer carries the speculation (the last question may have asked
    # of every part the person plays).
    show = kb.shows.get(show_id)
    asked = ["who", "does", *name, "play", "in", *fold(show.title).split()] if show is not None else None
    return asked if words <= own else None


# Words that ask whether a part is rumoured rather than whether it is played.
_RUMOUR_WORDS = frozenset(
    "rumoured rumored rumour rumor rumours rumors speculated speculation theorised theorized theory".split()
)
# "is it confirmed or just a rumour?" asks whether it is confirmed: no.
_CONFIRMED_WORDS = frozenset("confirmed confirm official officially actually really definitely".split())


def rumour_asked(tokens: list[str]) -> bool:
    """Whether a check of a speculated part asks if it is rumoured ("is joe locke rumoured to be wiccan"),
    not if it is so: "... or is that just a rumour" sets the rumour against the part (is it confirmed?)."""
    asked = tokens[: tokens.index("or")] if "or" in tokens else tokens
    return not _RUMOUR_WORDS.isdisjoint(asked) and _CONFIRMED_WORDS.isdisjoint(tokens)
