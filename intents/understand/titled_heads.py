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
from intents.text import fold
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
