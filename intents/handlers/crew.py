"""Directors, creators and writers, and the rest of the crew."""

from __future__ import annotations

from db.knowledge import CreditFact
from intents.answer import Answer
from intents.handlers.common import missing, need_show
from intents.query import Query, join_names, latest_season_number, parse_seasons, sources_for
from intents.registry import Intent
from intents.roles import ROLE_LABELS, ROLE_WORDS

# The verb a credit line uses for each role that can be credited by season.
_CREDIT_VERBS = {"director": "directed", "showrunner": "ran", "writer": "wrote"}


def _credits(q: Query, *roles: str) -> list[CreditFact]:
    assert q.show is not None
    return [c for c in q.show.credits if c.role in roles]


def credit_line(q: Query, credit: CreditFact) -> str:
    """One crew credit as a sentence body: who, what they did, on which show and seasons, and any note."""
    name = q.kb.people[credit.person_id].name
    seasons = sorted(parse_seasons(credit.seasons))
    scope = ""
    if len(seasons) > 1:
        scope = f" seasons {seasons[0]}–{seasons[-1]}"
    elif seasons:
        scope = f" season {seasons[0]}"
    show = q.kb.shows[credit.show_id].title
    verb = _CREDIT_VERBS.get(credit.role, "worked on")
    if credit.note and credit.note.startswith("set to"):
        # Announced by the article, not yet done (ingest.crew.SET_TO_DIRECT).
        return f"{name} is {credit.note} {show}{scope}"
    if credit.episodes:
        # A credit for several seasons is told as such, so a count is never read as one season's alone.
        every = "all " if credit.note and ("every" in credit.note or "all" in credit.note) else ""
        episodes = "1 episode" if credit.episodes == 1 else f"{credit.episodes} episodes"
        return f"{name} {verb} {every}{episodes} of {show}{scope}"
    note = f" ({credit.note})" if credit.note else ""
    return f"{name} {verb} {show}{scope}{note}"


async def directors(q: Query) -> Answer:
    """Who directed a show or one of its seasons, with episode counts."""
    if (ask := need_show(q, "directors")) is not None:
        return ask
    assert q.show is not None
    found = _credits(q, "director")
    season = q.resolved_season()
    credited = [max(parse_seasons(c.seasons)) for c in found if parse_seasons(c.seasons)]
    if season is not None and q.season is None and credited and season not in credited:
        # "the latest season" of a show renewed past any season with a director on record: the latest one.
        season = max(credited)
    if season is not None:
        # A season past every one on record ("the lantern keepers season 2"): no unseasoned credit is its.
        beyond = q.season is not None and season > (latest_season_number(q.show) or 1)
        found = [c for c in found if (not c.seasons and not beyond) or season in parse_seasons(c.seasons)]
    if q.person is not None:
        found = [c for c in found if c.person_id == q.person.id] or found
    if not found:
        scope = f" season {season}" if season is not None else ""
        return missing(q, "directors", f"a director for {q.show.title}{scope}")
    # Most episodes first: the director who shaped the show leads.
    found.sort(key=lambda c: (-(c.episodes or 0), c.billing, c.id))
    lines = [credit_line(q, c) for c in found]
    names = tuple(q.kb.people[c.person_id].name for c in found)
    counted = q.has("how many") and found[0].episodes is not None
    return Answer(
        text="; ".join(lines) + ".",
        intent="directors",
        confidence=1.0,
        answers=(str(found[0].episodes), *names) if counted else names,
        sources=sources_for(q.kb, [c.article_id for c in found]),
        title=f"{q.show.title}: directors",
        fields=tuple((q.kb.people[c.person_id].name, c.seasons or "") for c in found[:25]),
        show_id=q.show.id,
    )


async def creator(q: Query) -> Answer:
    """Who created or wrote a show, and who wrote the books it adapts."""
    if (ask := need_show(q, "creator")) is not None:
        return ask
    assert q.show is not None
    asks_books = q.has(*ROLE_WORDS["novelist"])
    order = ("novelist", "creator", "writer") if asks_books else ("creator", "writer", "novelist")
    found = sorted(_credits(q, *order), key=lambda c: order.index(c.role))
    if not found:
        return missing(q, "creator", f"who created {q.show.title}")
    by_person: dict[int, list[str]] = {}
    for credit in found:
        by_person.setdefault(credit.person_id, []).append(ROLE_LABELS[credit.role])
    lines = [f"{q.kb.people[p].name} ({', '.join(roles)})" for p, roles in by_person.items()]
    lead = q.kb.people[found[0].person_id].name
    if found[0].role == "creator":
        text = f"{q.show.title} was created by {lead}"
        if "author of the source novels" in by_person[found[0].person_id]:
            text += f", who also wrote the {q.show.title} novels it is based on"
        text += "."
    else:
        text = f"{q.show.title}: {join_names(lines)}."
    if len(by_person) > 1 and found[0].role == "creator":
        text += " Also credited: " + join_names(lines[1:]) + "."
    unsourced = asks_books and all(c.role != "novelist" for c in found)
    if unsourced:
        # "books?" of a show no fact says adapts books: say so first, then who made it.
        text = f"I don't know of any books {q.show.title} is based on. What I have: {text}"
    elif not asks_books and not q.has(*ROLE_WORDS["writer"]) and found[0].role != "creator":
        # A writer or the novelist is not the creator: say the creator is missing before offering them.
        unsourced = True
        text = f"I don't have a creator for {q.show.title}. What I have: {text}"
    return Answer(
        text=text,
        intent="creator",
        confidence=0.6 if unsourced else 1.0,
        # The creators alone when the show has any: a writer is not the answer to "who created it", and with
        # no creator on record (the books not asked about) the question has no answer value at all.
        answers=()
        if unsourced and not asks_books and not q.has(*ROLE_WORDS["writer"])
        else tuple(
            q.kb.people[p].name
            for p, roles in by_person.items()
            if found[0].role != "creator" or "creator" in roles
        ),
        sources=sources_for(q.kb, [c.article_id for c in found]),
        title=f"{q.show.title}: created by",
        fields=tuple((q.kb.people[p].name, ", ".join(r)) for p, r in by_person.items()),
        show_id=q.show.id,
    )


