"""People: who someone is, and what else they have worked on."""

from __future__ import annotations

from db.knowledge import PersonFacts, WorkFact
from intents.answer import Answer
from intents.handlers.cast import who_plays
from intents.query import Query, join_names, sources_for
from intents.registry import Intent, Subject
from intents.roles import ROLE_LABELS
from intents.timefmt import distance, long_date
from intents.title_words import FRANCHISES


def _person(q: Query) -> PersonFacts | None:
    if q.person is not None:
        return q.person
    if q.character is not None:
        return q.kb.people[q.character.person_id]
    return None


def _unknown_person(intent: str) -> Answer:
    return Answer(
        text="Which person do you mean? Try `/who kit connor`.", kind="unknown", intent=intent, confidence=0.5
    )


def _credit_phrases(q: Query, person: PersonFacts) -> list[str]:
    phrases = []
    for credit in person.credits:
        show = q.kb.shows[credit.show_id].title
        if credit.role == "actor":
            phrases.append(f"plays {credit.character} in {show}" if credit.character else f"stars in {show}")
        else:
            parts = [f"season{'s' * ('-' in credit.seasons)} {credit.seasons}"] if credit.seasons else []
            parts += [f"{credit.episodes} episodes"] if credit.episodes else []  # "what did he do exactly"
            scope = f" ({', '.join(parts)})" if parts else ""
            phrases.append(f"is the {ROLE_LABELS.get(credit.role, credit.role)} of {show}{scope}")
    return phrases


def _work_phrases(q: Query, works: list[WorkFact]) -> list[str]:
    """'directed episodes of Shetland and Hidden', 'plays Mystery Teen in Agatha All Along (Disney+, ...)'."""
    grouped: dict[str, list[str]] = {}
    phrases: list[str] = []
    for w in works:
        if w.role and w.role[0].isupper():  # a character name
            extra = ", ".join(
                x for x in (w.network, f"{long_date(w.on)}, {distance(w.on, q.today)}" if w.on else None) if x
            )
            note = f"; {w.note}" if w.note else ""
            phrases.append(f"plays {w.role} in {w.title}" + (f" ({extra}{note})" if extra or note else ""))
        else:
            grouped.setdefault(w.role or "worked on", []).append(w.title)
    for role, titles in grouped.items():
        verb = f"{role} of" if role.startswith("directed") else role
        phrases.insert(0, f"{verb} {join_names(titles)}")
    return phrases


def _credited_on(person: PersonFacts, show_id: int) -> bool:
    return any(c.show_id == show_id for c in person.credits)


def _main_credit(q: Query, person: PersonFacts) -> str:
    if not person.credits:
        return "the shows I know"
    return q.kb.shows[person.credits[0].show_id].title


async def profile(q: Query) -> Answer:
    """Who a person is: their credits, summary and other work ("who is charlie spring" asks who plays him)."""
    if q.character is not None and q.person is None:
        return await who_plays(q)
    person = _person(q)
    if person is None:
        return _unknown_person("profile")
    phrases = _credit_phrases(q, person)
    text = f"{person.name} {join_names(phrases)}." if phrases else f"{person.name}."
    if person.summary and not phrases:
        text = f"{person.name}: {person.summary}"
    others = [
        w for w in person.work if not any(q.kb.shows[c.show_id].title == w.title for c in person.credits)
    ]
    if others:
        text += " Also known for " + join_names([w.title for w in others]) + "."
    articles = [c.article_id for c in person.credits] + [w.article_id for w in person.work]
    return Answer(
        text=text,
        intent="profile",
        confidence=1.0,
        answers=tuple(phrases) or ((person.summary,) if person.summary else ()),
        sources=sources_for(q.kb, articles),
        title=person.name,
        fields=tuple(
            (q.kb.shows[c.show_id].title, c.character or ROLE_LABELS.get(c.role, c.role))
            for c in person.credits[:25]
        ),
        show_id=person.credits[0].show_id if person.credits else None,
    )


