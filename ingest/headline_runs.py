"""A headline's run of capitals cut to the show's title the text writes."""

from __future__ import annotations

import re

# Words a headline puts after a show's title for someone on it: "Night Shift Boss Teases ...".
HEADLINE_ROLE = re.compile(
    r"\s+(?:Boss|Bosses|Star|Stars|Creator|Creators|Showrunner|Showrunners|EP|EPs|Cast)$"
)


def as_prose_spells(title: str, prose: str) -> str:
    """A headline's run of capitals as the show's title: the longest run of its words (two or more) the prose
    writes ("Wolfsbane Academy Exclusive: The Midseason ..." with "Wolfsbane Academy fans" in the text), else
    the run without a trailing word for someone on the show ("Verity General Boss Teases")."""
    if re.search(rf"(?<![\w'’]){re.escape(title)}(?![\w'’])", prose):
        return title
    words = title.split()
    for size in range(len(words) - 1, 1, -1):
        head = " ".join(words[:size]).rstrip(":,")
        if re.search(rf"(?<![\w'’]){re.escape(head)}(?![\w'’])", prose):
            return head
    return HEADLINE_ROLE.sub("", title)
