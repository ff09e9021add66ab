"""Cast lists, who plays a character, and whom an actor plays."""

from __future__ import annotations

from db.knowledge import CreditFact
from intents.answer import Answer
from intents.handlers.common import missing, need_show
from intents.handlers.new_cast import unknown_newcomers
from intents.handlers.off_screen_roles import off_screen_role
from intents.handlers.unnamed_parts import described_lead, said_part, unnamed_part
from intents.query import Query, join_names, parse_seasons, sources_for
from intents.registry import Intent, Subject
from intents.text import fold


def _actors(credits: list[CreditFact]) -> list[CreditFact]:
    seen: set[int] = set()
    result = []
    for credit in sorted((c for c in credits if c.role == "actor"), key=lambda c: (c.billing, c.id)):
        if credit.person_id not in seen:
            seen.add(credit.person_id)
            result.append(credit)
    return result


async def cast(q: Query) -> Answer:
    """Who stars in a show, with their characters."""
    if (ask := need_show(q, "cast")) is not None:
        return ask
    assert q.show is not None
    actors = _actors(q.show.credits)
    if not actors:
        return missing(q, "cast", f"a cast list for {q.show.title}")
    stated = {n for c in q.show.credits if c.role == "actor" for n in parse_seasons(c.seasons)}
    named = q.show.title
    admitted = unknown_newcomers(q, stated)  # "who is new in s3": said unknown first, unless facts say
    if q.season is not None and stated:
        named = f"{q.show.title} season {q.season}"
        # A cast stated for some season ("season 2 will star A and B") is that season's: asked about another
        # season, the rest of the cast (its season unstated) may be from any season, so none is given.
        ids = {
            c.person_id for c in q.show.credits if c.role == "actor" and q.season in parse_seasons(c.seasons)
        }
        actors = [c for c in actors if c.person_id in ids]
        if not actors:
            known = ", ".join(str(n) for n in sorted(stated))
            season_word = "seasons" if len(stated) > 1 else "season"
            what = f"the cast of {q.show.title} season {q.season} (only of {season_word} {known})"
            return missing(q, "cast", what)
    people = q.kb.people
    listed = [
        f"{people[c.person_id].name} ({c.character})" if c.character else people[c.person_id].name
        for c in actors
    ]
    return Answer(
        text=f"{admitted or ''}{named} stars {join_names(listed, limit=12)}.",
        intent="cast",
        confidence=1.0,
        answers=tuple(people[c.person_id].name for c in actors),
        sources=sources_for(q.kb, [c.article_id for c in actors]),
        title=f"{q.show.title}: cast",
        fields=tuple((people[c.person_id].name, c.character or "cast") for c in actors[:25]),
        show_id=q.show.id,
    )


async def who_plays(q: Query) -> Answer:
    """The actor behind a character."""
    credit = q.character
    if credit is None and q.show is not None:
        credit = described_lead(q, _actors(q.show.credits))
    if credit is None:
        if q.person is not None:
            return await plays_whom(q)
        return unnamed_part(q, _actors(q.show.credits) if q.show is not None else [])
    show = q.kb.shows[credit.show_id]
    actor = q.kb.people[credit.person_id]
    note = f" ({credit.note})" if credit.note else ""
    # "who plays charlie in agatha all along": a character of another show says so first.
    elsewhere = _named_other_show(q, show.id)
    lead = f"I don't have {credit.character} in {elsewhere}'s cast in my facts. " if elsewhere else ""
    return Answer(
        text=f"{lead}{actor.name} plays {credit.character} in {show.title}{note}.",
        intent="who_plays",
        confidence=1.0,
        answers=(actor.name,),
        sources=sources_for(q.kb, [credit.article_id]),
        title=f"{credit.character} in {show.title}",
        fields=(("Played by", actor.name),),
        # "who plays nick in heartstopper" ... "and elle?": Ellie is another show's; the fan's stays the
        # subject of what they ask next ("and the director?").
        show_id=q.show.id if elsewhere and q.show is not None else show.id,
    )


def _named_other_show(q: Query, show_id: int) -> str | None:
    """The title of a show the question itself names that isn't `show_id`, or None."""
    if q.show is None or q.show.id == show_id:
        return None
    return q.show.title if f" {fold(q.show.title)} " in f" {' '.join(q.tokens)} " else None


# Words that ask for the part someone plays, not only whether they are in a show.
_ASKS_A_PART = frozenset(
    "who whom what which play plays playing played role roles character characters part".split()
)


