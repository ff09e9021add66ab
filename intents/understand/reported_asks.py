"""A question someone else asked, told as part of the fan's story: "my coworker asked where she could watch it
and i said netflix", "my mum asked who directed it". It is talk around the question, not the question: the
fan goes on to ask their own ("..., is heartstopper on netflix?")."""

from __future__ import annotations

from intents.text import fold
from intents.understand.question_openers import WH_START

# Verbs that report someone's question in the past ("she asked where", "he wondered who").
_REPORTING = frozenset({"asked", "wondered", "queried"})
# Words between the verb and the question: whom it was asked of ("asked me who ...").
_ASKED_OF = frozenset({"me", "us", "him", "her", "them", "my", "our"})
# Who asks when the fan asks for themself ("i asked ...", "we wondered ..."): their question, still open.
_FAN = frozenset({"i", "we", "ive", "weve", "id"})
_CHECK = frozenset({"if", "whether"})
_SUBJECT_REACH = 4  # words back from the verb its subject may stand ("my little sister asked")


def reports_a_question(words_said: str) -> bool:
    """Whether these words tell of a question someone other than the fan asked ("she asked where she could
    watch it and i said netflix"); "i asked who directed it" and "does anyone know who ..." do not."""
    words = fold(words_said).split()
    for at, word in enumerate(words):
        if word not in _REPORTING or at == 0:
            continue
        after = words[at + 1 : at + 3]
        if after[:1] and after[0] in _ASKED_OF:
            after = after[1:]
        if not after or (after[0] not in WH_START and after[0] not in _CHECK):
            continue
        subject = words[max(0, at - _SUBJECT_REACH) : at]
        if _FAN.isdisjoint(subject[-2:]) and "was" not in subject[-1:]:
            return True
    return False
