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


# A question asking only the name of the person described before it ("the heartstopper kid in the disney+
# show, what's his name again", "the boy playing nick, real name?"): its words after the description.
_NAME_ASK_FILLERS = frozenset("again then tho though lol pls please irl".split())
_NAME_ASK_OPENERS: tuple[list[str], ...] = (["what", "is"], ["whats"], [])
_NAME_ASK_PRONOUNS: tuple[list[str], ...] = (["his"], ["her"], ["their"], [])
_NAME_ASK_KINDS: tuple[list[str], ...] = (["real"], ["actual"], ["full"], [])
_CALLED = (["he", "called"], ["she", "called"], ["they", "called"])
_IN_REAL_LIFE = ["in", "real", "life"]


def asks_their_name(words: list[str]) -> int:
    """How many words at the end of the question only ask the described person's name ("what is his real
    name again", "what is she called in real life"); 0 when they ask something else."""
    end = len(words)
    while end and words[end - 1] in _NAME_ASK_FILLERS:
        end -= 1
    if words[end - 3 : end] == _IN_REAL_LIFE:
        end -= 3
    for opener in _NAME_ASK_OPENERS:
        for pronoun in _NAME_ASK_PRONOUNS:
            for kind in _NAME_ASK_KINDS:
                asked = [*opener, *pronoun, *kind, "name"]
                if len(asked) > 1 and words[end - len(asked) : end] == asked:
                    return len(words) - end + len(asked)
        for called in _CALLED:
            if opener and words[end - len(opener) - 2 : end] == [*opener, *called]:
                return len(words) - end + len(opener) + 2
    return 0
