"""Fans' ways of asking about people that mean a plainer question (steps of understand/rephrase.py).

- "who's the lead opposite X in Y" asks who stars opposite X in Y.
- "the boy nick falls for" is Nick's love interest.
- praise before a person noun ("any big names in it") asks who, not for a ranking.
- "how many eps did X direct overall": a person's count already covers every season.
"""

from __future__ import annotations

import re

from intents.understand.story_partners import DESCRIBED_PERSON_NOUNS

_LEAD_WORDS = frozenset("lead leads star stars main actor actress costar".split())
_AUXILIARIES = frozenset("does did do will would can could".split())
# "the boy nick nelson falls for": someone described by whom they are loved by is that character's love
# interest (understand/relatives.py answers it when the synopsis gives one).
_FALLEN_FOR = re.compile(
    rf"\bthe (?:{'|'.join(sorted(DESCRIBED_PERSON_NOUNS))}) ((?:\w+ ){{1,3}}?)"
    r"(?:falls|fell|falling|is falling|has fallen) for\b"
)


def fallen_for(tokens: list[str]) -> list[str]:
    """ "the boy nick falls for" read as "nick s love interest"."""
    said = " ".join(tokens)
    fallen = _FALLEN_FOR.search(said)
    if fallen is None:
        return tokens
    return f"{said[: fallen.start()]}{fallen.group(1)}s love interest{said[fallen.end() :]}".split()


# "and the guy who plays his boyfriend?": whoever plays a part, described and said alone, asks who plays it.
_PLAYER_DESCRIBED = re.compile(
    r"^(?P<lead>(?:and|so|ok|okay|also|what about) )?the (?:guy|actor|actress|person|one|dude|lad|girl|boy) "
    r"(?:who|that) (?:plays|played|is playing|s playing) (?P<part>(?:\w+ ?){1,5})$"
)
# Words that say something of the one described ("the guy who plays nick is in a marvel show"): a claim.
_SAID_OF_THEM = frozenset("is s was will does did has have going gonna also too right".split())


def player_described_alone(tokens: list[str]) -> list[str]:
    """ "and the guy who plays his boyfriend" read as "and who plays his boyfriend"."""
    described = _PLAYER_DESCRIBED.match(" ".join(tokens))
    if described is None or _SAID_OF_THEM & set(described["part"].split()):
        return tokens
    return [*(described["lead"] or "").split(), "who", "plays", *described["part"].split()]


# Praise before a person noun ("which famous actress is he opposite", "any big names in it") asks who, not
# for a popularity ranking (the catalog reads "famous" as a film's vote count).
_FAME_WORDS = frozenset("famous big huge celebrity".split())
_PERSON_NOUNS = frozenset("actress actresses actor actors star stars name names people person costar".split())


def unranked_people(tokens: list[str]) -> list[str]:
    """The tokens without a word of fame right before a person noun."""
    return [
        t
        for i, t in enumerate(tokens)
        if not (t in _FAME_WORDS and tokens[i + 1 : i + 2] and tokens[i + 1] in _PERSON_NOUNS)
    ]


def opposite(tokens: list[str]) -> list[str]:
    """ "who's agatha all along's lead opposite joe locke": who stars opposite someone in the show named
    between the question word and the role."""
    if "opposite" not in tokens or tokens[0] not in ("who", "whos"):
        return tokens
    at = tokens.index("opposite")
    role = next((i for i in range(at - 1, 0, -1) if tokens[i] in _LEAD_WORDS), None)
    show = [t for t in tokens[1:role] if t not in ("is", "the")] if role is not None else []
    # "who does joe locke star opposite", "who is the charlie actor starring opposite": the role word is
    # the subject's verb, or a verb comes between: a person asked about, no show's lead
    if not show or at + 1 >= len(tokens) or role != at - 1 or not _AUXILIARIES.isdisjoint(show):
        return tokens
    return ["who", "stars", "opposite", *tokens[at + 1 :], "in", *show]


# "how many eps did euros lyn direct overall": a person's count is already over all their seasons; the word
# must not read as a comparison of seasons nor as a title.
_CREDIT_TOTAL = re.compile(
    r"^(?P<asked>.*\bhow many (?:episodes|eps) (?:did|has|have|does) .+ "
    r"(?:direct|directed|do|done|write|written|helm|helmed|star in|appear in))"
    r" (?:overall|in total|total|altogether|all together|in all|combined|all up)$"
)


def credit_total(tokens: list[str]) -> list[str]:
    """The tokens without a closing word that only says the count is over every season."""
    joined = " ".join(tokens)
    said = _CREDIT_TOTAL.match(joined) if "how many " in joined else None  # most questions count nothing
    return said["asked"].split() if said is not None else tokens
