"""Someone described, not named: "the agatha all along actor" (in a question that names another of their
shows: the one actor credited on both), "the hidden director" (the one person whose work lists Hidden as
directed), "the guy kit connor plays opposite" (the other of a show's two top-billed leads). Each is read as
the person's name only when exactly one person fits; otherwise the words stay as they are."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.fitting_shows import covers
from intents.listed_work import people_listing
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.character_actors import actor_of_character, actor_playing_character
from intents.understand.described_actors import actor_by_description
from intents.understand.described_name_asks import asks_their_name
from intents.understand.role_described_people import person_by_lone_role
from intents.understand.walked_descriptions import show_leads

# Role nouns -> the credit role they name, and the word a work's role holds for it.
_ROLES: dict[str, tuple[str, str]] = {
    "actor": ("actor", ""),
    "actress": ("actor", ""),
    "star": ("actor", ""),
    "director": ("director", "direct"),
    "creator": ("creator", "creat"),
    "writer": ("writer", "writ"),
}
_PERSON_NOUNS = frozenset("actor actress one person star".split())
_OPPOSITE_VERBS = frozenset("plays play stars star is acts".split())
_MAX_TITLE = 5


def _credited(kb: Knowledge, show_id: int, role: str) -> set[int]:
    show = kb.shows.get(show_id)
    return {c.person_id for c in show.credits if c.role == role} if show is not None else set()


Described = tuple[list[str], PersonFacts]  # the words with the name written in, and whom it names


def _person_by_role(tokens: list[str], res: Resolution, kb: Knowledge) -> Described | None:
    """ "the agatha all along actor", "the hidden director": the one person of that title in that role."""
    shows = {m.refs[0].id: m for m in res.mentions if m.refs[0].kind == "show"}
    for at, token in enumerate(tokens):
        if token != "the":
            continue
        for end in range(at + 2, min(len(tokens), at + 2 + _MAX_TITLE)):
            if tokens[end] not in _ROLES:
                continue
            role, marker = _ROLES[tokens[end]]
            here = [m for m in shows.values() if m.start == at + 1 and m.end == end]
            if here:
                fits = _credited(kb, here[0].refs[0].id, role)
                others = [s for s, m in shows.items() if m is not here[0]]
                for other in others:  # "the agatha all along actor ... in heartstopper": on both
                    fits &= {c.person_id for c in kb.shows[other].credits} if other in kb.shows else set()
            elif any(m.start < end and m.end > at + 1 for m in res.mentions):
                continue
            elif role == "actor":
                continue  # an actor's listed work names a character, not the role
            else:
                fits = people_listing(kb, " ".join(tokens[at + 1 : end]), marker)
            if len(fits) == 1:
                person = kb.people[fits.pop()]
                return _named(tokens[:at], person, tokens[end + 1 :]), person
    return None


def _co_lead(person: PersonFacts, kb: Knowledge) -> PersonFacts | None:
    """The other of the two top-billed actors on the show where the person is one of them."""
    leads = {
        other.person_id
        for credit in person.credits
        if credit.role == "actor" and credit.billing in (1, 2) and credit.show_id in kb.shows
        for other in kb.shows[credit.show_id].credits
        if other.role == "actor" and other.billing in (1, 2) and other.person_id != person.id
    }
    return kb.people.get(leads.pop()) if len(leads) == 1 else None


def _person_opposite(tokens: list[str], res: Resolution, kb: Knowledge) -> Described | None:
    """ "the actor kit connor plays opposite" ("guy" is read as "actor"): the other lead of their show."""
    for mention in res.mentions:
        ref = mention.refs[0]
        before, after = tokens[mention.start - 2 : mention.start], tokens[mention.end : mention.end + 2]
        if ref.kind == "character" and (played := _played_opposite(tokens, before, ref.id, kb)) is not None:
            return played
        if ref.kind != "person" or ref.id not in kb.people:
            continue
        # "who plays opposite kit connor (in heartstopper)": the other lead, and their part there
        asks_opposite = tokens[:1] in (["who"], ["whos"]) and before[1:] == ["opposite"]
        if asks_opposite and before[0] in _OPPOSITE_VERBS and (lead := _co_lead(kb.people[ref.id], kb)):
            name = fold(lead.name).split()
            asked = ["who", "does", *name, "play", *after] if after[:1] == ["in"] else ["who", "is", *name]
            return [*asked, *tokens[mention.end + len(after) :]], lead
        if (
            before[:1] == ["the"]
            and before[1:2]
            and before[1] in _PERSON_NOUNS
            and after[:1]
            and after[0] in _OPPOSITE_VERBS
        ):
            lead = _co_lead(kb.people[ref.id], kb) if after[1:] == ["opposite"] else None
            if lead is not None:
                return _named(tokens[: mention.start - 2], lead, tokens[mention.end + 2 :]), lead
    return None


# "who plays opposite charlie", "who plays the character alongside nick": a character beside another.
_BESIDE = frozenset({"opposite", "alongside"})


def _played_opposite(tokens: list[str], before: list[str], credit_id: int, kb: Knowledge) -> Described | None:
    """ "who plays (the character) opposite nick": the other lead of the show whose character is named, as
    the question who they are; None for any other words."""
    credit = kb.credits.get(credit_id)
    asks = tokens[:1] in (["who"], ["whos"])
    if credit is None or not asks or before[1:] == [] or before[1] not in _BESIDE:
        return None
    if before[0] not in _OPPOSITE_VERBS and before[0] not in _PERSON_NOUNS and before[0] != "character":
        return None
    show = kb.shows.get(credit.show_id)
    pair = show_leads(show) if show is not None else set()
    leads = {kb.credits[i].person_id for i in pair if i != credit.id and i in kb.credits}
    if credit.id not in pair or len(leads) != 1 or (lead := kb.people.get(leads.pop())) is None:
        return None  # the character's actor is not one of its show's two leads
    return ["who", "is", *fold(lead.name).split()], lead


_NAME_OF = ["the", "name", "of"]


def _named(before: list[str], person: PersonFacts, after: list[str]) -> list[str]:
    """The words with the person's name between; "what's the name of <them>" asks who they are."""
    name = fold(person.name).split()
    if before[-3:] != _NAME_OF:
        return [*before, *name, *after]
    head = before[:-3]
    if head[-2:] == ["what", "is"]:
        return [*head[:-2], "who", "is", *name, *after]
    if head[-1:] == ["whats"]:
        return [*head[:-1], "who", "is", *name, *after]
    return [*before, *name, *after]


