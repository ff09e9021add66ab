"""Yes/no checks: the asserted value is checked against the facts, the answer says yes or no first and then
the fact that decided it ("No. Heartstopper's season 3 director is Andy Newberry.")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.query import parse_seasons
from intents.text import fold
from intents.understand.context import Composing, verdict
from intents.understand.value_checks import (
    AWARD_BODIES,
    award_check,
    category_check,
    count_check,
    network_check,
    network_named,
)

# Words that make "is X ..." a question about whether it has come out.
_BACK_WORDS = ("coming back", "come back", "returning", "return", "back for", "get another season")
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
_WH = frozenset("when what who where which why how whose whom whens whats whos".split())
# "has euros lyn done anything besides heartstopper" asks for other work, not a check.
_NOT_A_CHECK = (
    "else",
    "besides",
    "other",
    "anything",
    "apart from",
    "how many",
    "how long",
    "final",
    "renewed",
    "renew",
    "cancelled",
    "canceled",
    "last one",
    "last season",
    "ending",
    "confirmed",
)
_ROLE_WORDS = {
    "director": "a director of",
    "creator": "a creator of",
    "writer": "a writer of",
    "actor": "in",
    "showrunner": "the showrunner of",
    "executive_producer": "a producer of",
    "any": "credited on",
}
_ROLE_FAMILY = {
    "creator": {"creator", "writer", "novelist"},
    "writer": {"creator", "writer", "novelist"},
    "executive_producer": {"executive_producer", "producer"},
}
_ROLE_INTENTS = {
    "director": "directors",
    "creator": "creator",
    "writer": "creator",
    "actor": "cast",
    "showrunner": "crew",
    "executive_producer": "crew",
    "any": "cast",
}
# Folded word beginnings that name the role a yes/no question asserts, first match wins.
_ROLE_STEMS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("showrun", "show run"), "showrunner", "who is the showrunner of"),
    (("producer", "exec", "executive", "produc"), "executive_producer", "who produced"),
    (("direct",), "director", "who directed"),
    (("creat", "came up"), "creator", "who created"),
    (("writ", "wrote", "author", "novel", "book"), "writer", "who created"),
    (("involved", "part of", "work on", "worked on", "working on", "credited"), "any", "who worked on"),
)


def _episodes_agree(c: Composing, credits: list[CreditFact], show: ShowFacts) -> bool:
    """'did X direct 6 episodes' and 'did X direct all of season 1' assert more than a credit."""
    counts = [int(t) for t in c.tokens if t.isdigit()]
    season = c.res.season
    asserted = [n for n in counts if season is None or n != season.number]
    if asserted and c.has("episodes", "episode", "eps"):
        return any(cr.episodes == asserted[0] for cr in credits)
    if c.has("all", "every", "whole", "entire") and season is not None:
        others = [
            cr
            for cr in show.credits
            if cr.role == "director"
            and cr.person_id != credits[0].person_id
            and (not cr.seasons or season.number in parse_seasons(cr.seasons))
        ]
        return not others
    return True


def _asked_role(c: Composing) -> tuple[str, str]:
    """The role a yes/no question asserts ("did X direct it" -> director) and the question that lists it."""
    joined = " ".join(c.tokens)
    for stems, role, question in _ROLE_STEMS:
        if any(f" {stem}" in f" {joined}" for stem in stems):
            return role, question
    # "did he do the first two seasons as well?" after a question about directors: the same role.
    last_intent = c.recent[0][2] if c.recent else None
    for _stems, role, question in _ROLE_STEMS:
        if _ROLE_INTENTS.get(role) == last_intent and role != "any":
            return role, question
    return "actor", "who stars in"


_ROLE_VERBS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("direct", "directed", "directs", "director", "directors"), "director", "who directed"),
    (("create", "created", "creates", "creator", "creators"), "creator", "who created"),
    (("write", "wrote", "writer", "writers", "written", "author"), "writer", "who created"),
    (
        ("in", "star", "stars", "starred", "cast", "act", "acts", "acting", "appear", "appears"),
        "actor",
        "cast",
    ),
)


async def yes_no(c: Composing) -> Answer | None:
    """Answer a yes/no question by checking one asserted value, or None when it isn't one."""
    if c.has(*_NOT_A_CHECK):
        return None
    res = c.res
    out_yet = c.tokens[0] not in _WH and (
        c.has("out yet", "yet")
        or c.tokens[-1:] == ["out"]
        or (c.has("watch", "stream") and c.has("now", "yet"))
    )
    if not (c.is_yes_no or out_yet):
        return None
    if res.people and res.characters:
        return await _plays_check(c)
    network = res.networks[0] if res.networks else network_named(c)
    if network is not None and (res.shows or c.show):
        return await network_check(c, network)
    award = next((body for word, body in AWARD_BODIES.items() if c.has(word)), None)
    if award is not None and c.show is not None:
        return await award_check(c, award)
    if res.people and c.show is not None:
        return await _credit_check(c)
    if c.has("episodes", "episode", "seasons") and c.show is not None:
        return await count_check(c)
    if c.has("nominated", "nomination", "nominations", "won", "win") and c.show is not None:
        return await category_check(c)
    if c.has(*_BACK_WORDS) and (res.shows or c.show is not None) and not res.people:
        return await _coming_back(c)
    if (out_yet or c.has(*_OUT_WORDS)) and (res.shows or c.show is not None) and not res.people:
        return await _out_yet(c)
    return None


