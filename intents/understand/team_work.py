"""Someone of one show's team on a title known only as someone's other work: "who from the heartstopper team
worked on doctor who?", "switching topics: shetland. anyone from the heartstopper crew involved?", "question
about bregus: which heartstopper person worked on that". The title is named in the question, or pointed at
("on it", "that") after the fan named it (the conversation's subject nobody has facts about). Of a title no
one's work holds, nothing is said here: it stays a show Marquee has no facts about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from db.knowledge import Knowledge, PersonFacts, WorkFact
from intents.answer import Answer
from intents.query import join_names, sources_for
from intents.resolve import Resolution
from intents.text import fold

# Words that ask for people: "who from X", "anyone from the X crew", "which X person".
_ASKS_PEOPLE = frozenset(
    "who whos anyone anybody someone somebody person people team crew member members folks".split()
)
_POINTERS = frozenset({"it", "that", "this", "there", "them"})
# Words a title may end before: "worked on shetland too", "in torchwood or hidden".
_AFTER_TITLE = frozenset("too also as and or right then with in on of at before after either ever".split())
_CAST = frozenset("cast actor actors actress actresses star stars".split())
_YES_NO = frozenset("is are was were did does do has have".split())
# Words that make the show named the one the people come from ("from heartstopper", "the heartstopper team"):
# "my mum loves doctor who, who directed it?" asks of Doctor Who alone.
_TEAM = frozenset("team crew cast person people member members folks lot".split())
_FROM = frozenset({"from"})  # ("the director of heartstopper s3" names a role, not a team)


def _title_in(words: Sequence[str], kb: Knowledge) -> str | None:
    """The one title of someone's other work the words spell (with or without "the"), if exactly one; never
    the start of a longer title ("hidden figures" is not Hidden)."""
    found = set()
    for _person, work in kb.unlinked_work():
        title = fold(work.title).split()
        for spelt in (title, title[1:] if title[:1] == ["the"] else title):
            size = len(spelt)
            for at in range(len(words) - size + 1):
                after = words[at + size : at + size + 1]
                if list(words[at : at + size]) == spelt and (not after or after[0] in _AFTER_TITLE):
                    found.add(work.title)
    return found.pop() if len(found) == 1 else None


def _people_of(show_id: int, res: Resolution) -> bool:
    """Whether the question names the show as where the people come from: "from (the) heartstopper", "the
    heartstopper team" (not "the guy from pirates of the caribbean, who does he play in carnival row")."""
    words = res.tokens
    for mention in res.mentions:
        if mention.refs[0].kind != "show" or mention.refs[0].id != show_id:
            continue
        before = [w for w in words[max(0, mention.start - 2) : mention.start] if w != "the"]
        if (before and before[-1] in _FROM) or words[mention.end : mention.end + 1] in ([w] for w in _TEAM):
            return True
    return False


def _clauses(text: str) -> list[list[str]]:
    return [fold(part).split() for part in re.split(r"[.,:;!?()\u2014\u2013]|\s-\s", text)]


def _did(work: WorkFact) -> str:
    role = (work.role or "worked on").strip()
    return f"{role} of" if role.endswith("episodes") else role if " " in role else "worked on"


def team_on_work(
    tokens: list[str], text: str, res: Resolution, pointed: Sequence[Sequence[str]], kb: Knowledge
) -> Answer | None:
    """Who of the one show named worked on the title asked about, or None when that is not the question.
    `pointed`: words "it" may point at, in order: the conversation's subject nobody has facts about, the talk
    around the question ("question about bregus: ..."); `text`: the question as the fan typed it (the
    conversation may have filled its "it" in with the show already)."""
    typed = fold(text).split()
    if len({s.id for s in res.shows}) != 1 or not _ASKS_PEOPLE.intersection(tokens):
        return None
    show = res.shows[0]
    if not _people_of(show.id, res):
        return None
    # Read in the words as typed, a clause at a time: "switching topics: shetland. anyone from ..." ends the
    # title at its full stop.
    title = _title_in(tokens, kb) or next(
        (t for clause in _clauses(text) if (t := _title_in(clause, kb)) is not None), None
    )
    if title is None and _POINTERS.intersection(typed):
        title = next((t for words in pointed if words and (t := _title_in(words, kb)) is not None), None)
    if title is None or fold(title) == fold(show.title):
        return None
    # "anyone from the heartstopper cast": its actors only
    acting = bool(_CAST.intersection(typed))
    team = {c.person_id for c in show.credits if c.role == "actor" or not acting}
    found: list[tuple[PersonFacts, WorkFact]] = [
        (person, work) for person, work in kb.unlinked_work() if work.title == title and person.id in team
    ]
    checked = typed[:1] != [] and typed[0] in _YES_NO  # "is anyone from the hs cast in torchwood?"
    if not found:
        return Answer(
            text=f"{'No: ' if checked else ''}I don't have anyone from {show.title} "
            f"{'in the cast ' if acting else ''}working on {title} in my facts.",
            kind="unknown",
            intent="other_work",
            confidence=0.8,
            show_id=show.id,
        )
    names = [person.name for person, _ in found]
    lines = [f"{person.name} {_did(work)} {title}" for person, work in found]
    return Answer(
        text=f"{'Yes. ' if checked else ''}From {show.title}: {join_names(lines)}.",
        intent="other_work",
        confidence=0.9,
        answers=tuple(names),
        sources=sources_for(kb, [work.article_id for _, work in found]),
        show_id=show.id,
    )