_ROLE_VERBS = {"director": "direct", "creator": "create", "writer": "write"}
_WORKED = (["work", "on"], ["worked", "on"], ["works", "on"])
# "which season is andy newberry working on / making / doing": the role's verb as "-ing" ("directing").
_WORKING = (["working", "on"], ["making"], ["doing"])
_ROLE_GERUNDS = {"director": "directing", "creator": "creating", "writer": "writing"}


def _season_work_as_role(tokens: list[str], people: set[int], kb: Knowledge) -> list[str] | None:
    """ "which season of heartstopper did andy newberry work on": his one crew role's verb ("direct")."""
    if not {"season", "seasons"} & set(tokens) or len(people) != 1:
        return None
    roles = {c.role for c in kb.people[people.pop()].credits}
    if len(roles) != 1 or (role := roles.pop()) not in _ROLE_VERBS:
        return None
    for at in range(len(tokens)):
        if tokens[at : at + 2] in _WORKED:
            return [*tokens[:at], _ROLE_VERBS[role], *tokens[at + 2 :]]
        working = next((w for w in _WORKING if tokens[at : at + len(w)] == w), None)
        if working is not None:
            return [*tokens[:at], _ROLE_GERUNDS[role], *tokens[at + len(working) :]]
    return None


# Words after "hs3 director" that ask about the person's other work, not about the season's credit.
_SHOW_NOUNS = frozenset("show shows series".split())
_THEIR_OTHER_WORK = frozenset("other else also work credits done known previous".split())


def _crew_of_season(tokens: list[str], res: Resolution, kb: Knowledge) -> Described | None:
    """ "hs3 dir prev work" ("heartstopper season 3 director other work"): the season's one crew member."""
    season = res.season
    if season is None or season.number is None or season.end >= len(tokens) or _SHOW_NOUNS & set(tokens):
        return None  # ("the other show the s3 director is known for": a show described by them, read so)
    noun = tokens[season.end]
    if (
        noun not in _ROLES
        or _ROLES[noun][0] == "actor"
        or not _THEIR_OTHER_WORK & set(tokens[season.end + 1 :])
    ):
        return None
    mention = next((m for m in res.mentions if m.refs[0].kind == "show" and m.end == season.start), None)
    show = kb.shows.get(mention.refs[0].id) if mention is not None else None
    if mention is None or show is None:
        return None
    crew = {
        c.person_id for c in show.credits if c.role == _ROLES[noun][0] and covers(c.seasons, {season.number})
    }
    if len(crew) != 1 or (person := kb.people.get(crew.pop())) is None:
        return None
    start = mention.start - (tokens[mention.start - 1 : mention.start] == ["the"])
    return _named(tokens[:start], person, tokens[season.end + 1 :]), person


def _name_asked(words: list[str], person: PersonFacts) -> list[str] | None:
    """ "joe locke in the disney show what is his name": only the name of whom the description meant is
    asked, so the question is who they are."""
    name = fold(person.name).split()
    asked = asks_their_name(words)
    before = words[: len(words) - asked]
    named = any(before[i : i + len(name)] == name for i in range(len(before)))
    return ["who", "is", *name] if asked and named else None


def person_by_description(tokens: list[str], res: Resolution, kb: Knowledge) -> list[str] | None:
    """The tokens with a described person replaced by their name; None when there is none. A season someone
    of one crew role "worked on" is the one they held that role on."""
    described = (
        _person_opposite(tokens, res, kb)
        or _person_by_role(tokens, res, kb)
        or actor_by_description(tokens, res, kb)
        or _crew_of_season(tokens, res, kb)
        or person_by_lone_role(tokens, kb)
        or actor_of_character(tokens, res, kb)
    )
    # "the boy playing nick, what's his real name": only the name asked; other questions after such a
    # description read the part too ("the guy who plays oskar, when does his other show come out")
    playing = actor_playing_character(tokens, res, kb) if described is None else None
    if playing is not None and (asked := _name_asked(*playing)) is not None:
        return asked
    if described is not None:
        return (
            _name_asked(*described)
            or _season_work_as_role(described[0], {described[1].id}, kb)
            or described[0]
        )
    people = {m.refs[0].id for m in res.mentions if m.refs[0].kind == "person" and m.refs[0].id in kb.people}
    return _season_work_as_role(tokens, people, kb)
