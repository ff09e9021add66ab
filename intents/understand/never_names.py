"""Fans' words never read as a name: chat abbreviations a name's initials may spell ("bc", "og"), words of
thanks after an answer ("ok thanks"), and honorifics before a character's name ("Lord Toranaga")."""

from __future__ import annotations

# Chat abbreviations fans type that a name's initials may spell ("bc", "dm", "og"): never read as a name.
CHAT_ABBREVIATIONS = frozenset(
    """bc cuz bf gf bff dm dms ig og np mc pm gg hr mr ms dr vs ex id ad ai tl pr pc ps tw cw fyi asap af ily
    wtf wth idc yw nvm abt sm rly prob def fav fave ofc tbd tba mins hrs pov ooc au ot ship rip""".split()
)

# Words of thanks and acknowledgement: "ok thanks" after an answer is no follow-up about a show called Thanks.
ACKNOWLEDGEMENTS = frozenset(
    "thanks thank you thx ty tysm cheers cool nice great awesome perfect lol haha ok okay got it".split()
)

# Honorifics fans put before a character's name ("Lord Toranaga", "Sergeant Dombey"): part of no unknown
# name, so the character named after them is still linked.
HONORIFICS = frozenset("lord lady sir dame mr mrs ms miss dr captain sergeant detective agent".split())
