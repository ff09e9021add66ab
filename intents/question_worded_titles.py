"""Titles worded as questions ("How I Met Your Mother", "What We Do in the Shadows"): put before the fact
asked, they lead the question ("how i met your mother season 2 when") rather than ask it, which the
question's own asking word after the fact shows. Read as a title, one Marquee has no facts about gets "I
don't have facts about X", never the default show's facts."""

from __future__ import annotations

from intents.title_words import AUXILIARIES, CREDIT_VERBS, WATCHING_VERBS, WH_WORDS

# Words after a question word that make the words a question of their own ("how many", "who directed").
_ASKING_ON = AUXILIARIES | CREDIT_VERBS | WATCHING_VERBS | frozenset("many much long old often far".split())
_SHORTEST_TITLE = 3  # a question word and two words of the title's own


def worded_as_a_question(span: list[str], rest: list[str]) -> bool:
    """Whether the words before the fact asked (`span`) are a title worded as a question: they open with a
    question word that asks nothing by itself, and the question's own asking word follows the fact (`rest`,
    the fact first: "season 2 when", "cast who's in it")."""
    return (
        len(span) >= _SHORTEST_TITLE
        and span[0] in WH_WORDS
        and span[1] not in _ASKING_ON
        and not WH_WORDS.isdisjoint(rest[1:])
    )
