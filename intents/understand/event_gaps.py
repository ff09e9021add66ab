"""A wait asked from the fan's own plan on a premiere ("if i watch agatha on premiere night how many days do i
wait for hs3 after that", "watching agatha the night it comes out, then how long till hs3?"): the plan only
dates the first premiere, so it is asked as the span between the two premieres ("how many days between
agatha and hs3"). Read on the message before its talk is set aside, which would drop the plan's clause and
the first show with it."""

from __future__ import annotations

import re

from intents.text import fold

_DOING = (
    r"(?:watch|start|see|catch|binge|stream|begin|finish|put on|watching|starting|seeing|catching|bingeing"
    r"|binging|streaming)"
)
# The day of the first show's premiere, however the plan puts it.
_ON_PREMIERE = (
    r"(?:(?:on|at) (?:its |the )?(?:premiere|release|launch|opening|debut) (?:day|night|date)"
    r"|(?:on )?(?:the )?(?:night|day) (?:it|it s) (?:comes out|drops|premieres|airs|releases|is out|launches)"
    r"|on (?:its |the )?(?:premiere|release|debut)|when it (?:comes out|drops|premieres|airs))"
)
_PLAN = re.compile(
    rf"^(?:so |ok |okay |right )?(?:(?:if|when|once|say) i (?:m |am |will |ll )?)?{_DOING} (?P<first>.+?) "
    rf"{_ON_PREMIERE},? (?:then |and |so )?how (?:many (?P<unit>days|weeks|months)|long)"
    r"(?: (?:do|will|would|have|must|should) i (?:have to |need to |got to )?wait)?"
    r"(?: (?:for|until|till|til|before|to))? (?P<second>.+?)"
    r"(?: after that| afterwards| then| after| to come out| comes out| premieres| drops)?$"
)


def planned_wait(text: str) -> str | None:
    """The plan's wait asked as the span between the two premieres ("how many days between agatha and
    hs3"), or None when the message is no such plan."""
    found = _PLAN.match(" ".join(fold(text).split()))
    if found is None:
        return None
    first, second = found["first"], found["second"]
    if not first or not second or first == second:
        return None
    return f"how many {found['unit'] or 'days'} between {first} and {second}"
