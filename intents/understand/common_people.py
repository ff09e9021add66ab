"""People two shows share: "who is in both heartstopper and agatha all along", "which actor from heartstopper
is in agatha", "is anyone from heartstopper in agatha all along?". Each show's credits are one-hop facts;
the answer is the people credited in both."""

from __future__ import annotations

from intents.answer import Answer
from intents.query import sources_for
from intents.understand.context import Composing, lead_with

_ASKING = frozenset("who whos which any anyone anybody is are does do did".split())
# "in both", "from X ... in Y", "X and Y ... also/too": what makes a question ask for people in two shows.
_SHARED_WORDS = ("both", "also", "too", "as well")
# "who does the actor from agatha all along play in heartstopper": the part the one shared plays in the show
# named after the verb, not only that they are in both.
_PLAYING = frozenset("play plays playing role roles character characters part".split())
_PEOPLE_WORDS = frozenset(
    "who whos actor actors actress actresses anyone anybody person people star stars cast".split()
)
_IN_WORDS = ("in", "on", "joining", "joins", "join")


def _people_of_a_show(c: Composing) -> bool:
    """Whether a show's title is followed by a word for its people ("the heartstopper cast", "which
    heartstopper star")."""
    return any(
        m.refs[0].kind == "show" and c.tokens[m.end : m.end + 1] != [] and c.tokens[m.end] in _PEOPLE_WORDS
        for m in c.res.mentions
    )


async def common_people(c: Composing) -> Answer | None:
    """The people credited in both shows the question names, or None when it asks something else."""
    shows = list({s.id: s for s in c.res.shows}.values())
    if len(shows) != 2 or not c.tokens or c.tokens[0] not in _ASKING or c.res.people:
        return None
    # "which actor from X is in Y", "which of the X cast is joining Y", "which X star is in Y": people of
    # one show said to be in the other.
    from_one = (c.has("from") or c.has("of") or _people_of_a_show(c)) and c.has(*_IN_WORDS)
    if not (c.has(*_SHARED_WORDS) or from_one) or not _PEOPLE_WORDS.intersection(c.tokens):
        return None
    first, second = shows
    theirs = {cr.person_id: cr for cr in second.credits}
    shared = [cr for cr in first.credits if cr.person_id in theirs and cr.person_id in c.kb.people]
    names = list(dict.fromkeys(c.kb.people[cr.person_id].name for cr in shared))
    articles = [cr.article_id for cr in shared] + [theirs[cr.person_id].article_id for cr in shared]
    yes_no = c.is_yes_no
    if not names:
        both = f"{first.title} and {second.title}"
        text = f"{'No: ' if yes_no else ''}I don't have anyone credited in both {both}."
        return Answer(
            text=text, kind="answer", intent="cast", confidence=0.8, answers=("No",) if yes_no else ()
        )
    said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    verb = "is" if len(names) == 1 else "are"
    text = f"{'Yes: ' if yes_no else ''}{said} {verb} in both {first.title} and {second.title}."
    answers = ("Yes", *names) if yes_no else tuple(names)
    # "which heartstopper star is in a marvel show": the show they are said to be in is what "it" and "that
    # show" mean next ("what's the show called?"), not the one they are known from.
    joined = second.id if from_one and not c.has(*_SHARED_WORDS) else None
    found = Answer(
        text=text,
        kind="answer",
        intent="cast",
        confidence=0.9,
        answers=answers,
        sources=sources_for(c.kb, articles),
        show_id=joined,
    )
    return await _part_played(c, names, found) or found


async def _part_played(c: Composing, names: list[str], found: Answer) -> Answer | None:
    """The part the one person both shows share plays in the show named after a word of playing; None
    when the question asks no part or several people are shared."""
    played = next((i for i, w in enumerate(c.tokens) if w in _PLAYING), None)
    after = [
        m for m in c.res.mentions if m.refs[0].kind == "show" and played is not None and m.start > played
    ]
    if c.is_yes_no or len(names) != 1 or not after:
        return None
    part = await c.ask(f"who does {names[0]} play in {after[0].refs[0].name}")
    if part.kind != "answer":
        return None
    return lead_with(found.text, part, extra_sources=found.sources)
