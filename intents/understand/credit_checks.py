"""Yes/no checks of a credit: whether a person directed, created, is in or plays something, said with the
credit that decided it ("No, Euros Lyn isn't a director of Heartstopper season 3: the credit is for seasons
1-2.")."""

from __future__ import annotations

from dataclasses import replace

from db.knowledge import CreditFact, ShowFacts
from intents.answer import Answer
from intents.query import join_names, parse_seasons
from intents.text import fold
from intents.understand.checked_roles import LEAD_BILLING, ROLE_FAMILY, ROLE_INTENTS, ROLE_STEMS, ROLE_WORDS
from intents.understand.context import Composing, verdict
from intents.understand.every_episode import every_episode_unknown
from intents.understand.speculated_parts import rumour_asked

# A check that starts so asserts being somewhere ("is she in it"), never doing a job there.
_BEING = frozenset("is was are were isnt wasnt arent werent".split())


def _episodes_agree(c: Composing, credits: list[CreditFact], show: ShowFacts) -> bool:
    """'did X direct 6 episodes' and 'did X direct all of season 1' assert more than a credit."""
    # A count is a number before "episodes" ("6 episodes"), never a season ("season 1 and 2").
    pairs = zip(c.tokens, [*c.tokens[1:], ""], strict=True)
    asserted = [int(t) for t, nxt in pairs if t.isdigit() and nxt.startswith("ep")]
    season = c.res.season
    if asserted:
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


def asked_role(c: Composing) -> tuple[str, str]:
    """The role a yes/no question asserts ("did X direct it" -> director) and the question that lists it."""
    joined = " ".join(_without_title_before_name(c))
    for stems, role, question in ROLE_STEMS:
        if any(f" {stem}" in f" {joined}" for stem in stems):
            return role, question
    if c.tokens[:1] and c.tokens[0] in _BEING and c.has("in"):
        # "is she in it?" after "does she direct it?": being in a show is acting, whatever was asked before;
        # but being in a season, for someone who only holds a role by season there, is holding it again
        # ("who directed s1" ... "is he confirmed for season 3 too": is he directing it).
        return _seasonal_role(c) or ("actor", "who stars in")
    # "did he do the first two seasons as well?" after a question about directors: the same role.
    last_intent = c.recent[0][2] if c.recent else None
    for _stems, role, question in ROLE_STEMS:
        if ROLE_INTENTS.get(role) == last_intent and role not in ("any", "lead"):  # a lead is only said
            return role, question
    # "was season 1 an andy newberry job?" names no role: the person's own role on the show is asserted
    # (an actor's, or one who is "in" it, is acting).
    show = credited_show(c) if c.res.people else None
    own = [cr.role for cr in c.res.people[0].credits if show and cr.show_id == show.id] if show else []
    if "actor" in own or c.has("in"):
        return "actor", "who stars in"  # "orlando bloom is in it right?"
    for _stems, role, question in ROLE_STEMS:
        if role in own and role != "any":
            return role, question
    return "actor", "who stars in"


# Job nouns said as a title before a person's name ("the heartstopper director euros lyn"): who the person
# is, never the role the question asserts.
_TITLE_NOUNS = frozenset("director writer creator producer showrunner author actor actress star".split())


def _without_title_before_name(c: Composing) -> list[str]:
    """The tokens without a job noun right before the named person ("did the heartstopper director euros
    lyn work on doctor who" asserts no directing)."""
    if not c.res.people:
        return c.tokens
    name = fold(c.res.people[0].name).split()
    at = next((i for i in range(1, len(c.tokens)) if c.tokens[i : i + len(name)] == name), None)
    if at is None or c.tokens[at - 1] not in _TITLE_NOUNS:
        return c.tokens
    return [*c.tokens[: at - 1], *c.tokens[at:]]


def _seasonal_role(c: Composing) -> tuple[str, str] | None:
    """The role a person named with a season holds by season on the show (a director of seasons 1-2), when
    they never act in it; None otherwise."""
    show = credited_show(c) if c.res.people and c.res.season else None
    if show is None:
        return None
    own = [cr for cr in c.res.people[0].credits if cr.show_id == show.id]
    if any(cr.role == "actor" for cr in own):
        return None
    seasonal = {cr.role for cr in own if cr.seasons}
    return next(((role, question) for _stems, role, question in ROLE_STEMS if role in seasonal), None)


