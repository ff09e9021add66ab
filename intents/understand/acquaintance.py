"""Asking whether Marquee knows someone or something ("do you know paul mescal?", "ever heard of the bear",
"are you familiar with ayo edebiri") asks to be told about them: "tell me about paul mescal".
Read so, a name nobody knows gets "I don't have facts about Paul Mescal", and stays whom "he" means next."""

from __future__ import annotations

_LEADS = frozenset("and ok okay so hey hi also wait um oh yo".split())
_AUXILIARIES = frozenset("do did have are".split())
# The words that ask whether someone is known, each with the words after it that belong to it.
_KNOWING = (("know", "about"), ("know", "of"), ("know",), ("heard", "of"), ("heard", "about"), ("hear", "of"),
            ("hear", "about"), ("familiar", "with"))  # fmt: skip
_KNOWING_FIRSTS = frozenset(p[0] for p in _KNOWING)
# Words that open an embedded question or a thing known rather than a name: "do you know when it starts",
# "do you know anything about X", "you know what", "do you know him".
_NOT_A_NAME = frozenset(
    """who whos what whats when whens where wheres why how which whether if that this it its anything
    something much more any him her them they he she his their there""".split()
)
# Words that make the known thing a fact rather than a name: "do you know the hs s3 director" asks for that
# director, as it would without "do you know".
_FACT_WORDS = frozenset(
    """season seasons director directors date dates cast episode episodes premiere release age birthday rating
    score scores name actor actress guy girl creator writer plays played trailer new next latest""".split()
)
_LONGEST_NAME = 6


def known_of(tokens: list[str]) -> list[str]:
    """ "(do) you know X", "(have you) (ever) heard of X", "are you familiar with X" as "tell me about X";
    other questions unchanged."""
    at = 0
    while at < len(tokens) and tokens[at] in _LEADS:
        at += 1
    asked_you = False
    if tokens[at : at + 1] != [] and tokens[at] in _AUXILIARIES:
        at += 1
    if tokens[at : at + 1] == ["you"]:
        asked_you, at = True, at + 1
    ever = tokens[at : at + 1] == ["ever"]
    at += ever
    if at >= len(tokens) or tokens[at] not in _KNOWING_FIRSTS:
        return tokens  # no phrase of knowing starts here
    phrase = next((p for p in _KNOWING if tuple(tokens[at : at + len(p)]) == p), None)
    if phrase is None or not (asked_you or ever or phrase[0] == "heard"):
        return tokens
    name = tokens[at + len(phrase) :]
    if not name or len(name) > _LONGEST_NAME or name[0] in _NOT_A_NAME:
        return tokens
    if not _FACT_WORDS.isdisjoint(name) or any(w.isdigit() for w in name):
        return tokens
    return ["tell", "me", "about", *name]
