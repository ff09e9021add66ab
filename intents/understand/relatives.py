"""Someone a character is related to ("who plays charlie's mum?", "nick's boyfriend"): a part no credit names,
so never the character's own actor. A love interest the show's synopsis gives (the one other character it
names beside them, in a story of love) is answered through that character; any other relative is missing."""

from __future__ import annotations

import re
from dataclasses import replace

from db.knowledge import CreditFact, Knowledge
from intents.answer import Answer
from intents.text import fold
from intents.understand.context import Composing, lead_with
from intents.understand.people_words import RELATIVES

# Words for a character's partner in a story of love ("love interest" is two words, read apart).
PARTNERS = frozenset("boyfriend girlfriend bf gf partner crush lover husband wife".split())
# Words saying a relative is the story's, not the actor's ("nick's on-screen boyfriend").
_STORY_SIDE = frozenset("on screen onscreen fictional tv".split())
_OWNERS = frozenset({"his", "her", "their"})
# Words of a synopsis that tells a story of love.
_ROMANCE = re.compile(r"\b(love|loves|romance|romantic|relationship|falls? for|dating|crush)\b")


async def relative_of_character(c: Composing) -> Answer | None:
    """The answer about a character's relative, or None when the question names none."""
    for at, word in enumerate(c.tokens):
        relation = "love interest" if c.tokens[at : at + 2] == ["love", "interest"] else word
        if relation not in RELATIVES and relation not in PARTNERS and relation != "love interest":
            continue
        credit = _character_before(c, at)
        if credit is None:
            continue
        name = credit.character or ""
        partner = (
            partner_in_story(c.kb, credit) if relation in PARTNERS or relation == "love interest" else None
        )
        if partner is not None and partner.character:
            plays = await c.ask(f"who plays {partner.character}")
            show = c.kb.shows[credit.show_id].title
            lead = f"{name}'s {relation} in {show} is {partner.character} (as its synopsis tells it)."
            if plays.kind == "answer":
                return replace(lead_with(lead, plays, intent="who_plays"), show_id=credit.show_id)
        known = await c.ask(f"who plays {name}")
        return missing_part(f"who plays {name}'s {relation}", known)
    return None


def missing_part(what: str, known: Answer) -> Answer:
    """'I don't have X in my facts.' then what is known."""
    lead = f"I don't have {what} in my facts."
    if known.kind != "answer":
        return Answer(text=lead, kind="unknown", intent="missing", confidence=0.9)
    return replace(
        known, text=f"{lead} What I do know: {known.text}", kind="unknown", intent="missing", confidence=0.9,
        answers=(),
    )  # fmt: skip


def _character_before(c: Composing, at: int) -> CreditFact | None:
    """The character named right before the relative word: linked ("charlie's mum", "charlie s mum"), or a
    possessive the linker left whole ("nicks mum")."""
    for mention in c.res.mentions:
        gap = c.tokens[mention.end : at]
        # (A mention after the word is no possessor: "my bf thinks nick ..." is the fan's bf, not nick's.)
        gap = [w for w in gap if w not in _STORY_SIDE]  # "nick's on-screen boyfriend": the story's
        if mention.refs[0].kind == "character" and mention.end <= at and gap in ([], ["s"]):
            return c.kb.credits.get(mention.refs[0].id)
    before = [w for w in c.tokens[:at] if w not in _STORY_SIDE]
    named = {m.refs[0].id for m in c.res.mentions if m.refs[0].kind == "character" and m.end <= at}
    if before[-1:] and before[-1] in _OWNERS and len(named) == 1:
        # "the teen who plays nick, who's his boyfriend": "his" is the one character named before it
        return c.kb.credits.get(named.pop())
    word = c.tokens[at - 1] if at else ""
    if len(word) > 3 and word.endswith("s"):
        linked = c.link([word[:-1]])
        if linked.characters:
            return linked.characters[0]
    return _character_after_of(c, at) or _character_of_person(c)


def _character_after_of(c: Composing, at: int) -> CreditFact | None:
    """'the boyfriend of charlie': the character named right after the relative word and "of"."""
    end = at + (2 if c.tokens[at : at + 2] == ["love", "interest"] else 1)
    for mention in c.res.mentions:
        if (
            mention.refs[0].kind == "character"
            and mention.start == end + 1
            and c.tokens[end : end + 1] == ["of"]
        ):
            return c.kb.credits.get(mention.refs[0].id)
    return None


# Words that describe a part by its actor ("the character kit connor plays", "joe locke's character").
_PART_WORDS = frozenset({"character", "characters", "part", "role"})


def _character_of_person(c: Composing) -> CreditFact | None:
    """The part of the one person the question describes a character by ("the character kit connor plays,
    who plays his boyfriend", "who plays joe locke's boyfriend" on the show): their credit on the show
    named, else their first credited part."""
    if not (_PART_WORDS & set(c.tokens) or c.has("who plays", "who played")):
        return None  # "kit connor's boyfriend" alone would be his own life, which no article gives
    people = [m.refs[0].id for m in c.res.mentions if m.refs[0].kind == "person"]
    if len(set(people)) != 1 or people[0] not in c.kb.people:
        return None
    parts = [cr for cr in c.kb.people[people[0]].credits if cr.character]
    named = {s.id for s in c.res.shows}
    return next((cr for cr in parts if cr.show_id in named), parts[0] if parts else None)


def partner_in_story(kb: Knowledge, credit: CreditFact) -> CreditFact | None:
    """The one other character the show's synopsis names beside this one, when it tells a story of love."""
    show = kb.shows.get(credit.show_id)
    synopsis = fold(show.synopsis or "") if show is not None else ""
    if show is None or not _ROMANCE.search(synopsis) or not _named_in(kb, credit, synopsis):
        return None
    others = [
        cr for cr in show.credits if cr.character and cr.id != credit.id and _named_in(kb, cr, synopsis)
    ]
    return others[0] if len(others) == 1 else None


def _named_in(kb: Knowledge, credit: CreditFact, text: str) -> bool:
    names = [credit.character or "", *kb.character_aliases.get(credit.id, [])]
    return any(f" {fold(n)} " in f" {text} " for n in names if n)
