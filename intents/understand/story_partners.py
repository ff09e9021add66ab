"""A character described by what happens between them and another in the show's story: "who plays the boy
charlie gets stuck next to in class", "the lad seated beside nick, who plays him?". The one other character
the synopsis names beside the named one in its love story (understand/relatives.py) is meant, never the named
one: the question is read as "who plays <that character> in <the show>"."""

from __future__ import annotations

from db.knowledge import Knowledge
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.relatives import partner_in_story

# Nouns a described character is said with: "the boy ...", "the lad who ...", "the schoolboy nick falls for".
DESCRIBED_PERSON_NOUNS = frozenset(
    """boy guy lad girl kid one person character schoolboy schoolgirl student classmate actor actress man
    woman teen teenager""".split()
)
# Words of what happens between two characters in a story: sitting together, meeting, falling in love.
_STORY_WORDS = frozenset(
    """stuck sits sit sat sitting seated next beside falls fall fell falling ends meets meet met meeting loves
    love dates dating likes crush kisses kissed befriends befriended""".split()
)
_ASKS_FOR_AN_ACTOR = frozenset("plays play playing played actor actress".split())
_ASKING = frozenset("who whos which".split())
# Words between the noun and the character: "the boy that charlie ...", "the boy who ends up stuck sitting
# next to nick" (a clause of the story between them; the story words below still have to say it is one).
_NOUN_REACH = 9
_AFTER_REACH = 4  # words of the clause after the character ("... charlie gets stuck next to")


def character_by_story(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """ "who plays <the other character> in <show>" for a question asking who plays a character described by
    a story with the named one; None when it asks no such thing or the synopsis pairs no one with them."""
    if not (_ASKS_FOR_AN_ACTOR & set(tokens) and _ASKING & set(tokens)):
        return None
    for mention in res.mentions:
        if mention.refs[0].kind != "character":
            continue
        noun = _noun_before(tokens, mention.start)
        if noun is None:
            continue
        between, after = tokens[noun + 1 : mention.start], tokens[mention.end : mention.end + _AFTER_REACH]
        # "the boy charlie" alone names Charlie: only a clause of the story says it is someone else.
        if not _STORY_WORDS & set(between + after):
            continue
        credit = kb.credits.get(mention.refs[0].id)
        partner = partner_in_story(kb, credit) if credit is not None else None
        show = kb.shows.get(credit.show_id) if credit is not None else None
        if partner is None or not partner.character or show is None:
            continue
        return ["who", "plays", *fold(partner.character).split(), "in", *fold(show.title).split()]
    return None


def _noun_before(tokens: list[str], at: int) -> int | None:
    """Where "the <noun>" describing someone stands in the few words before `at`, else None."""
    for i in range(at - 1, max(0, at - _NOUN_REACH) - 1, -1):
        if i >= 1 and tokens[i] in DESCRIBED_PERSON_NOUNS and tokens[i - 1] in ("the", "that"):
            return i
    return None
