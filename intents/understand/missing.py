"""In-domain questions about facts Marquee never holds (an age, a filming location, a budget, a spin-off):
say what is missing first, then what is known, and never pass another fact off as the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.names import Mention
from intents.text import fold
from intents.understand.context import Composing, lead_with
from intents.understand.frames import read_frame
from intents.understand.relatives import relative_of_character

_QUESTION_WORDS = frozenset("who whos what whats when whens where wheres which how".split())
_PREAMBLE = 2


@dataclass(frozen=True, slots=True)
class Lack:
    """A kind of fact no article gives Marquee, the words that ask for it, and how to name it."""

    pattern: re.Pattern[str]
    about: str  # "person" or "show"
    what: str  # "{name}'s age", with {name} the subject
    # The question whose answer is said after what is missing, with {name} the subject (its season too).
    known: str = "what is {name} about"


def _lack(pattern: str, about: str, what: str, known: str = "what is {name} about") -> Lack:
    return Lack(re.compile(pattern), about, what, known)


LACKS: tuple[Lack, ...] = (
    # "what time does hs3 drop": articles give the day, never the hour.
    _lack(
        r"\b((what|which) time|what hour|time of day|time ?zone)\b.*"
        r"\b(drops?|dropping|out|come|comes|releas\w*|premier\w*|airs?|airing|starts?|stream\w*|launch\w*|live"
        r"|up|available)\b",
        "show",
        "the time of day {name} comes out",
        "when does {name} premiere",
    ),
    _lack(r"\bhow old\b|\bage\b|\bbirthday\b|\bborn\b|\bbirth\b", "person", "{name}'s age or birthday"),
    _lack(r"\bhow tall\b|\bheight\b", "person", "{name}'s height"),
    _lack(
        r"\bnet worth\b|\bsalary\b|\bpaid\b|\bearn\w*\b|\bmoney\b|\bhow much (does|did|do) \w+( \w+)? make\b",
        "person",
        "{name}'s pay",
    ),
    _lack(
        r"\bmarried\b|\bdating\b|\bgirlfriend\b|\bboyfriend\b|\bwife\b|\bhusband\b|\bpartner\b",
        "person",
        "anything about {name}'s private life",
    ),
    _lack(r"\binstagram\b|\btwitter\b|\btiktok\b|\bsocials?\b", "person", "{name}'s social media"),
    _lack(r"\b(filmed|filming|shot|shoot|shooting)\b|\blocations?\b", "show", "where {name} was filmed"),
    _lack(
        r"\bset in\b|\bsetting\b|\bwhere (is|does) .* take place\b|\bschool\b|\bwhat (town|city)\b",
        "show",
        "where {name} is set",
    ),
    _lack(r"\bhow many (\w+ )?(books|novels|volumes)\b", "show", "how many books {name} has"),
    _lack(
        r"\bepisode (titles|names)\b|\b(titles|names) of (the )?episodes\b|\bwhat are the episodes called\b",
        "show",
        "episode titles for {name}",
    ),
    _lack(r"\bspin ?offs?\b|\bspinoffs?\b", "show", "a spin-off of {name}"),
    _lack(r"\bcasting director\b", "show", "a casting director for {name}"),
    _lack(r"\bguest (stars?|starring|appearances?)\b|\bcameos?\b", "show", "guest stars for {name}"),
    _lack(r"\bbudget\b|\bcost\b", "show", "the budget of {name}"),
    _lack(r"\bbox office\b|\bgross\w*\b", "show", "box office figures for {name}"),
    _lack(
        r"\bviewership\b|\bhours viewed\b|\bhow many (people|viewers) watched\b",
        "show",
        "viewing figures for {name}",
    ),
    _lack(
        r"\b(runtime|run time|how long (is|are) (each |the |an )?(\w+ )?(episodes?|eps?))\b",
        "show",
        "episode runtimes for {name}",
    ),
    _lack(r"\btrailer\b|\bteaser\b", "show", "a trailer for {name}"),
    _lack(
        r"\b(what|which) (time|hour)\b.*\b(drops?|dropping|comes?|coming|out|premieres?|premiering|releases?|"
        r"air|airs|airing|streaming|available|launch\w*|up|live)\b",
        "show",
        "the time of day {name} comes out",
        "when does {name} premiere",  # the day is known: it is offered
    ),
    _lack(
        r"\bbook \d+\b|\b(next|new|another) (book|novel|volume)\b|\bvolume \d+\b",
        "show",
        "news of another {name} book",
    ),
    _lack(r"\b(what|which) episodes?\b", "show", "episode-by-episode details of {name}"),
    _lack(
        r"\bwhat did (?!critics|audiences|fans|people|viewers|reviewers)(the )?\w+ (say|think|write)\b",
        "show",
        "what that outlet said about {name}",
    ),
    _lack(r"\b(a|an|the) (\w+ )?(movie|film)\b", "show", "a film of {name}"),
    _lack(
        r"\bplanned\b|\bplan\b|\bhow many seasons will\b|\bhow many more seasons\b",
        "show",
        "plans for more seasons of {name}",
    ),
    _lack(r"\btheme song\b|\bsoundtrack\b|\bsongs?\b", "show", "the music of {name}"),
    _lack(
        r"\bage rating\b|\brated (pg|r|tv)\b|\bparental\b|\bkid friendly\b",
        "show",
        "an age rating for {name}",
    ),
)


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
        if lack.about == "person" and c.res.people and not c.has("play", "plays", "played", "character"):
            person = c.res.people[0]
            known = await c.ask(f"who is {person.name}")
            return _say(lack.what.format(name=person.name), known)
        if lack.about == "show":
            show = c.res.shows[0] if c.res.shows else c.show or _show_of_characters(c)
            if show is None or c.res.people or ("film of" in lack.what and show.kind != "series"):
                continue
            if "spin-off" in lack.what and _asks_its_parent(c) and (parent := _parent_of(c, show)):
                return await _spin_off_answer(c, show, parent)  # "what show is it a spinoff of"
            if "spin-off" in lack.what:
                parent, spin_off = _spin_off(c, show)
                named = any(_says_spin_off(c.tokens[m.start : m.end]) for m in c.res.mentions)
                if spin_off is not None and named and read_frame(c.res.slotted) is not None:
                    return None  # "when does the wandavision spin-off come out" asks about the spin-off
                if spin_off is not None:
                    return await _spin_off_answer(c, spin_off, parent or show)
                if _asks_if_itself_one(c):
                    return None
            name = show.title if "{name} about" in lack.known else c.subject_words() or show.title
            known = await c.ask(lack.known.format(name=name))
            return _say(lack.what.format(name=name), known, show.id)
    return None


def _asked(text: str) -> str:
    """The words from the question word on, when two or more words come before it ("my partner and i are
    planning a watch party, when does it come out")."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if w in _QUESTION_WORDS), 0)
    return " ".join(words[at:]) if at >= _PREAMBLE else text


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