async def plays_check(c: Composing) -> Answer | None:
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
    named = set(fold(character.character or "").split()) <= set(c.tokens)
    if yes and not named and "speculat" in (character.note or ""):
        if rumour_asked(c.tokens):
            # "is joe locke rumoured to be wiccan?": the rumour itself is asked about, and it holds.
            return verdict(True, "Yes, that's the speculation, not confirmed.", who, "who_plays")
        # "is joe locke playing wiccan?": the part is only speculated, under another name.
        return verdict(False, "No, that isn't confirmed.", who, "who_plays")
    return verdict(yes, "Yes." if yes else "No.", who, "who_plays")


def credited_show(c: Composing) -> ShowFacts | None:
    """The show a credit check is about: named, from the conversation, or the one show the person is
    credited on ("did euros lyn direct every episode of season 1?"); none when the question names a title
    nobody knows ("did alice oseman write one day?" is not about her one show)."""
    if c.res.shows or c.show is not None:
        return c.res.shows[0] if c.res.shows else c.show
    if c.res.unknown_title or c.subject_unknown:
        return None  # "does olivia colman have a role?" after "young royals cast?" is about Young Royals
    person = c.res.people[0]
    shows = list(dict.fromkeys(cr.show_id for cr in person.credits))
    return c.kb.shows.get(shows[0]) if len(shows) == 1 else None


def _season_asked_of(c: Composing, show: ShowFacts) -> int | None:
    """The season an "only" check is about: named, else the one the thread's last question of this show
    named ("no wait season 3" ... "is he the only one?" asks about season 3's directors)."""
    if c.res.season is not None:
        return c.res.season.number
    return c.recent[0][1] if c.recent and c.recent[0][0] == show.id else None


async def credit_check(c: Composing) -> Answer | None:
    person = c.res.people[0]
    show = credited_show(c)
    if show is None:
        return None
    role, question = asked_role(c)
    on_show = [cr for cr in person.credits if cr.show_id == show.id]
    season = c.res.season.number if c.res.season else _season_returned_for(c, show, role)
    credits = on_show
    if season is not None:
        credits = [cr for cr in on_show if not cr.seasons or season in parse_seasons(cr.seasons)]
    roles = {cr.role for cr in credits}
    wanted = ROLE_FAMILY.get(role, {role})
    yes = bool(roles & wanted) or (role == "any" and bool(roles))
    if yes and role == "lead":
        yes = any(cr.role == "actor" and cr.billing <= LEAD_BILLING for cr in credits)
    if yes and role == "director":
        yes = _episodes_agree(c, [cr for cr in credits if cr.role == "director"], show)
    label = f"{show.title} season {season}" if season is not None else show.title
    sharing = (
        _sharing_the_role(c, show, person.id, wanted, _season_asked_of(c, show))
        if yes and c.has("only", "sole")
        else []
    )
    sub = await c.ask(f"{question} {label}")
    if sub.kind != "answer":
        sub = Answer(text="", kind="answer")
    what = ROLE_WORDS[role]
    intent = ROLE_INTENTS[role]
    if yes and (hedged := every_episode_unknown(c, person.name, role, credits, label, sub)) is not None:
        return hedged
    if sharing:  # "is kit connor the only star of heartstopper?": others hold the role too
        verb = "is" if len(sharing) == 1 else "are"
        lead = f"No, {person.name} isn't the only one: {join_names(sharing)} {verb} too."
        return verdict(False, lead, sub, intent)
    if yes:
        lead = f"Yes, {person.name} is {what} {label if role != 'actor' else show.title}."
        if role == "any":
            named = ", ".join(sorted({cr.role.replace("_", " ") for cr in credits}))
            lead = f"Yes, {person.name} is credited on {show.title} as {named}."
        if role == "actor":
            played = [cr.character for cr in credits if cr.role == "actor" and cr.character]
            text = f"Yes, {person.name} plays {played[0]} in {show.title}." if played else lead
            acting = [cr for cr in credits if cr.role == "actor"]
            if season is not None and acting and not any(cr.seasons for cr in acting):
                # "is she in season 3": the cast is credited to the show, never to a season of it, and a
                # credit naming no seasons holds for every one; the reply says which of the two it read.
                fact = text.removeprefix("Yes, ")
                text = f"Yes, as far as my facts go: {fact.rstrip('.')}"
                text += " (they credit its cast to the show, not season by season)."
                billed = any(cr.role == "actor" and cr.billing <= LEAD_BILLING for cr in show.credits)
                if _unscheduled(show, season):
                    # "is anna sawai coming back for shogun s2": a season with no premiere yet has no cast
                    # the facts could hold, lead or not.
                    text = (
                        f"I don't know whether {person.name} is in {label}: my facts have no premiere for "
                        f"it yet, and they credit the cast of {show.title} to the show, not season by "
                        f"season. {fact}"
                    )
                elif billed and all(cr.billing > LEAD_BILLING for cr in acting):
                    # A lead is in every season as a rule; someone billed further down the cast may not be
                    # (a cast stored with no billing tells nobody apart).
                    text = (
                        f"I don't know whether {person.name} is in {label}: my facts credit the cast of "
                        f"{show.title} to the show, not season by season. {fact}"
                    )
            return replace(verdict(True, "", sub, intent), text=text)
        return verdict(True, lead, sub, intent)
    if roles & wanted and role == "lead":
        return verdict(
            False, f"No, {person.name} is in {show.title} but isn't billed as a lead.", sub, intent
        )
    if roles & wanted:
        return verdict(False, "No.", sub, intent)  # credited, but not for what was asserted (all, 6 episodes)
    lead = f"No, {person.name} isn't {what} {label} as far as my facts go."
    elsewhere = [cr for cr in on_show if (cr.role in wanted or role == "any") and cr.seasons]
    if season is not None and elsewhere:
        # "did euros lyn direct season 3?": credited on the show, for other seasons.
        seasons = ", ".join(cr.seasons or "" for cr in elsewhere)
        label = f"{show.title} season {season}"
        noun = "seasons" if any(ch in seasons for ch in ",-") else "season"
        lead = f"No, {person.name} isn't {what} {label}: the credit is for {noun} {seasons}."
    if role == "actor":
        lead = f"No, {person.name} isn't in the cast of {show.title} as far as my facts go."
    if credits:
        other = ", ".join(sorted({cr.role.replace("_", " ") for cr in credits}))
        lead += f" ({person.name}'s credit on it: {other}.)"
    elif role in ("actor", "any"):
        lead += _credited_elsewhere(c, person.name, [cr for cr in person.credits if cr.show_id != show.id])
    return verdict(False, lead, sub, intent)


