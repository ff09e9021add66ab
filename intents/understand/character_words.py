"""A character named by one word of their name after "the", with the show named: "who plays the teen in the
wandavision spin-off" asks who plays Mystery Teen in Agatha All Along. The word counts when exactly one
character of that show has it in their name; the question is then read with the character's full name."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.understand.story_partners import character_by_story

_ASKS_FOR_AN_ACTOR = frozenset("plays play playing played actor actress portrays portraying".split())
_ASKING = frozenset("who whos which".split())
_SHORTEST = 3  # letters of a name word worth reading alone ("teen"); shorter ones are too often talk


def character_described(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a character described by their story with another (story_partners.py) or by one word
    of their name written as the character; None when the question asks for no actor (one gate for both:
    most questions never pass it)."""
    if not (_ASKS_FOR_AN_ACTOR & set(tokens) and _ASKING & set(tokens)):
        return None
    return character_by_story(tokens, res, kb) or character_by_name_word(tokens, res, kb)


def character_by_name_word(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with "the <word>" as the one character of the named show whose name holds that word, or
    None when it names no single show, or no one character has the word."""
    if res.characters:
        return None
    shows = {m.refs[0].id for m in res.mentions if m.refs and m.refs[0].kind == "show"}
    if len(shows) != 1 or (show := kb.shows.get(next(iter(shows)))) is None:
        return None
    named = {i for m in res.mentions for i in range(m.start, m.end)}
    for at in range(1, len(tokens)):
        word = tokens[at]
        if tokens[at - 1] != "the" or at in named or word in STOPWORDS or len(word) < _SHORTEST:
            continue
        holders = {cr.character for cr in show.credits if cr.character and word in fold(cr.character).split()}
        if len(holders) == 1:
            return [*tokens[: at - 1], *fold(holders.pop()).split(), *tokens[at + 1 :]]
    return None
