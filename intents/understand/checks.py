"""Yes/no checks: the asserted value is checked against the facts, the answer says yes or no first and then
the fact that decided it ("No. Heartstopper's season 3 director is Andy Newberry.")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from intents.answer import Answer
from intents.query import sources_for
from intents.text import fold
from intents.understand.context import Composing, verdict

# Words that make "is X ..." a question about whether it has come out.
_OUT_WORDS = (
    "out",
    "out yet",
    "released",
    "release",
    "premiered",
    "premiere",
    "drop",
    "air",
    "come out",
    "came out",
    "available",
    "stream",
    "streaming",
    "on yet",
    "started",
    "start",
    "back",
    "return",
    "yet",
)
# "has euros lyn done anything besides heartstopper" asks for other work, not a check.
_NOT_A_CHECK = ("else", "besides", "other", "anything", "apart from", "how many", "how long")
_ROLE_VERBS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("direct", "directed", "directs", "director", "directors"), "director", "who directed"),
    (("create", "created", "creates", "creator", "creators"), "creator", "who created"),
    (("write", "wrote", "writer", "writers", "written", "author"), "writer", "who created"),
    (("in", "star", "stars", "starred", "cast", "act", "acts", "acting", "appear", "appears"), "actor", "cast"),
)
_AWARD_BODIES = {
    "emmy": "Emmy",
    "emmys": "Emmy",
    "bafta": "BAFTA",
    "baftas": "BAFTA",
    "golden globe": "Golden Globe",
    "golden globes": "Golden Globe",
    "globe": "Golden Globe",
    "oscar": "Oscar",
    "oscars": "Oscar",
    "sag": "SAG",
    "peabody": "Peabody",
}


async def yes_no(c: Composing) -> Answer | None:
    """Answer a yes/no question by checking one asserted value, or None when it isn't one."""
    if not c.is_yes_no or c.has(*_NOT_A_CHECK):
        return None
    res = c.res
    if res.people and res.characters:
        return await _plays_check(c)
    if res.networks and (res.shows or c.show):
        return await _network_check(c)
    award = next((body for word, body in _AWARD_BODIES.items() if c.has(word)), None)
    if award is not None and c.show is not None:
        return _award_check(c, award)
    if res.people and c.show is not None:
        return await _credit_check(c)
    if c.has(*_OUT_WORDS) and (res.shows or c.show is not None) and not res.people:
        return await _out_yet(c)
    return None


async def _out_yet(c: Composing) -> Answer | None:
    premiere = await c.ask(f"when does {c.subject_words()} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    value = premiere.answers[0]
    try:
        on = dt.date.fromisoformat(value)
    except ValueError:
        if not value.isdigit():
            return None
        out = int(value) < c.today.year
        return verdict(out, "Yes." if out else "No, not yet.", premiere, "premiere")
    if on <= c.today:
        return verdict(True, "Yes, it's out.", premiere, "premiere")
    return verdict(False, "No, not yet.", premiere, "premiere")


async def _network_check(c: Composing) -> Answer | None:
    where = await c.ask(f"where can i watch {c.subject_words()}")
    if where.kind != "answer":
        return None
    asked = c.res.networks[0]
    held = [fold(n) for n in where.answers]
    yes = any(fold(asked) in h or h in fold(asked) for h in held)
    return verdict(yes, "Yes." if yes else "No.", where, "where_to_watch")


def _award_check(c: Composing, body: str) -> Answer | None:
    show = c.show if not c.res.shows else c.res.shows[0]
    if show is None:
        return None
    won_asked = c.has("win", "won", "wins", "winner")
    awards = [a for a in show.awards if fold(body) in fold(a.body)]
    sources = sources_for(c.kb, [a.article_id for a in awards])
    real = [a for a in awards if a.outcome in ("won", "nominated")]
    wins = [a for a in real if a.outcome == "won"]
    if not awards:
        text = f"I don't have any {body} nominations on record for {show.title}."
        return Answer(text=text, kind="answer", intent="awards", confidence=0.6, show_id=show.id)
    hits = wins if won_asked else real
    categories = [a.category for a in hits if a.category]
    what = "won" if won_asked else "been nominated for"
    if hits:
        detail = f" ({', '.join(categories)})" if categories else ""
        text = f"Yes. {show.title} has {what} {len(hits)} {body} award{'s' if len(hits) != 1 else ''}{detail}."
    elif won_asked and real:
        text = f"No. {show.title} has been nominated for {len(real)} {body} award(s) but has not won one."
    else:
        text = f"No. {show.title} has not {what} any {body} awards."
    return Answer(
        text=text,
        kind="answer",
        intent="awards",
        confidence=1.0,
        answers=("Yes" if hits else "No", *(a.category or a.body for a in hits)),
        sources=sources,
        show_id=show.id,
    )


async def _plays_check(c: Composing) -> Answer | None:
    character = c.res.characters[0]
    person = c.res.people[0]
    who = await c.ask(f"who plays {character.character}")
    if who.kind != "answer":
        return None
    yes = any(fold(person.name) == fold(a) for a in who.answers)
    return verdict(yes, "Yes." if yes else "No.", who, "who_plays")


async def _credit_check(c: Composing) -> Answer | None:
    person = c.res.people[0]
    show = c.res.shows[0] if c.res.shows else c.show
    assert show is not None
    role, question = next(
        ((role, q) for words, role, q in _ROLE_VERBS if c.has(*words)), ("actor", "cast")
    )
    credits = [cr for cr in person.credits if cr.show_id == show.id]
    roles = {cr.role for cr in credits}
    wanted = {"creator", "writer", "novelist"} if role in ("creator", "writer") else {role}
    yes = bool(roles & wanted)
    sub = await c.ask(f"{question} {c.subject_words() or show.title}")
    if sub.kind != "answer":
        sub = Answer(text="", kind="answer")
    what = {"director": "a director of", "creator": "a creator of", "writer": "a writer of", "actor": "in"}[role]
    intent = {"director": "directors", "creator": "creator", "writer": "creator", "actor": "cast"}[role]
    if yes:
        lead = f"Yes, {person.name} is {what} {show.title}."
        if role == "actor":
            played = [cr.character for cr in credits if cr.role == "actor" and cr.character]
            text = f"Yes, {person.name} plays {played[0]} in {show.title}." if played else lead
            return replace(verdict(True, "", sub, intent), text=text)
        return verdict(True, lead, sub, intent)
    lead = f"No, {person.name} isn't {what} {show.title} as far as my facts go."
    if role == "actor":
        lead = f"No, {person.name} isn't in the cast of {show.title} as far as my facts go."
    if credits:
        other = ", ".join(sorted({cr.role.replace("_", " ") for cr in credits}))
        lead += f" ({person.name}'s credit on it: {other}.)"
    return verdict(False, lead, sub, intent)
