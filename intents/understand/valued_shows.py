"""A show described by a value it holds ("the show that has three bafta nominations", "the show with 98% on
rotten tomatoes", "which show got a 71 critics score"): the one show holding that value is found first, then
the question is asked about it. Several or none holding it leaves the question to the other readers."""

from __future__ import annotations

import re
from collections.abc import Callable

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.awards import AWARD_BODIES
from intents.query import join_names
from intents.text import NUMBER_WORDS as _COUNTS
from intents.text import fold
from intents.understand.chains import asks_more
from intents.understand.context import Composing, lead_with

_NUMBER = rf"(?P<n>\d{{1,3}}|{'|'.join(_COUNTS)})"
_BODIES = "|".join(sorted(AWARD_BODIES, key=len, reverse=True))
_DESCRIBED = re.compile(
    r"\b(?:the |a |which |what )?(?:[a-z+]+ )?(?:show|series|one)(?: that| which)?"
    r"(?: has| had| got| gets| with| scored| scoring| is rated| rated| s got)(?: a| an| the)?"
    rf" {_NUMBER}(?: percent)?"
    rf"(?: (?P<body>{_BODIES}))?"
    r"(?: (?P<what>nominations|nomination|noms|nods|wins|awards|episodes|"
    r"(?:critics |audience |rt |rotten tomatoes )?(?:score|rating)|"
    r"(?:on|from) (?:rotten tomatoes|rt|critics|the critics|audiences|the audience)))?"
)


# "the show that got bafta noms for music, writing and memorable moment": described by award categories
_BY_CATEGORY = re.compile(
    r"\b(?:the |which |what )?(?:show|series|one)(?: that| which)?(?: got| has| had| received| earned| with)"
    rf"(?: a| an)?(?: (?:{_BODIES}))? (?:nominations|nomination|nods|awards|nominated)(?: for)? (?P<cats>.+?)"
    r"(?= (?:who|whos|what|whats|when|whens|where|how|is|does|and when|and who)\b|$)"
)


def _by_category(c: Composing, text: str) -> tuple[re.Match[str], ShowFacts] | None:
    """The one show whose award categories the words name the most of, with the words that describe it."""
    match = _BY_CATEGORY.search(text)
    if match is None:
        return None
    said = f" {match['cats']} "
    counted = [
        (sum(f" {fold(a.category)} " in said for a in show.awards if a.category), show)
        for show in c.kb.shows.values()
    ]
    best = max((n for n, _ in counted), default=0)
    found = [show for n, show in counted if n == best]
    return (match, found[0]) if best and len(found) == 1 else None


def _holds(match: re.Match[str]) -> tuple[Callable[[ShowFacts], bool], str] | None:
    """Whether a show holds the value described, and the question that gives that value ({} for the title);
    None when the words describe no value."""
    said = match["n"]
    n = _COUNTS.get(said) or int(said)
    body, what = match["body"], match["what"] or ""
    if body is not None or what in ("nominations", "nomination", "noms", "nods", "wins", "awards"):
        named = AWARD_BODIES.get(body or "", "")
        wins = what == "wins"

        def counted(show: ShowFacts) -> bool:
            awards = [a for a in show.awards if named.lower() in a.body.lower()]
            return sum(a.outcome == "won" or (not wins and a.outcome == "nominated") for a in awards) == n

        return counted, "what awards has {} been nominated for"
    if what == "episodes":
        return (lambda show: any(s.episodes == n for s in show.seasons)), "how many episodes does {} have"
    if what:  # a score: "98 on rotten tomatoes", "a 71 critics score"
        critics = "critics" in what

        def rated(show: ShowFacts) -> bool:
            return any(round(r.value) == n and (not critics or r.audience == "critics") for r in show.ratings)

        return rated, "how is {} rated"
    return None


async def valued_show(c: Composing) -> Answer | None:
    """Answer a question about a show described by a value it holds, or None when it has no such phrase."""
    if any(m.refs[0].kind in ("show", "person", "character") for m in c.res.mentions):
        return None  # a name says which show: the value is then what is asked, not a description
    text = " ".join(c.tokens)
    categorised = _by_category(c, text)
    if categorised is not None:
        described, show = categorised
        before, after = text[: described.start()], text[described.end() :]
        asked = f"{before} {fold(show.title)} {after}" if asks_more(f"{before} {after}") else show.title
        outer = await c.ask_composed(asked)
        return lead_with(f"That's {show.title}.", outer, intent=outer.intent or "chain")
    match = _DESCRIBED.search(text)
    read = _holds(match) if match is not None else None
    if match is None or read is None:
        return None
    holds, value_question = read
    shows = [show for show in c.kb.shows.values() if holds(show)]
    before, after = text[: match.start()], text[match.end() :]
    if not shows:
        return None
    if len(shows) > 1:
        titles = join_names(sorted(show.title for show in shows))
        if asks_more(f"{before} {after}"):
            return Answer(text=f"Several shows have that: {titles}. Which one do you mean?", kind="clarify")
        return Answer(
            text=f"Several shows have that: {titles}.", kind="answer", intent="chain", confidence=0.8
        )
    show = shows[0]
    if not asks_more(f"{before} {after}"):
        # "which show has three bafta nominations": the show, with the value that picked it
        value = await c.ask(value_question.format(fold(show.title)))
        lead = f"That's {show.title}."
        if value.kind != "answer":
            return Answer(text=lead, kind="answer", intent="chain", confidence=0.8, show_id=show.id)
        return lead_with(lead, value)
    outer = await c.ask_composed(f"{before} {fold(show.title)} {after}")
    if outer.kind != "answer":
        return None
    return lead_with(f"(That's {show.title}.)", outer, intent=outer.intent or "chain")