def _spin_off(c: Composing, show: ShowFacts) -> tuple[ShowFacts | None, ShowFacts | None]:
    """The show asked about and a show the facts call a spin-off of it: described so in its synopsis ("a
    spin-off of WandaVision"), or named by its alias ("the wandavision spin-off" links to Agatha All Along;
    the first is then the show the alias names, if any)."""
    for mention in c.res.mentions:
        words = c.tokens[mention.start : mention.end]
        if mention.refs[0].kind == "show" and _says_spin_off(words):
            spin_off = c.kb.shows.get(mention.refs[0].id)
            named = " ".join(words)
            others = (s for s in c.kb.shows.values() if s is not spin_off and fold(s.title) in named)
            parent = next(others, None)
            return parent, spin_off
    key = f"spin off of {fold(show.title)}"
    return show, next((s for s in c.kb.shows.values() if key in fold(s.synopsis or "")), None)


def _asks_its_parent(c: Composing) -> bool:
    """'what show is it a spinoff of', 'a spin off of what?': the show it comes from is asked."""
    words = [w for w in c.tokens if w not in ("lol", "again", "exactly", "tho")]
    ends = words[-3:] == ["spin", "off", "of"] or words[-2:] == ["spinoff", "of"]
    return ends or (c.has("spin off of", "spinoff of") and words[-1:] in (["what"], ["which"]))


def _parent_of(c: Composing, show: ShowFacts) -> ShowFacts | None:
    """The show the facts say `show` is a spin-off of (its synopsis: "a spin-off of WandaVision")."""
    synopsis = fold(show.synopsis or "")
    at = synopsis.find("spin off of ")
    if at < 0:
        return None
    after = f" {synopsis[at + len('spin off of ') :]} "
    return next((s for s in c.kb.shows.values() if s is not show and f" {fold(s.title)} " in after), None)


def _says_spin_off(words: list[str]) -> bool:
    return "spin" in words or "spinoff" in words  # "spin-off" folds to two words, "spinoff" to one


def _asks_if_itself_one(c: Composing) -> bool:
    """'is agatha all along a spin-off?' asks about the show itself, not for a spin-off of it."""
    for mention in c.res.mentions:
        after = c.tokens[mention.end : mention.end + 3]
        if after[:2] in (["a", "spin"], ["an", "spin"]) or after[:3] == ["is", "a", "spin"]:
            return True
    return False


async def _spin_off_answer(c: Composing, spin_off: ShowFacts, show: ShowFacts) -> Answer:
    """'Yes: Agatha All Along is a spin-off of WandaVision.' and what it is."""
    about = await c.ask(f"what is {spin_off.title} about")
    lead = f"{'Yes: ' if c.is_yes_no else ''}{spin_off.title} is a spin-off of {show.title}."
    if show.id == spin_off.id:
        lead = f"{'Yes: ' if c.is_yes_no else ''}{spin_off.title} is the one I know of."
    if about.kind != "answer":
        return Answer(text=lead, kind="answer", intent="about", confidence=0.9, show_id=spin_off.id)
    return replace(lead_with(lead, about, intent="about"), kind="answer", show_id=spin_off.id)


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
