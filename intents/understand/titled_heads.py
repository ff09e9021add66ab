"""A title of everyday words set off by a colon or a dash before the question ("how i met your mother: who's
the showrunner", "call my agent - renewed??"), for the last check on every answer
(intents/understand/unknown_subject_guard.py): the reading of names sets such words aside as talk, but a head
set off so, holding a word nobody knows, before a question, is what the question is about."""

from __future__ import annotations

import re
from collections.abc import Callable

from intents.known_words import DOMAIN_WORDS
from intents.picture.phrasings import FOLLOW_UP_PICTURE_WORDS
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.title_words import AUXILIARIES, WH_WORDS

# A colon or a spaced dash; a comma sets off talk as often as a title ("cool, who made it").
_SET_OFF = re.compile(r":|\s[-–—]\s")
# A head this many words or fewer: a title, not a sentence of the fan's.
_TITLE_WORDS = range(2, 7)
# Words of talk about shows and their pictures ("bts photo: new season or old?"): no title's.
_SHOW_TALK = DOMAIN_WORDS | FOLLOW_UP_PICTURE_WORDS
# Words leading up to the head ("ok and how i met your mother: ...").
_LEADS = frozenset("ok okay and so but also oh then".split())


def headed_title(text: str, res: Resolution, title_shaped: Callable[[list[str]], bool]) -> list[str]:
    """The words set off before a question by a colon or a dash, when they hold a word nobody knows and are
    shaped like a title (`title_shaped`: no label, no reaction); else []."""
    parts = _SET_OFF.split(text, maxsplit=1)
    if len(parts) < 2 or "," in parts[0]:
        return []
    head, rest = fold(parts[0]).split(), fold(parts[1]).split()
    while head and head[0] in _LEADS:
        head.pop(0)
    asks = bool(rest) and (rest[0] in WH_WORDS or rest[0] in AUXILIARIES or "?" in parts[1])
    unknown = {w for run in res.leftovers for w in run}
    if (
        len(head) not in _TITLE_WORDS
        or not asks
        or unknown.isdisjoint(head)
        or not _SHOW_TALK.isdisjoint(head)
    ):
        return []
    return head if title_shaped(head) else []


# Whom a clause after a wh-word may open with: "how i met ...", "what we do ...", not a question's order.
_PRONOUNS = frozenset("i we you they he she".split())
_OPENING_WH = frozenset("how what why who where when".split())
_DETERMINERS = frozenset("my your his her our their the a an".split())


def unasked_head(text: str, res: Resolution) -> list[str]:
    """A title of everyday words opening with a wh-word and a pronoun before the show talk it asks about
    ("how i met your mother trailer out yet??", "why we fight season 2 out?"): a question puts an
    auxiliary after its wh-word, so "how i met ..." is no question but a title; else []."""
    tokens = res.tokens
    if "?" not in text or res.mentions or len(tokens) < 4:
        return []
    if tokens[0] not in _OPENING_WH or tokens[1] not in _PRONOUNS or not tokens[2].isalpha():
        return []
    end = next((k for k in range(2, len(tokens)) if tokens[k] in _SHOW_TALK), len(tokens))
    head = tokens[:end]
    if end == len(tokens) or len(head) not in _TITLE_WORDS or not AUXILIARIES.isdisjoint(head):
        return []
    # "how i feel about the season 3 trailer?" runs on into what it is about; "how i wish season 3 was out"
    # has no object: a title's clause says what was done to whom ("met your mother").
    if head[-1] in STOPWORDS or _DETERMINERS.isdisjoint(head[3:-1]):
        return []
    return head