async def _coming_back(c: Composing) -> Answer | None:
    """'is heartstopper coming back?': yes when a season to come has a date, else what is known."""
    premiere = await c.ask(f"when does {c.subject_words()} premiere")
    if premiere.kind != "answer" or not premiere.answers:
        return None
    try:
        upcoming = dt.date.fromisoformat(premiere.answers[0]) > c.today
    except ValueError:
        upcoming = premiere.answers[0].isdigit() and int(premiere.answers[0]) > c.today.year
    if upcoming:
        return verdict(True, "Yes.", premiere, "premiere")
    return verdict(False, "No new season has been announced as far as my facts go.", premiere, "premiere")


async def _out_yet(c: Composing) -> Answer | None:
    # "is heartstopper out" with no season asks about the show itself, which may be out with a season to come.
    series_only = c.res.season is None and not c.has("new", "next", "latest", "upcoming")
    premiere = await c.ask(
        f"when did {c.subject_words()} first premiere"
        if series_only
        else f"when does {c.subject_words()} premiere"
    )
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


async def _plays_check(c: Composing) -> Answer | None:
    character = c.res.characters[0]
    person = c.res.people[0]
    who = await c.ask(f"who plays {character.character}")
    if who.kind != "answer":
        return None
    yes = any(fold(person.name) == fold(a) for a in who.answers)
    if not yes:
        # Say whom the person does play there: "No. Kaitlyn Dever plays Abby. (Bella Ramsey plays Ellie.)"
        own = [cr.character for cr in person.credits if cr.show_id == character.show_id and cr.character]
        if own:
            checked = verdict(False, "No.", who, "who_plays")
            return replace(checked, text=f"{checked.text} ({person.name} plays {own[0]}.)")
    return verdict(yes, "Yes." if yes else "No.", who, "who_plays")


async def _credit_check(c: Composing) -> Answer | None:
    person = c.res.people[0]
    show = c.res.shows[0] if c.res.shows else c.show
    assert show is not None
    role, question = _asked_role(c)
    on_show = [cr for cr in person.credits if cr.show_id == show.id]
    season = c.res.season.number if c.res.season else None
    credits = on_show
    if season is not None:
        credits = [cr for cr in on_show if not cr.seasons or season in parse_seasons(cr.seasons)]
    roles = {cr.role for cr in credits}
    wanted = _ROLE_FAMILY.get(role, {role})
    yes = bool(roles & wanted) or (role == "any" and bool(roles))
    if yes and role == "director":
        yes = _episodes_agree(c, [cr for cr in credits if cr.role == "director"], show)
    sub = await c.ask(f"{question} {c.subject_words() or show.title}")
    if sub.kind != "answer":
        sub = Answer(text="", kind="answer")
    what = _ROLE_WORDS[role]
    intent = _ROLE_INTENTS[role]
    if yes:
        lead = f"Yes, {person.name} is {what} {show.title}."
        if role == "any":
            named = ", ".join(sorted({cr.role.replace("_", " ") for cr in credits}))
            lead = f"Yes, {person.name} is credited on {show.title} as {named}."
        if role == "actor":
            played = [cr.character for cr in credits if cr.role == "actor" and cr.character]
            text = f"Yes, {person.name} plays {played[0]} in {show.title}." if played else lead
            return replace(verdict(True, "", sub, intent), text=text)
        return verdict(True, lead, sub, intent)
    if roles & wanted:
        return verdict(False, "No.", sub, intent)  # credited, but not for what was asserted (all, 6 episodes)
    lead = f"No, {person.name} isn't {what} {show.title} as far as my facts go."
    elsewhere = [cr for cr in on_show if cr.role in wanted and cr.seasons]
    if season is not None and elsewhere:
        # "did euros lyn direct season 3?": credited on the show, for other seasons.
        seasons = ", ".join(cr.seasons or "" for cr in elsewhere)
        label = f"{show.title} season {season}"
        lead = f"No, {person.name} isn't {what} {label}: the credit is for seasons {seasons}."
    if role == "actor":
        lead = f"No, {person.name} isn't in the cast of {show.title} as far as my facts go."
    if credits:
        other = ", ".join(sorted({cr.role.replace("_", " ") for cr in credits}))
        lead += f" ({person.name}'s credit on it: {other}.)"
    return verdict(False, lead, sub, intent)