async def other_work(q: Query) -> Answer:
    """What a person has worked on; "what else" leaves out the show the conversation is about."""
    person = _person(q)
    if person is None:
        return _unknown_person("other_work")
    if (on_show := _roles_on_named_show(q, person)) is not None:
        return on_show
    excluded: str | None = None
    if q.has(
        "else",
        "other",
        "besides",
        "apart",
        "outside",
        "beyond",
        "joining",
        "next",
        "upcoming",
        *FRANCHISES,
        *_CAREER_WORDS,
    ) or (q.show is not None and q.show_named):
        # The show named, or the one the conversation is about when they are in it ("who plays the mystery
        # teen in agatha all along?" ... "what else is he in?": besides agatha); else what they are known for.
        talked_of = q.show is not None and q.show_in_conversation and _credited_on(person, q.show.id)
        own = q.show is not None and (q.show_named or talked_of)
        excluded = q.show.title if q.show is not None and own else _main_credit(q, person)
    works = [w for w in person.work if w.title != excluded]
    work_titles = {w.title for w in works}
    credits = [
        c
        for c in person.credits
        if q.kb.shows[c.show_id].title not in work_titles and q.kb.shows[c.show_id].title != excluded
    ]
    phrases = _credit_phrases(q, PersonFacts(person.id, person.name, None, credits)) + _work_phrases(q, works)
    titles = list(dict.fromkeys([q.kb.shows[c.show_id].title for c in credits] + [w.title for w in works]))
    books = [c for c in person.credits if c.role == "novelist" and c.show_id in q.kb.shows]
    if not phrases and books:
        # The novels a show adapts are work of their own besides the show ("did she write anything else").
        novels = f"the {q.kb.shows[books[0].show_id].title} novels"
        return Answer(
            text=f"Besides the show, {person.name} wrote {novels} it is based on; I don't have other work "
            f"for {person.name} in my facts yet.",
            intent="other_work",
            confidence=0.9,
            answers=(novels,),
            sources=sources_for(q.kb, [c.article_id for c in books]),
        )
    # The show left out only because it is what they are known for, while the conversation is about another
    # one ("which of them is in agatha" ... "what else is the other lead in"): named after what is missing.
    unasked = q.show_in_conversation and q.show is not None and q.show.title != excluded
    held = [c for c in person.credits if q.kb.shows[c.show_id].title == excluded] if unasked else []
    if not phrases and (known := _credit_phrases(q, PersonFacts(person.id, person.name, None, held))):
        # "the other lead, what else is he in?" (talking of agatha) of someone known only for heartstopper:
        # say what is missing, then the show they are known for.
        return Answer(
            text=f"I don't have other work for {person.name} in my facts yet; "
            f"{person.name} {join_names(known)}.",
            intent="other_work",
            confidence=0.9,
            answers=(person.name,),
            sources=sources_for(q.kb, [c.article_id for c in held]),
        )
    if not phrases and q.has(*_CAREER_WORDS) and (known := _credit_phrases(q, person)):
        # "what's her background": nothing else held, said first, then what she is known for here.
        return Answer(
            text=f"I don't have other work for {person.name} in my facts yet; "
            f"{person.name} {join_names(known)}.",
            kind="unknown",
            intent="other_work",
            confidence=0.9,
            answers=(person.name,),
        )
    if not phrases:
        return Answer(
            text=f"I don't have other work for {person.name} in my facts yet.",
            kind="unknown",
            intent="other_work",
            confidence=0.9,
        )
    lead = f"Besides {excluded}, " if excluded else ""
    # "how many shows has X done": the count first, then what they are.
    count = f"{len(titles)} titles in my facts. " if "how many" in " ".join(q.tokens) else ""
    return Answer(
        text=f"{count}{lead}{person.name} {join_names(phrases)}.",
        intent="other_work",
        confidence=1.0,
        answers=tuple(titles),
        sources=sources_for(q.kb, [w.article_id for w in works] + [c.article_id for c in credits]),
        title=f"{person.name}: work",
        fields=tuple((w.title, w.role or "") for w in works[:25]),
    )


def _roles_on_named_show(q: Query, person: PersonFacts) -> Answer | None:
    """ "what other roles does orlando bloom have on carnival row", "what has X been credited with on that
    show": every credit of theirs on the show named, or None when the question asks about no roles there."""
    if q.show is None or not q.show_named or not q.has(*_ROLE_WORDS):
        return None
    credits = [c for c in person.credits if c.show_id == q.show.id]
    if not credits:
        return None
    phrases = _credit_phrases(q, PersonFacts(person.id, person.name, None, credits))
    return Answer(
        text=f"{person.name} {join_names(phrases)}.",
        intent="other_work",
        confidence=1.0,
        answers=tuple(phrases),
        sources=sources_for(q.kb, [c.article_id for c in credits]),
        title=f"{person.name}: {q.show.title}",
        show_id=q.show.id,
    )


# Someone's working life asked for ("what's his background", "her pedigree"): what they did besides the show.
_CAREER_WORDS = ("background", "backgrounds", "pedigree", "career", "careers")
# Words that ask about someone's roles on a show ("what other roles does X have on Y").
_ROLE_WORDS = ("role", "roles", "job", "jobs", "credited", "credit", "credits", "hats", "positions")


INTENTS = [
    Intent(
        "profile",
        (
            "what does {person} do on {show}",
            "what does {person} do",
            "what is {person}s job on {show}",
            "who is {person}",
            "tell me about {person}",
            "{person}",
            "who is {character}",
            "what does {person} do",
            "who",
            "info on {person}",
            "{person} bio",
            "is {person} in {show}",
        ),
        profile,
        cues=("who is", "whos", "bio", "biography"),
        subject=Subject.PERSON,
        commands=("who", "person", "profile"),
        description="a person's profile",
        sample="who is kit connor?",
    ),
    Intent(
        "other_work",
        (
            "has {person} done anything besides {show}",
            "did {person} direct {show}",
            "did {person} work on {show}",
            "which {network} show is {person} in",
            "what {network} series is {person} in",
            "what did {person} direct",
            "what shows has {person} worked on",
            "what has {person} been in",
            "what show is {person} in",
            "which show is {person} joining",
            "what series is {person} in",
            "what shows is {person} in",
            "what is {person} in",
            "what else has {person} been in",
            "what else has {person} directed",
            "other shows by {person}",
            "what other shows has {person} worked on",
            "what is {person} known for",
            "{person} other work",
            "what has {person} directed",
            "what marvel show is {person} in",
            "is {person} in the mcu",
            "what is {person} doing next",
            "what other work has {person} done",
            "what is {person} best known for",
            "what else did {person} work on",
            "{person} filmography",
            "{person} credits",
            "{person}s credits",
            "what are {person}s other credits",
            "what is {person}s next project",
            "what does {person} have coming up",
            "what has {person} got coming up next",
            "what roles does {person} have on {show}",
            "what is {person} credited with on {show}",
        ),
        other_work,
        cues=("else", "other", "known for", "filmography", "next project", *FRANCHISES, "worked on"),
        subject=Subject.PERSON,
        commands=("work", "filmography"),
        description="a person's other work",
        sample="what else has andy newberry directed?",
    ),
]
