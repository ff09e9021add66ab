"""A place in the list an answer gave: "who does the first guy play", "and the second?" after a cast or a
credit naming several people mean the person at that place in it."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold

_PLACES = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
           "fifth": 4, "5th": 4}  # fmt: skip
_PEOPLE = frozenset("guy person actor actress woman man girl lady dude one name chap fella gal".split())


def place_in_answer(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the second (guy)" replaced by the name at that place in the latest list of people an
    answer gave; unchanged without such a list, or when the place means something else (a season
    after a question about one, the first person talked about in a longer conversation)."""
    # The list may be questions back: "who's in it" ... "who does the first guy play" ... "and the second?"
    last = next((t for t in reversed(conv.turns) if not t.aside and len(t.answered) > 1), None)
    if last is None:
        return tokens
    for at in range(len(tokens) - 1):
        place = _PLACES.get(tokens[at + 1])
        if tokens[at] != "the" or place is None or place >= len(last.answered):
            continue
        noun = tokens[at + 2 : at + 3]
        person_noun = noun != [] and noun[0] in _PEOPLE and noun[0] != "one"
        bare = not noun or noun == ["one"]
        if not person_noun and not (bare and not any(k == "season" for k, _s, _e in last.slots)):
            continue
        if place == 0 and len({t.person_id for t in conv.turns if t.person_id is not None}) > 1:
            continue  # "back to the first guy": the first person of the conversation
        person = kb.people.get(last.answered[place])
        if person is None:
            continue
        end = at + 2 + (person_noun or noun == ["one"])
        return [*tokens[:at], *fold(person.name).split(), *tokens[end:]]
    return tokens
