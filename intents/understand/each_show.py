"""A question asking the same of several shows at once ("where do i watch heartstopper and agatha all along",
"when do agatha and hs3 come out") is asked about each show in turn, the answers joined: reading it as one
show with the other's season ("agatha all along season 3") or answering the first alone leaves one out."""

from __future__ import annotations

import itertools

from intents.answer import Answer
from intents.names import Mention
from intents.understand.asked_of_each import ask_of_each, joined_in_turn
from intents.understand.context import Composing

# What is asked of one show at a time; a comparison or a yes/no check of both is another question.
_PER_SHOW = frozenset(
    {"where_to_watch", "premiere", "countdown", "cast", "directors", "creator", "crew", "ratings", "awards"}
)
_JOINS = frozenset({"and", "n", "&", "plus"})
_SEASON_WORDS = frozenset({"season", "series", "s"})
# Words that ask about the shows together ("how many days between a and b", "are a and b both on netflix").
_TOGETHER = frozenset(
    """between both same which first earlier later sooner before after apart vs versus or more less than
    compare difference together common share rank ranked ranking order higher highest lower lowest better
    best worst worse top separate separates gap""".split()
)


def _with_season(c: Composing, mention: Mention) -> int:
    """Where a show's words end, a season number right after it ("hs3" read as "heartstopper season 3")
    included."""
    end = mention.end
    words = c.tokens
    if end + 1 < len(words) and words[end] in _SEASON_WORDS and words[end + 1].isdigit():
        return end + 2
    return end


def _joined_shows(c: Composing) -> tuple[int, int, list[str]] | None:
    """The span of shows named one after another ("a and b", "a, b and c") and each one's words."""
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    if len({m.refs[0].id for m in shows}) < 2:
        return None
    for first, second in itertools.pairwise(shows):
        between = c.tokens[_with_season(c, first) : second.start]
        if between and all(t in _JOINS for t in between):
            run = [first, second]
            for nxt in shows[shows.index(second) + 1 :]:
                if all(t in _JOINS for t in c.tokens[_with_season(c, run[-1]) : nxt.start]):
                    run.append(nxt)
            names = [" ".join(c.tokens[m.start : _with_season(c, m)]) for m in run]
            return run[0].start, _with_season(c, run[-1]), names
    return None


async def each_show(c: Composing) -> Answer | None:
    """Each show's answer in turn, or None when the question doesn't ask the same of several shows."""
    if c.is_yes_no or set(c.tokens) & _TOGETHER:
        return None
    joined = _joined_shows(c)
    if joined is None:
        return None
    start, end, names = joined
    answers = await ask_of_each(c, start, end, names)
    if any(a.intent not in _PER_SHOW for a in answers) or len({a.intent for a in answers}) != 1:
        return None
    return joined_in_turn(answers)
