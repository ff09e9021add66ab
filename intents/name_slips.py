"""Whether a typed word is a slip of one word of a person's name ("conor" of Connor, "osemen" of Osman), or
another name's word ("conway", "lara" for Lauren, "springer"): a full name typed with a word that is no slip
of the known name's is someone else, whom nobody knows."""

from __future__ import annotations

from rapidfuzz.distance import OSA

from intents.sound_keys import sound_key

_DISTINCT_SOUNDS = 3
_LETTERS_PER_SLIP = 5  # a keystroke off in a word of up to nine letters, two in a longer one


def word_slip(typed: str, name: str) -> bool:
    """Whether `typed` is `name` with slips: a keystroke off (two in a long word), or one more and sounding
    alike ("osemen" for Osman, "tobey" for Tobie; two more for a name of three sounds, "chorly"), but never
    the word with more after it ("springer" is no Spring, "jameson" no James)."""
    off = OSA.distance(typed, name)  # two letters swapped are one slip ("lokce")
    allowed = max(1, len(name) // _LETTERS_PER_SLIP)
    if off <= allowed:
        return True
    if typed.endswith("s") and OSA.distance(typed[:-1], name) <= allowed:
        return True  # "kit conners": the surname with a slip and an "s" fans add, as in "connors"
    longer = typed.startswith(name) or name.startswith(typed)
    if longer or sound_key(typed) != sound_key(name):
        return False
    # A sound key of three sounds or more ("chorly" and Charlie) says more than one of two ("conway", Connor).
    return off <= allowed + (2 if len(sound_key(name)) >= _DISTINCT_SOUNDS else 1)


def spelt_like(typed: str, name: str) -> bool:
    """Whether `typed` may be `name` spelt another way: a slip of it, or sounding alike ("katherine" for
    Kathryn), but never another word sounding like its start ("lara" for Lauren) or the name with more after
    it ("springer")."""
    if word_slip(typed, name):
        return True
    return not typed.startswith(name) and sound_key(typed) == sound_key(name)


def name_word_alike(typed: str, name: str) -> bool:
    """Whether `typed` may stand for the word `name` in a full name typed out: a slip of it, or another
    spelling of a name of three sounds or more ("catherine" for Kathryn), never one of two ("conway" sounds
    like Connor, and is someone else)."""
    if word_slip(typed, name):
        return True
    heard = sound_key(name)
    return len(heard) >= _DISTINCT_SOUNDS and not typed.startswith(name) and sound_key(typed) == heard