async def plays_whom(q: Query) -> Answer:
    """The characters an actor plays (in one show, if the question names it)."""
    person = q.person
    if person is None:
        if q.character is not None or (q.show is not None and said_part(q.tokens, q.show) is not None):
            return await who_plays(q)  # "who is playing the superintendent in salt marsh": no actor named
        return Answer(text="Which actor do you mean?", kind="unknown", intent="plays_whom", confidence=0.5)
    roles = [c for c in person.credits if c.role == "actor"]
    in_context = q.show_in_conversation and q.show is not None and any(c.show_id == q.show.id for c in roles)
    if q.show is not None and (q.show_named or in_context):
        in_show = [c for c in roles if c.show_id == q.show.id]
        if not in_show:
            return off_screen_role(
                q, person, missing(q, "plays_whom", f"a role for {person.name} in {q.show.title}")
            )
        roles = in_show
    if not roles:
        return off_screen_role(q, person, missing(q, "plays_whom", f"an acting role for {person.name}"))
    if not any(c.character for c in roles):
        shows = join_names([q.kb.shows[c.show_id].title for c in roles])
        return Answer(
            text=f"{person.name} is in the cast of {shows}, but I don't know their character yet.",
            # Names alone ("aubrey plaza agatha all along?") ask whether they are in it: that is answered.
            kind="unknown" if _ASKS_A_PART.intersection(q.tokens) else "answer",
            intent="plays_whom",
            confidence=0.9,
            sources=sources_for(q.kb, [c.article_id for c in roles]),
            show_id=roles[0].show_id,
        )
    roles = [c for c in roles if c.character]
    parts = []
    for credit in roles:
        show = q.kb.shows[credit.show_id].title
        note = f" ({credit.note})" if credit.note else ""
        parts.append(f"{credit.character} in {show}{note}")
    return Answer(
        text=f"{person.name} plays {join_names(parts)}.",
        intent="plays_whom",
        confidence=1.0,
        answers=tuple(c.character or "" for c in roles),
        sources=sources_for(q.kb, [c.article_id for c in roles]),
        title=f"{person.name}: roles",
        fields=tuple((q.kb.shows[c.show_id].title, c.character or "cast") for c in roles[:25]),
        show_id=roles[0].show_id,
    )


INTENTS = [
    Intent(
        "cast",
        (
            "who else is in {show} besides {person}",
            "who else is in {show} besides {person} and {person}",
            "who else stars in {show}",
            "who are the main characters in {show}",
            "characters in {show}",
            "who co stars with {person} in {show}",
            "who is in {show} with {person}",
            "who is {person} acting opposite in {show}",
            "who else is in {show}",
            "who is in {show}",
            "who is in the cast of {show}",
            "cast of {show}",
            "{show} cast",
            "who stars in {show}",
            "who acts in {show}",
            "who are the actors in {show}",
            "cast",
            "who is in it",
            "who stars in it",
            "who is in {show} {season}",
            "main cast {show}",
            "the cast",
            "actors in {show}",
            "people in {show}",
            "who's in the cast",
            "list the cast of {show}",
            "stars of {show}",
            "{show} leads",
            "who stars alongside {person} in {show}",
        ),
        cast,
        cues=(
            "cast",
            "stars in",
            "star in",
            "starring",
            "actors",
            "actor",
            "acts in",
            "who is in",
            "whos in",
            "co stars",
            "costars",
            "alongside",
            "characters",
        ),
        commands=("cast", "stars"),
        description="who is in a show",
        sample="who is in the cast of heartstopper?",
    ),
    Intent(
        "who_plays",
        (
            "who is the actor that plays {character}",
            "is {person} playing {character}",
            "who is playing {character} in {show}",
            "does {person} play {character}",
            "who plays {character}",
            "who plays {character} in {show}",
            "who is {character} played by",
            "who played {character}",
            "{character} actor",
            "{character} actress",
            "whos {character}s actor",
            "who is the actor for {character}",
            "who is the actress that plays {character}",
            "which actor plays {character}",
            "who portrays {character}",
            "who is playing {character}",
            "actor who plays {character} in {show}",
        ),
        who_plays,
        cues=("plays", "played by", "portrays", "portrayed"),
        subject=Subject.CHARACTER,
        commands=(),
        description="who plays a character",
        sample="who plays nick?",
    ),
    Intent(
        "plays_whom",
        (
            "{person} role in {show}",
            "{person}s role",
            "what is {person}s character in {show}",
            "who does {person} play",
            "who does {person} play in {show}",
            "what role does {person} play",
            "which character does {person} play",
            "{person} character",
            "what character is {person}",
            "who is {person} in {show}",
            "what part does {person} play",
            "what is {person}s role in {show}",
            "who did {person} play",
            "who is {person} playing in {show}",
        ),
        plays_whom,
        cues=("does play", "role does", "character does", "what character", "which character", "part does"),
        subject=Subject.PERSON,
        description="whom an actor plays",
        sample="who does kit connor play?",
    ),
]
