"""Comparisons and choices between two subjects: which premiered first, how many days between two premieres,
which is rated higher, which has more episodes. Each side's value is a one-hop fact; the answer names both."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.text import title_case
from intents.understand.compare_counts import (
    bodies_compared,
    counts,
    episodes,
    ranked_episodes,
    season_counts,
)
from intents.understand.compare_dates import (
    compare_dates,
    nearer_holiday,
    placed_against_a_day,
    span_from_a_day,
)
from intents.understand.compare_scores import ranked, ratings, same_show_scores
from intents.understand.context import Composing
from intents.understand.network_sides import network_sides
from intents.understand.person_counts import people_episode_counts, people_work_counts
from intents.understand.score_sides import named_score_sides, one_show_rated, scores_taken_together
from intents.understand.sides import Measure, Side, sides_of
from intents.understand.time_amounts import away_bound, bound_said

_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ASKS_COMPARISON = re.compile(
    r"\b(which|what) (one |show |season |series )?(is |was |came |comes |premiered |aired |dropped |"
    r"released |started |has |had |got |gets )?"
    r"(first|earlier|sooner|later|newer|older|higher|better|lower|worse|more|fewer|longer|shorter)\b"
    r"|\bcame first\b|\bwhich (came|comes|premiered|aired|dropped|released|started)"
    r"|\b(before|after)\b|\bbetween\b|\bby the time\b|\bsame (week|month|year)\b|\bwithin \d+ points?\b"
    r"|\bwhich\b.*\b(further|farther) away\b|\bto\b.*\bhow (long|many (days|weeks|months|years))\b"
    r"|\b(higher|lower|better|worse|more|fewer|older|newer|earlier|later|bigger|smaller|larger|longer|shorter)"
    r" .*\bthan\b"
    r"|\bwhich\b.*\b(bigger|smaller|larger)\b|\bthe (higher|lower|better|worse) of\b"
    r"|\bor\b.*\bthe (higher|lower|better|worse) one\b"
    r"|\bwhich (is|has) (the )?(better|higher|lower|more)|\bsooner\b"
    r"|\b(which|whose|what)\b.*\b(higher|lower|better|worse|more|fewer|less|first|earlier|later|sooner|older"
    r"|newer|shorter|longer)\b"
    r"|\b(higher|lower|better|worse|more|fewer|first|earlier|sooner|later|newer|older|last|latest)\b.*\bor\b"
    r"|\bx (or|vs) x\b.*\b(higher|lower|better|worse|more|fewer|bigger|smaller|longer|shorter)\b"
    r"|\bhow (many (days|weeks)|long)( is it| will it be| was it)? from\b.*\b(to|until|till)\b"
    r"|\bfrom\b.*\bhow (long|many (days|weeks|months))\b.*\b(until|till|to)\b"
    r"|^(days|weeks|months|years) from\b.*\b(to|until|till)\b"
    r"|\bwhich\b.*\b(still to come|yet to come|not out yet|not come out yet|still coming)\b.*\bor\b"
    r"|\bhow (long|many (days|weeks|months))\b.*\b(until|till|to)\b.*\bfrom\b"
    r"|\bseparate\b|\bapart\b|\bhow far\b|\bdifference\b|\bgap\b|\bvs\b|\bversus\b|\brank\b"
    r"|\b(closer|nearer|closest|nearest) to\b|\bnumber of (days|weeks|months|years)\b"
    r"|\bhow much (older|newer|earlier|later)\b|\bsame (day of the )?week ?day\b|\bsame day of the week\b"
    rf"|\b(which|what)\b.*\b{_WEEKDAY}\b.*\bor\b|\bor\b.*\b{_WEEKDAY}\b"
    r"|\bwhich\b.*\b(last|latest|newest|oldest|highest|lowest|best|worst|most|fewest|longest|shortest)\b"
    r"|\bin total\b|\baltogether\b|\bcombined\b|^(so )?(the )?total$|\boverall\b"
    r"|\bby how (much|many)\b|\bhow (many|much) more\b|\bwhich (one )?(has|had|got)\b"
    r"|^(is|was|does|did) .*\b(later|earlier|sooner|newer|older)$"
    r"|\b(critics?|audiences?|fans)\b.*\b(above|below|over|under)\b.*\b(critics?|audiences?|fans)\b"
    r"|\b(critics?|audiences?|fans)\b.*\b(beats?|tops|outscores?|outrates?|trumps?|edges?)\b.*\b(critics?|audiences?)\b"
    r"|\b(critics?|audiences?|fans|viewers)\b.*\b(liked?|loved?|rated?|preferred|prefer)\b.*\b(more|less|better)\b"
)


_ABOUT_AN_ENDING = (
    "ending",
    "end",
    "ends",
    "final",
    "renewed",
    "renew",
    "cancelled",
    "canceled",
    "last season",
)


# Words that count seasons ("does X have more seasons than Y"), not a season named ("season 3 or Y").
_SEASON_COUNTS = tuple(
    f"{lead} {noun}"
    for lead in ("more", "fewer", "less", "most", "fewest", "how many", "number of", "as many", "same")
    for noun in ("seasons", "series")
)


def _measure(c: Composing) -> Measure:
    if c.has("wait", "waiting", "waited"):
        return Measure.PREMIERE  # "which one am i waiting longer for": the later premiere, no episode count
    if bound_said(c.tokens) is not None and not c.has("episodes", "episode", "eps"):
        return Measure.PREMIERE  # "is the gap between them longer than three weeks": time between premieres
    if c.has(*_SEASON_COUNTS):
        return Measure.SEASONS
    if c.has("nominations", "nominated", "noms", "awards", "wins", "emmys", "baftas"):
        return Measure.AWARDS
    if c.has("directors", "director"):
        return Measure.DIRECTORS
    if c.has("cast", "actors", "cast members", "stars"):
        return Measure.CAST
    if c.has("episodes", "episode", "eps", "longer", "shorter", "longest", "shortest", "in total"):
        return Measure.EPISODES
    if c.has(
        "rated",
        "rating",
        "ratings",
        "score",
        "scores",
        "rotten",
        "tomatoes",
        "imdb",
        "critics",
        "audience",
        "reviewed",
        "higher",
        "lower",
        "better",
        "worse",
        "fans",
        "viewers",
        "liked",
        "loved",
        "preferred",
    ):
        return Measure.RATING
    return Measure.PREMIERE


# Words that ask for an order of premieres even after "who" ("who came out first").
_ORDER_WORDS = (
    "first",
    "came",
    "come",
    "comes",
    "premiered",
    "premieres",
    "sooner",
    "earlier",
    "days",
    "long",
)


async def compare(c: Composing) -> Answer | None:
    """Answer a comparison or a choice between two subjects, or None when the question is not one."""
    # The words that ask, outside names: "which service is the last of us on" compares nothing.
    named = {i for m in c.res.mentions for i in range(m.start, m.end)}
    # (the mentions' places are in the linked words: "lyn" is written "euros lyn" there)
    text = " ".join("x" if i in named else t for i, t in enumerate(c.res.tokens or c.tokens))
    # "are its critic and audience scores the same?" compares too (a score is named, not a network)
    same_scores = c.has("same", "equal") and _measure(c) is Measure.RATING
    if not (_ASKS_COMPARISON.search(text) or same_scores) or c.has(*_ABOUT_AN_ENDING):
        return None  # "is heartstopper ending after season 3?" asks about renewal, not two premieres
    if away_bound(c.tokens) is not None and len({show.id for show in c.res.shows}) < 2:
        # "is hs3 more than 3 weeks off?": one premiere against today (understand/out_windows.py); "more
        # than two weeks from agatha to hs3" spans two premieres
        return None
    if (unknown := _unknown_side(c)) is not None:
        return unknown
    if len(c.res.people) == 2 and (by_people := people_work_counts(c) or people_episode_counts(c)):
        return by_people  # "who directed more episodes, lyn or newberry", "who has more other shows"
    measure = _measure(c)
    if measure is Measure.PREMIERE and c.tokens[0] in ("who", "whos") and not c.has(*_ORDER_WORDS):
        return None  # "who directed it before season 3?" asks for a person, not which premiered first
    if c.has("more", "fewer", "less"):
        measure = _measure_from(c, measure)  # "is that more than s1 had?": more of what was just asked
    both_scores = len(named_score_sides(c.tokens)) == 2  # "critic vs audience", "tomatometer and popcorn"
    # "the gap between hs's two rotten tomatoes scores": its two scores, neither named
    both_scores = both_scores or (c.has("two", "both") and c.has("scores", "numbers", "ratings"))
    both_scores = both_scores or scores_taken_together(c)  # "which rt score is the higher one"
    if measure is Measure.RATING and both_scores:
        one = same_show_scores(c)
        if one is not None:
            return one
    if measure is Measure.AWARDS and len(c.res.shows) <= 1 and (bodies := bodies_compared(c)) is not None:
        return bodies  # one show, two award bodies
    sides = sides_of(c)
    if len(sides) < 2 and (by_network := network_sides(c, sides)):
        sides = by_network  # "the netflix one or the disney+ one"
    if len(sides) < 2 and _measure_from(c, measure) is Measure.RATING and one_show_rated(c):
        return same_show_scores(c)  # "which is higher?" after its critics and its audience score
    if len(sides) == 1 and (other := _other_talked_about(c, sides[0])) is not None:
        # "is andor later?": than the other show just talked about; "does that fall before or after the new
        # heartstopper series?": the one pointed at first is the side asked about
        sides = [other, sides[0]] if _pointed_at_first(c) else [sides[0], other]
        measure = _measure_from(c, measure)  # "so andor has how many more": more of what was asked
    if len(sides) < 2 and (earlier := _sides_asked_before(c)):
        # "which of those three is highest?": the shows the last answers were about.
        sides = earlier
        measure = _measure_from(c, measure)
    if len(sides) < 2 and measure is Measure.PREMIERE and (spanned := await span_from_a_day(c)):
        return spanned  # "sept 3: how long from then until the premiere?"
    if len(sides) < 2 and measure is Measure.PREMIERE and (placed := await placed_against_a_day(c)):
        return placed  # "hs3 before or after halloween?"
    if len(sides) < 2 and measure is Measure.PREMIERE and (nearer := await nearer_holiday(c)):
        return nearer  # "is hs3 closer to halloween or christmas?"
    if len(sides) < 2 or sides[0] == sides[1]:
        return None
    a, b = (sides[1], sides[0]) if _reference_named_first(c) else (sides[0], sides[1])
    if a.show.id != b.show.id:
        a, b = _season_talked_about(c, a), _season_talked_about(c, b)
    if measure is Measure.PREMIERE:
        return await compare_dates(c, a, b)
    if measure is Measure.RATING:
        return ranked(c, sides) if len(sides) > 2 else ratings(c, a, b)
    if measure is Measure.EPISODES:
        return ranked_episodes(sides) if len(sides) > 2 else episodes(c, a, b)
    if measure is Measure.SEASONS:
        return season_counts(c, a.show, b.show)
    return counts(c, measure, a, b)


_COMPARING_NOUNS = frozenset("the a difference gap distance time number amount".split())


def _unknown_side(c: Composing) -> Answer | None:
    """'is the critics score for young royals higher than the audience score': the words read as a title
    nobody knows, so say so rather than answer with a held show's facts."""
    if not c.res.unknown_title or len({s.id for s in c.res.shows}) >= 2 or c.res.people or c.res.characters:
        return None
    # The unknown title's own words: the runs of names inside it ("young royals", not "higher than ...").
    title = set(c.res.unknown_title)
    runs = [run for run in c.res.named_runs if set(run) <= title and not set(run) <= _COMPARING_NOUNS]
    if not runs:
        return None
    name = " or ".join(title_case(run) for run in runs[:2])
    with_known = f" with {c.res.shows[0].title}" if c.res.shows else ""
    text = f"I don't have facts about {name}, so I can't compare it{with_known}."
    return Answer(text=text, kind="unknown", confidence=0.0)