_RETURNING = ("returning", "coming back", "come back", "return", "be back", "back for")


def _season_returned_for(c: Composing, show: ShowFacts, role: str) -> int | None:
    """'is anna sawai returning': the first season still to come (renewed, or premiering from today on)."""
    if role != "actor" or not c.has(*_RETURNING):
        return None
    numbers = {s.number for s in show.seasons} | {r.season for r in show.releases if r.season is not None}
    coming = {r.season for r in show.releases if r.on is not None and r.on >= c.today}
    return next((n for n in sorted(numbers) if n > 1 and (n in coming or _unscheduled(show, n))), None)


def _unscheduled(show: ShowFacts, season: int) -> bool:
    """Whether the season comes after every season with a premiere date or year (a season 1 never does)."""
    dated = {r.season for r in show.releases if r.season is not None and (r.on or r.year)}
    return season > max(dated | {1})


def _sharing_the_role(
    c: Composing, show: ShowFacts, person_id: int, wanted: set[str], season: int | None
) -> list[str]:
    """The other people credited on the show (and season) in the role asked: who makes "the only" untrue."""
    names = [
        c.kb.people[cr.person_id].name
        for cr in show.credits
        if cr.person_id != person_id
        and cr.role in wanted
        and cr.person_id in c.kb.people
        and (season is None or not cr.seasons or season in parse_seasons(cr.seasons))
    ]
    return list(dict.fromkeys(names))


def _credited_elsewhere(c: Composing, name: str, credits: list[CreditFact]) -> str:
    """' (Kathryn Hahn is in Agatha All Along.)': where the person is credited instead; past three titles,
    how many and three of them (' (Keanu Reeves is in 27 films, among them A, B and C.)')."""
    shows = c.kb.shows
    acting = {
        shows[cr.show_id].title: shows[cr.show_id].kind
        for cr in credits
        if cr.role == "actor" and cr.show_id in shows
    }
    titles = list(acting)
    if len(titles) > _ELSEWHERE_NAMED:
        kinds = set(acting.values())
        noun = "films" if kinds == {"film"} else "shows" if "film" not in kinds else "titles"
        return f" ({name} is in {len(titles)} {noun}, among them {join_names(titles[:_ELSEWHERE_NAMED])}.)"
    if titles:
        return f" ({name} is in {' and '.join(titles)}.)"
    return ""


_ELSEWHERE_NAMED = 3  # a long "A and B and C and ..." buries the answer


async def source_check(c: Composing, show: ShowFacts) -> Answer | None:
    """'is heartstopper based on a book?': the novelist credit decides it."""
    novelists = [cr for cr in show.credits if cr.role == "novelist"]
    if not novelists:
        return None
    made = await c.ask(f"who created {show.title}")
    if made.kind != "answer":
        return None
    name = c.kb.people[novelists[0].person_id].name if novelists[0].person_id in c.kb.people else "its author"
    return verdict(True, f"Yes, {show.title} is based on {name}'s books.", made, "creator")
