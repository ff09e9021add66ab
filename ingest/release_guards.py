"""Dates a release verb reaches that still date no premiere: the day a cast goes back to work ("returns to
Toronto on May 3 to begin production"), or a premiere in one country set against a later one elsewhere
("premieres in the U.K. this fall, but viewers in the U.S. will have to wait"), or a season's return from a
break ("returns from its winter break next Thursday", "the midseason premiere airs Jan. 5"): no season
starts."""

from __future__ import annotations

import re

# "... on May 3 to begin production on season two", "... in March for filming": the date starts work.
_WORK_PURPOSE = re.compile(
    r"\s*,?\s*(?:to|for|and)\s+(?:(?:begin|start|resume|commence|kick off|get)\s+(?:work\s+on\s+)?)?"
    r"(?:production|filming|shooting|principal photography|rehearsals?|work)\b",
    re.IGNORECASE,
)
# "in the U.K.", "in Britain", "across Australia": a premiere limited to one country.
_REGION = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:U\.?K\.?|Britain|Great Britain|England|Scotland|Ireland"
    r"|Australia|Canada|New Zealand|France|Germany|Japan|Korea|India|Europe|U\.?S\.?|United States"
    r"|United Kingdom|America)(?![\w.])"
)
# "..., but Americans will have to wait", "while U.S. viewers get it in January": another audience's date.
_OTHER_AUDIENCE = re.compile(r"(?:,|;)?\s+(?:but|while|whereas|though|although)\s+\S", re.IGNORECASE)


def starts_work(after_date: str) -> bool:
    """Does the text right after a date say the date begins production, not the premiere?"""
    return _WORK_PURPOSE.match(after_date) is not None


def regional_premiere(between: str, after_date: str) -> bool:
    """Is the premiere between the verb and its date limited to one country, with another audience's date
    set against it in the rest of the sentence?"""
    return _REGION.search(between) is not None and _OTHER_AUDIENCE.match(after_date) is not None


# "returns from its winter break", "back from a six-week hiatus", "the midseason premiere", "the back half of
# Season 2": a season's second half. (A long break ends with a new season: "back after a short break",
# "returns from a two-year hiatus".)
_BREAK = re.compile(
    r"\bfrom\s+(?:(?:its|a|the|their)\s+)?(?:(?:winter|summer|spring|fall|autumn|holiday|midseason|mid-season"
    r"|Olympics?|Christmas|festive|\w+-week)\s+)+(?:break|hiatus)\b"
    r"|\b(?:midseason|mid-season|mid-series)\s+(?:premiere|return|opener|debut)s?\b|\bback half\b",
    re.IGNORECASE,
)


def returns_from_break(sentence: str) -> bool:
    """Does the sentence date a season's return from a break (its second half), not a season's start?"""
    return _BREAK.search(sentence) is not None