_RECALL_WORDS = ("those", "them", "they", "the three", "the two", "both", "which is", "which one", "in total",
                 "total", "overall", "apart", "gap", "difference", "by how much", "by how many",
                 "how many more", "how much more", "which has", "which had",
                 "altogether", "combined", "which of")  # fmt: skip
_MEASURE_OF_INTENT = {"ratings": Measure.RATING, "seasons": Measure.EPISODES, "premiere": Measure.PREMIERE}


_REFERENCE_LEADS = (("compared", "to"), ("compared", "with"), ("next", "to"), ("relative", "to"))


def _reference_named_first(c: Composing) -> bool:
    """Whether the question opens on the side compared against ("compared to agatha, is hs3 later?"): the
    subject asked about is then the second named."""
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    if not shows:
        return False
    lead = tuple(t for t in c.tokens[: shows[0].start] if t not in ("so", "ok", "okay", "like", "and"))
    return lead in _REFERENCE_LEADS


_POINTING = frozenset({"that", "it", "this", "thats", "its"})


def _pointed_at_first(c: Composing) -> bool:
    """Whether a word pointing back at what was just talked about comes before the show the question names."""
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    return bool(shows) and not _POINTING.isdisjoint(c.tokens[: shows[0].start])


def _season_talked_about(c: Composing, side: Side) -> Side:
    """A show compared without a season is the season the conversation just asked about, if one ("when does
    tlou s2 come out" ... "how many days after tlou is andor")."""
    if side.season is not None:
        return side
    season = next((n for show_id, n, _ in c.recent if show_id == side.show.id and n is not None), None)
    return Side(side.show, season, side.words, side.through) if season is not None else side


def _other_talked_about(c: Composing, side: Side) -> Side | None:
    """The show the conversation talked about last besides the side's, with its season."""
    for show_id, season, _ in c.recent:
        show = c.kb.shows.get(show_id)
        if show is not None and show_id != side.show.id:
            return Side(show, season, frozenset())
    return None


def _sides_asked_before(c: Composing) -> list[Side]:
    """The distinct shows (and seasons) of the last three answers, when the question points back at them."""
    if not c.has(*_RECALL_WORDS):
        return []
    found: list[Side] = []
    for show_id, season, _intent in c.recent[:3]:
        show = c.kb.shows.get(show_id)
        if show is not None and all((s.show.id, s.season) != (show_id, season) for s in found):
            found.append(Side(show, season, frozenset()))
    return found[::-1] if len(found) >= 2 else []


def _measure_from(c: Composing, measure: Measure) -> Measure:
    """What the earlier answers measured, when the question's own words don't say ("which is higher?")."""
    if measure is not Measure.PREMIERE or c.has("first", "earlier", "sooner", "later", "newer", "older"):
        return measure
    intent = c.recent[0][2] if c.recent else None
    return _MEASURE_OF_INTENT.get(intent or "", measure)
