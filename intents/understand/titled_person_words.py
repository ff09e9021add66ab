"""Fans' words for a person ("girl", "guy", "lady") ending a title ("New Girl", "Family Guy", "Gossip Girl").

"who plays the new girl" points at someone ("girl" reads as "actress"), but "who directed new girl" and "who
plays nick in new girl" name a title: no determiner marks the words as a description of someone, so the fan's
word stays as written and the title slot reads the title (one Marquee has no facts about gets "I don't have
facts about New Girl", never the default show's director).
"""

from __future__ import annotations

from intents.title_words import AUXILIARIES, DETERMINERS, SPEAKER_PRONOUNS, WH_WORDS

# Fans' words that stand for "actor"/"actress" when they describe someone.
PERSON_FAN_WORDS = frozenset("guy dude girl lady".split())
# Words that make the person word a description of someone, just before it ("the girl", "that guy", "is
# girl") or before its one describing word ("the blonde girl", "some new guy").
_DETERMINING = DETERMINERS | frozenset("some one another other same each every no".split())
_DESCRIBING = _DETERMINING | WH_WORDS | AUXILIARIES | SPEAKER_PRONOUNS | frozenset("him he she they".split())


def ends_a_title(words: list[str], at: int) -> bool:
    """Whether the person word at `at` closes a title ("new girl", "family guy") rather than describing
    someone: an everyday word stands before it and no describing word before that."""
    if words[at] not in PERSON_FAN_WORDS or at == 0:
        return False
    before = words[at - 1]
    two_before = words[at - 2] if at >= 2 else ""
    return before.isalpha() and before not in _DESCRIBING and two_before not in _DETERMINING
