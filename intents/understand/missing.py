"""In-domain questions about facts Marquee never holds (an age, a filming location, a budget, a spin-off):
say what is missing first, then what is known, and never pass another fact off as the answer."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.handlers.common import final_season
from intents.names import Mention
from intents.text import fold, title_case
from intents.understand.context import Composing
from intents.understand.lacks import LACKS
from intents.understand.relatives import relative_of_character
from intents.understand.spin_offs import spin_off_question

_QUESTION_WORDS = frozenset("who whos what whats when whens where wheres which how".split())
_PREAMBLE = 2


async def missing_fact(c: Composing) -> Answer | None:
    """'I don't have X for Y.' then what Marquee does know about Y, or None when the question asks for a
    kind of fact Marquee holds."""
    # The words around the names: "what is The Last Song about" asks for no music. Words before the
    # question word are the fan's, not what is asked ("for a school project, who created it").
    text = _asked(c.res.slotted or " ".join(c.tokens))
    relative = await relative_of_character(c) or await _part_named_like_the_show(c)
    if relative is not None:
        return relative
    for lack in LACKS:
        # A spin-off may be named by its alias ("the wandavision spin-off"): its word counts inside a name.
        if not lack.pattern.search(_asked(" ".join(c.tokens)) if "spin-off" in lack.what else text):
            continue
        if lack.about == "person" and (unknown := _unknown_person(c)):
            # "how old is jenna ortega", "how old is he" about a person nobody knows: no facts at all.
            return Answer(text=f"I don't have facts about {unknown}.", kind="unknown")
        if lack.about == "person" and c.res.people and not c.has("play", "plays", "played", "character"):
            person = c.res.people[0]
            if "film with" in lack.what and (c.res.shows or _has_film(c, person.id)):
                continue
            known = await c.ask(f"who is {person.name}")
            return _say(lack.what.format(name=person.name), known)
        if lack.about == "show":
            show = c.res.shows[0] if c.res.shows else c.show or _show_of_characters(c)
            if show is None and lack.unnamed is not None and not c.res.people:
                return _say(lack.unnamed, Answer(text="", kind="unknown"))  # "which account posted it"
            if show is None or c.res.people or ("film of" in lack.what and show.kind != "series"):
                continue
            if "more seasons" in lack.what and final_season(show):
                continue  # "how many seasons will it have": its final season says, the seasons reader answers
            if "spin-off" in lack.what:
                settled, spun = await spin_off_question(c, show)
                if settled:
                    return spun
            name = show.title if "{name} about" in lack.known else c.subject_words() or show.title
            known = await c.ask(lack.known.format(name=name))
            return _say(lack.what.format(name=name), known, show.id)
    return None


_FULL_NAME = 2  # words a run needs to read as someone's name rather than a stray word ("old")


def _unknown_person(c: Composing) -> str | None:
    """The name nobody knows that a question about a person names, when it names nothing known."""
    if c.res.people or c.res.shows or c.res.characters:
        return None
    # The unknown title may be the conversation's unknown subject, read back for "she".
    title = c.res.unknown_title
    runs = [run for run in [title, *c.res.named_runs] if len(run) >= _FULL_NAME]
    if not runs:
        return None
    longest = max(runs, key=len)
    # A run going on past the name in the subject's place ("jenna ortega born", "paul mescal dating anyone"
    # with "they" read back as him) says more than the name: the name is the one asked of.
    return title_case(title if len(title) >= _FULL_NAME and longest[: len(title)] == title else longest)


def _has_film(c: Composing, person_id: int) -> bool:
    """Whether some credit of the person is in a show that is not a series (a film Marquee holds)."""
    person = c.kb.people.get(person_id)
    shows = {cr.show_id for cr in person.credits} if person is not None else set()
    return any(c.kb.shows[s].kind != "series" for s in shows if s in c.kb.shows)


def _asked(text: str) -> str:
    """The words from the question word on, when two or more words come before it ("my partner and i are
    planning a watch party, when does it come out")."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if w in _QUESTION_WORDS), 0)
    # "agatha all along spun off from which show": a question word at the end asks in place; all is asked
    in_place = len(words) - at <= _PREAMBLE
    return " ".join(words[at:]) if at >= _PREAMBLE and not in_place else text


def _show_of_characters(c: Composing) -> ShowFacts | None:
    """The show of the characters a question names ("what school do charlie and nick go to")."""
    shows = {cr.show_id for cr in c.res.characters}
    return c.kb.shows.get(shows.pop()) if len(shows) == 1 else None


async def _part_named_like_the_show(c: Composing) -> Answer | None:
    """'who plays agatha in agatha all along?': a part named like the show's own title, which no credit
    names; not the show's cast."""
    shows = [m for m in c.res.mentions if m.refs[0].kind == "show"]
    if len(shows) == 1 and not c.res.characters and not c.res.people:
        return await _part_named_as_a_show(c, shows[0])
    if len(shows) < 2 or shows[0].refs[0].id != shows[1].refs[0].id or not c.has("play", "plays", "played"):
        return None
    if c.tokens[shows[0].end : shows[0].end + 1] != ["in"] or c.res.characters:
        return None
    part = " ".join(c.tokens[shows[0].start : shows[0].end]).title()
    title = shows[1].refs[0].name
    known = await c.ask(f"who stars in {title}")
    return _say(f"who plays {part} in {title}", known, shows[1].refs[0].id)


_PLAYS = frozenset("play plays played playing portrays portrayed voices voiced".split())


async def _part_named_as_a_show(c: Composing, shown: Mention) -> Answer | None:
    """'who plays agatha?': a show's title right after "plays" names a part no credit holds (the show's own
    name, shortened); what is known is who stars in that show."""
    before = c.tokens[: shown.start]
    if (
        len(before) < 2
        or before[-1] not in _PLAYS
        or before[0] not in ("who", "whos")
        or shown.end < len(c.tokens)
    ):
        return None
    part = " ".join(c.tokens[shown.start : shown.end]).title()
    title = shown.refs[0].name
    if fold(part) == fold(title):
        return None  # "who played heartstopper": the whole title asks for its cast
    known = await c.ask(f"who stars in {title}")
    return _say(f"a part called {part} (only the show {title})", known, shown.refs[0].id)


def _say(what: str, known: Answer, show_id: int | None = None) -> Answer:
    lead = f"I don't have {what} in my facts."
    if known.kind != "answer":
        return Answer(text=lead, kind="unknown", intent="missing", confidence=0.9, show_id=show_id)
    return replace(
        known,
        text=f"{lead} What I do know: {known.text}",
        kind="unknown",
        intent="missing",
        confidence=0.9,
        answers=(),
        show_id=show_id if show_id is not None else known.show_id,
    )
