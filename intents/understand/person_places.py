"""'the second guy', 'the third actor': a person by the place they were first asked about in the conversation
("who plays charlie" ... "who plays nick" ... "is the second guy in agatha" means Kit Connor). "The first
guy" and "the other guy" are read in understand/references.py."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import fold
from intents.understand.references import persons_first

_PLACES = {"second": 1, "third": 2, "fourth": 3}
_PERSON_NOUNS = frozenset("guy person actor actress woman man girl lady dude chap fella gal".split())


def person_by_place(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """The tokens with "the second guy" replaced by the name of the second person the conversation asked
    about; unchanged when there is no such phrase or person ("the second one" after a season question is a
    season, so "one" counts only when the talk is about people)."""
    for at in range(len(tokens) - 2):
        if tokens[at] != "the" or tokens[at + 1] not in _PLACES:
            continue
        noun = tokens[at + 2]
        if noun not in _PERSON_NOUNS and not (noun == "one" and persons_first(conv)):
            continue
        asked = list(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))
        place = _PLACES[tokens[at + 1]]
        if place < len(asked) and asked[place] in kb.people:
            return [*tokens[:at], *fold(kb.people[asked[place]].name).split(), *tokens[at + 3 :]]
    return tokens
