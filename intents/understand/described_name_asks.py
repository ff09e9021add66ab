"""Which show a description means, asked by its name or its relation to a show named: "what was the 2021
series it came from called", "what's the 2021 disney+ show agatha is spun off from" ask only for its title
(understand/described_shows.py reads the description)."""

from __future__ import annotations

from intents.resolve import Resolution

# "what was", "whats", "and": how a question asking which show a description means opens.
_WHICH_OPENERS = (["what", "is"], ["what", "was"], ["whats"], ["and", "what", "is"], ["and", "what", "was"])
# All a clause after the description may say when only its name is asked ("it came from called", "agatha is
# spun off from", "is called what again").
NAME_CLAUSE = frozenset(
    """it its came come comes from is was spun spin off of based on called named titled again right
    what""".split()
)


def asks_which_show(before: list[str], rest: list[str], res: Resolution, start: int) -> bool:
    """Whether the question asks only which show the description means: "what is" before it and after it a
    clause of its relation to a show it names, or "called"; never a fact of it ("... premiere date")."""
    if before not in _WHICH_OPENERS and not (before == ["and"] and rest[-2:] == ["called", "what"]):
        return False
    shown = {
        i - start
        for m in res.mentions
        if m.refs[0].kind == "show" and m.start >= start
        for i in range(m.start, m.end)
    }
    return bool(rest) and all(w in NAME_CLAUSE or i in shown for i, w in enumerate(rest))
