"""In-domain questions about facts Marquee never holds (an age, a filming location, a budget, a spin-off):
say what is missing first, then what is known, and never pass another fact off as the answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from intents.answer import Answer
from intents.understand.context import Composing


@dataclass(frozen=True, slots=True)
class Lack:
    """A kind of fact no article gives Marquee, the words that ask for it, and how to name it."""

    pattern: re.Pattern[str]
    about: str  # "person" or "show"
    what: str  # "{name}'s age", with {name} the subject


def _lack(pattern: str, about: str, what: str) -> Lack:
    return Lack(re.compile(pattern), about, what)


LACKS: tuple[Lack, ...] = (
    _lack(r"\bhow old\b|\bage\b|\bbirthday\b|\bborn\b|\bbirth\b", "person", "{name}'s age or birthday"),
    _lack(r"\bhow tall\b|\bheight\b", "person", "{name}'s height"),
    _lack(r"\bnet worth\b|\bsalary\b|\bpaid\b|\bearn\w*\b", "person", "{name}'s pay"),
    _lack(
        r"\bmarried\b|\bdating\b|\bgirlfriend\b|\bboyfriend\b|\bwife\b|\bhusband\b|\bpartner\b",
        "person",
        "anything about {name}'s private life",
    ),
    _lack(r"\binstagram\b|\btwitter\b|\btiktok\b|\bsocials?\b", "person", "{name}'s social media"),
    _lack(r"\b(filmed|filming|shot|shoot|shooting)\b|\blocations?\b", "show", "where {name} was filmed"),
    _lack(r"\bset in\b|\bsetting\b|\bwhere (is|does) .* take place\b", "show", "where {name} is set"),
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
        r"\b(runtime|run time|how long (is|are) (each |the |an )?(episodes?|eps?))\b",
        "show",
        "episode runtimes for {name}",
    ),
    _lack(r"\btrailer\b|\bteaser\b", "show", "a trailer for {name}"),
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
    # The words around the names: "what is The Last Song about" asks for no music.
    text = c.res.slotted or " ".join(c.tokens)
    for lack in LACKS:
        if not lack.pattern.search(text):
            continue
        if lack.about == "person" and c.res.people and not c.has("play", "plays", "played", "character"):
            person = c.res.people[0]
            known = await c.ask(f"who is {person.name}")
            return _say(lack.what.format(name=person.name), known)
        if lack.about == "show":
            show = c.res.shows[0] if c.res.shows else c.show
            if show is None or c.res.people or _spin_off_known(c, lack, show.title):
                continue
            known = await c.ask(f"what is {show.title} about")
            return _say(lack.what.format(name=show.title), known, show.id)
    return None


def _spin_off_known(c: Composing, lack: Lack, title: str) -> bool:
    """A spin-off some fact describes ("Agatha All Along: a spin-off of WandaVision") is not missing."""
    if "spin-off" not in lack.what:
        return False
    key = f"spin off of {title}".lower()
    return any(
        "spin off" in (show.synopsis or "").lower().replace("-", " ")
        and (key in (show.synopsis or "").lower().replace("-", " ") or show.title == title)
        for show in c.kb.shows.values()
    )


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
