"""What news puts between a sentence's start and its subject, or between its helper verb and its verb: a
phrase setting the scene ("After weeks of talks, A has closed a deal to join X", "Ahead of the premiere, A has
joined X", "As first reported by Deadline, A ...") and an adverb of the reporting ("A will indeed play Y", "A
has officially joined the cast of X as Y", "A will reportedly play Y"). Both say nothing the fan asks about,
and every pattern looking for "A has joined" or "A will play" at the subject's place misses them; without
them the sentence reads as the plain one it means."""

from __future__ import annotations

import re
from collections.abc import Callable

# The scene phrase: a time or circumstance, up to its comma, then a capital opening the real subject.
_SCENE = re.compile(
    r"^(?:(?:Weeks|Months|Days|Years|Shortly|Soon|Just|Not long) after|After|Following|Amid|Ahead of|Despite"
    r"|Earlier (?:this|that) (?:week|month|year)|Earlier today|Last (?:week|month)|This week"
    r"|Late last (?:week|month)"
    r"|In an? (?:[\w-]+ )?(?:move|twist|turn of events|development)"
    r"|As (?:first )?(?:reported|revealed|announced|confirmed) (?:by|in|on|at)\b|According to|Per)"
    r"(?P<rest>[^,.;:“\"()]{0,60}),\s+(?=[A-Z“\"‘'])"
)
# A scene phrase that counts seasons or gives a day may carry a fact ("After five seasons, NBC has canceled
# X": the last season; "Following its May 5 premiere"), so it stays.
_CARRIES_FACTS = re.compile(
    r"\d|\b(?:seasons?|series|episodes?|years?|run|premiere[sd]?|finale)\b", re.IGNORECASE
)
# Adverbs of the reporting after a helper verb: "will indeed play", "has now closed a deal", "has officially
# joined". ("also", "again" and "now a regular" are read by the patterns themselves and stay.)
_ADVERB = re.compile(
    r"\b(?P<helper>will|would|has|have|had|is|are|was|were)\s+"
    r"(?:indeed|officially|reportedly|finally|already|apparently|eventually|ultimately|formally|now|since"
    r"|quietly|recently|just)\s+(?=(?:been|be|set|to|[a-z]+(?:ed|s)|play|star|join|appear|lead|headline"
    r"|front|topline|return|reprise|portray|voice)\b)"
)


def without_scene(text: str, names_title: Callable[[str], bool]) -> str:
    """The sentence without a scene-setting opener (kept when it names a title or may carry a fact) and
    without a reporting adverb after its helper verb."""
    scene = _SCENE.match(text)
    if scene and not _CARRIES_FACTS.search(scene.group()) and not names_title(scene.group()):
        text = text[scene.end() :]
    return _ADVERB.sub(lambda m: m.group("helper") + " ", text)


# A phrase setting the scene before a clause's subject: "In the third season of X, A will be back as ...".
_CLAUSE_SCENE = re.compile(r"(?:In|For|During|Throughout|Across|Beyond)\s[^,;()]{1,60},\s+(?=[A-Z])")


def scene_end(clause: str) -> int:
    """Where a clause's subject starts after a scene phrase opening it (0 when none opens it)."""
    scene = _CLAUSE_SCENE.match(clause)
    return scene.end() if scene else 0
