"""An actor described by their character: "charlie's actor", "the nick actor", "charlie spring's actress"
("when does the marvel show charlie's actor is in premiere"). The credit the character names says who; the
words are read with that person's name."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.resolve import Resolution
from intents.text import fold

# The nouns after a character that mean whoever plays it (the possessive "'s" is gone by now).
_PLAYER_NOUNS = frozenset("actor actress star player".split())
# Words after the noun that ask who it is ("charlie's actor name?"): the plain question reads those.
_ASKING_WHO = frozenset("name names called".split())


def actor_of_character(
    tokens: list[str], res: Resolution, kb: Knowledge
) -> tuple[list[str], PersonFacts] | None:
    """The tokens with "<character>('s) actor" replaced by the actor's name (a "the" before it too), and
    whom it names; None when no character is followed by such a noun."""
    for mention in res.mentions:
        ref = mention.refs[0]
        after = tokens[mention.end + 1 : mention.end + 2]
        if ref.kind != "character" or not after or after[0] in _ASKING_WHO:
            continue  # "jasper actor name", "who is the nick actor": who plays it, asked as it is
        if (
            tokens[mention.end] not in _PLAYER_NOUNS
            or tokens[mention.start : mention.end] != fold(mention.text).split()
        ):
            continue
        credit = kb.credits.get(ref.id)
        person = kb.people.get(credit.person_id) if credit is not None else None
        if person is None:
            continue
        start = mention.start
        # "the heartstopper charlie actor": the character's own show before it is part of the description
        shown = next((m for m in res.mentions if m.end == start and m.refs[0].kind == "show"), None)
        if shown is not None and shown.refs[0].id == (credit.show_id if credit is not None else None):
            start = shown.start
        start -= tokens[start - 1 : start] == ["the"]
        return [*tokens[:start], *fold(person.name).split(), *tokens[mention.end + 1 :]], person
    return None


# "the boy playing nick, ...", "the guy who plays charlie, ...": a fronted description of whoever plays a
# character, before the question asked of them ("guy" and "lad" reach here as "actor", fanwords.py).
_FRONTED_OPENERS = frozenset("the that this".split())
_FRONTED_NOUNS = frozenset("actor actress kid boy teen lead person one".split())
_PLAYING = (["playing"], ["who", "plays"], ["who", "is", "playing"], ["that", "plays"])


def actor_playing_character(
    tokens: list[str], res: Resolution, kb: Knowledge
) -> tuple[list[str], PersonFacts] | None:
    """The tokens with a fronted "the <noun> playing <character>" replaced by the actor's name, and whom it
    names; None unless the question opens so and asks something after it."""
    if (
        tokens[:1] == []
        or tokens[0] not in _FRONTED_OPENERS
        or tokens[1:2] == []
        or tokens[1] not in _FRONTED_NOUNS
    ):
        return None
    playing = next((p for p in _PLAYING if tokens[2 : 2 + len(p)] == p), None)
    mention = next((m for m in res.mentions if m.start == 2 + len(playing or [])), None) if playing else None
    if mention is None or mention.refs[0].kind != "character" or mention.end >= len(tokens):
        return None
    credit = kb.credits.get(mention.refs[0].id)
    person = kb.people.get(credit.person_id) if credit is not None else None
    if person is None:
        return None
    return [*fold(person.name).split(), *tokens[mention.end :]], person
