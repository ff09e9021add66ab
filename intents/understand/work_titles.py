"""Titles Marquee knows only from someone's other work: "who directed the library suicides" is answered from
Euros Lyn's credits ("worked on"), and a question about anything else of it says what little is known."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from db.knowledge import Knowledge, PersonFacts, WorkFact
from intents.answer import Answer
from intents.query import join_names, sources_for
from intents.resolve import Resolution
from intents.text import STOPWORDS, fold
from intents.understand.context import YES_NO_OPENERS

# What the reply says of a title held only as someone's work: the words say it is a title ("its credits").
BEYOND_CREDITS = "beyond its credits"

TITLE_CUTOFF = 88.0  # "docter who" is Doctor Who; one work title must be this close to the unknown words
# Intents that ask who made or is in a title: a person's work credit answers them.
_NAME_PART = 3  # a shorter part of a name ("li", "jo") is too often another word
WHO_INTENTS = frozenset({"directors", "creator", "crew", "profile", "other_work"})


def _without_article(title: str) -> str:
    return title[4:] if title.startswith("the ") else title


def credited_work(intent: str, res: Resolution, kb: Knowledge) -> Answer | None:
    """The people whose other work is the unknown title the question names, or None."""
    unknown = {word for run in res.leftovers for word in run} | set(res.unknown_title)
    found: list[tuple[PersonFacts, WorkFact]] = []
    for person, work in kb.unlinked_work():  # (a show Marquee has facts about is linked instead)
        if _names(_without_article(fold(work.title)), res.tokens, unknown):
            found.append((person, work))
    titles = {work.title for _, work in found}
    if len(titles) != 1:
        return None
    title = titles.pop()
    roles = {_did(work) for _, work in found}
    credits = (
        f"{join_names([person.name for person, _ in found])} {roles.pop()}"
        if len(roles) == 1
        else join_names([f"{person.name} {_did(work)}" for person, work in found])
    )
    sources = sources_for(kb, [work.article_id for _, work in found])
    named = {person.id: person.name for person in res.people}
    # A yes/no naming one of them by a part of their name ("was lyn a director on doctor who") asks of them,
    # though a name's part alone links to no one.
    named.update({p.id: p.name for p, _ in found if _says_part_of(p.name, res.tokens)})
    if res.tokens[:1] and res.tokens[0] in YES_NO_OPENERS and named:
        if any(p.id in named for p, _ in found):
            # "has andy newberry directed episodes of shetland?": the credit says yes.
            text = f"Yes. {credits} {title}."
            return Answer(text=text, intent=intent, confidence=0.8, answers=("Yes",), sources=sources)
        who = join_names(list(named.values()))
        text = f"I don't have {who} working on {title} in my facts: {credits} {title}."
        return Answer(text=text, kind="unknown", intent=intent, confidence=0.5, sources=sources)
    if (
        intent in WHO_INTENTS
        and (asked := _asked_role(res.tokens))
        and not any(_fits(asked, person, work) for person, work in found)
    ):
        # "who wrote shetland": Andy Newberry directed episodes of it, which is not who wrote it.
        return Answer(
            text=f"I don't have who {asked.verb} {title} in my facts. All I have: {credits} {title}.",
            kind="unknown",
            intent=intent,
            confidence=0.5,
            sources=sources,
        )
    if intent in WHO_INTENTS:
        return Answer(
            text=f"{credits} {title} (that is all I have about {title}).",
            intent=intent,
            confidence=0.8,
            answers=tuple(person.name for person, _ in found),
            sources=sources,
        )
    return Answer(
        text=f"I don't have facts about {title} {BEYOND_CREDITS}: {credits} it.",
        kind="unknown",
        intent=intent,
        confidence=0.5,
        sources=sources,
    )


@dataclass(frozen=True)
class _AskedRole:
    """A job a question names: the words saying it, the reply's verb, and the credit roles doing it."""

    words: frozenset[str]
    verb: str
    roles: frozenset[str]


# A job asked by its own words ("made" and "worked on" name none: any credit answers them).
_ASKED_ROLES = (
    _AskedRole(
        frozenset({"directed", "director", "directors", "directing", "directs", "direct"}),
        "directed",
        frozenset({"director"}),
    ),
    _AskedRole(
        frozenset({"wrote", "writer", "writers", "written", "write", "writes", "screenplay", "script"}),
        "wrote",
        frozenset({"writer", "creator", "novelist", "showrunner"}),
    ),
    _AskedRole(frozenset({"created", "creator", "creators", "create"}), "created", frozenset({"creator"})),
    _AskedRole(
        frozenset({"showrunner", "showrunners"}), "is the showrunner of", frozenset({"showrunner", "creator"})
    ),
)


def _asked_role(tokens: list[str]) -> _AskedRole | None:
    """The one job the question's words name, or None (none, or more than one)."""
    asked = [role for role in _ASKED_ROLES if not role.words.isdisjoint(tokens)]
    return asked[0] if len(asked) == 1 else None


def _fits(asked: _AskedRole, person: PersonFacts, work: WorkFact) -> bool:
    """Whether the work credit may be the asked job: its own words say the job ("directed episodes"), or it
    says none ("worked on") and the person is credited with that job on some show."""
    said = set(fold(work.role or "").split()) - {"worked", "on", "of", "episodes", "for"}
    if said:
        return not asked.words.isdisjoint(said) or not asked.roles.isdisjoint(said)
    return any(credit.role in asked.roles for credit in person.credits)


def _says_part_of(name: str, tokens: list[str]) -> bool:
    """Whether the words say a long part of the name ("lyn" of Euros Lyn)."""
    parts = {w for w in fold(name).split() if len(w) >= _NAME_PART and w not in STOPWORDS}
    return not parts.isdisjoint(tokens)


def _names(title: str, tokens: list[str], unknown: set[str]) -> bool:
    """Whether some run of the question's words, one of them unknown, spells the title (give or take a typo;
    "who" of "doctor who" is a question word, so the run is read from the words, not the unknown ones)."""
    size = len(title.split())
    for start in range(len(tokens) - size + 1):
        window = tokens[start : start + size]
        around = tokens[max(0, start - 1) : start] + tokens[start + size : start + size + 1]
        if unknown.isdisjoint(window) or not (unknown - STOPWORDS).isdisjoint(around):
            continue  # "hidden figures" is not Hidden: the unknown words go on past the title
        if fuzz.ratio(title, " ".join(window)) >= TITLE_CUTOFF:
            return True
    return False


def _did(work: WorkFact) -> str:
    role = (work.role or "worked on").strip()
    return f"{role} of" if role.endswith("episodes") else role if " " in role else "worked on"