async def crew(q: Query) -> Answer:
    """Other crew roles: story consultant, showrunner, producers, composer."""
    if (ask := need_show(q, "crew")) is not None:
        return ask
    assert q.show is not None
    wanted = [role for role, words in ROLE_WORDS.items() if role != "novelist" and q.has(*words)]
    if "producer" in wanted and "executive_producer" not in wanted:
        wanted.append("executive_producer")  # "who are the producers" counts executive producers too
    roles = tuple(wanted) or tuple(r for r in ROLE_LABELS if r not in ("director", "creator"))
    found = _credits(q, *roles)
    if not found:
        label = " or ".join(ROLE_LABELS[r] for r in roles[:2]) if wanted else "crew"
        article = "an" if label[0] in "aeiou" else "a"
        return missing(q, "crew", f"{article} {label} for {q.show.title}")
    lines = [f"{q.kb.people[c.person_id].name} ({ROLE_LABELS[c.role]})" for c in found]
    return Answer(
        text=f"{q.show.title} crew: {join_names(lines)}.",
        intent="crew",
        confidence=1.0,
        answers=tuple(q.kb.people[c.person_id].name for c in found),
        sources=sources_for(q.kb, [c.article_id for c in found]),
        title=f"{q.show.title}: crew",
        fields=tuple((q.kb.people[c.person_id].name, ROLE_LABELS[c.role]) for c in found[:25]),
        show_id=q.show.id,
    )


INTENTS = [
    Intent(
        "directors",
        (
            "who directed {show}",
            "who directs {show} {season}",
            "who is the director of {show}",
            "director of {show} {season}",
            "who directed it",
            "who is directing {season}",
            "directors",
            "who directed the episodes of {show}",
            "who are the directors",
            "{show} {season} director",
            "who is directing {show} {season}",
            "who directed {season} of {show}",
            "which directors worked on {show} {season}",
            "how many episodes did {person} direct",
            "who is at the helm of {show} {season}",
            "who is behind the camera on {show}",
        ),
        directors,
        # "at the helm", "behind the camera": fans' idioms for directing.
        cues=(
            "directed",
            "director",
            "directors",
            "directing",
            "directs",
            "at the helm",
            "behind the camera",
        ),
        commands=("director", "directors", "directed"),
        description="directors, per season",
        sample="who directed heartstopper season 3?",
    ),
    Intent(
        "creator",
        (
            "who created {show}",
            "who is the creator of {show}",
            "who made {show}",
            "creator of {show}",
            "who wrote {show}",
            "who wrote the {show} books",
            "who wrote the novels {show} is based on",
            "who is the author of {show}",
            "is {show} based on a book",
            "who came up with {show}",
            "creator",
            "who created it",
            "who wrote it",
            "whose idea was {show}",
            "who wrote the graphic novels",
        ),
        creator,
        cues=(
            "created",
            "creator",
            "creators",
            "made",
            "wrote",
            "author",
            "novel",
            "novels",
            "books",
            "based on",
            "came up with",
            "dreamed up",
            "thought up",
            "invented",
        ),
        commands=("creator", "created", "writer", "author"),
        description="creator, writers and source novels",
        sample="who created heartstopper?",
    ),
    Intent(
        "crew",
        (
            "who is the story consultant on {show}",
            "who is the showrunner of {show}",
            "crew of {show}",
            "who produced {show}",
            "who is the executive producer of {show}",
            "who composed the music for {show}",
            "who else worked on {show}",
            "who is on the crew",
            "crew",
            "who runs {show}",
            "who consulted on the story of {show}",
            "who works on the story of {show}",
            "who else works on {show}",
        ),
        crew,
        cues=(
            "on the story",  # "who works with her on the story side": the story's crew, not its synopsis
            "story side",
            "consultant",
            "showrunner",
            "show runner",
            "producer",
            "produced",
            "crew",
            "composer",
            "composed",
            "cinematographer",
            "editor",
            "costumes",
            "casting",
        ),
        commands=("crew",),
        description="story consultant, showrunner and other crew",
        sample="who is the story consultant on heartstopper?",
    ),
]
