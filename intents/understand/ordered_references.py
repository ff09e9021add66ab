"""Whom or which show a reference by order or description means in the conversation: "the first guy", "the
other one", "the other director", "his show", "the disney one"."""

from __future__ import annotations

from db.fact_records import ShowFacts
from db.knowledge import Knowledge
from intents.dialogue import Conversation
from intents.text import STOPWORDS, fold

# Not "last": "was that the last one?" asks about a final season.
ORDER_WORDS = frozenset({"first", "other", "earlier", "previous"})
_EARLY = frozenset({"first", "earlier", "previous"})


def show_by_order(order: str, conv: Conversation) -> int | None:
    """The show "the first show" / "the other show" means: the earliest asked, else another one talked of."""
    in_turns = list(dict.fromkeys(t.show_id for t in conv.turns if t.show_id is not None))
    if order in _EARLY and in_turns and in_turns[0] != conv.last_show_id:
        return in_turns[0]
    # The shows made the subject, then those only set against a date ("is that before hs3?").
    asked = (t.show_id for t in reversed(conv.turns) if t.show_id is not None)
    others = [s for s in dict.fromkeys([*conv.shows, *asked]) if s != conv.last_show_id]
    return others[0] if others else None


def person_by_order(order: str, conv: Conversation) -> int | None:
    """The person "the first guy" / "the other one" means among the people the conversation named."""
    in_turns = list(dict.fromkeys(t.person_id for t in conv.turns if t.person_id is not None))
    if order in _EARLY and len(in_turns) > 1:
        return in_turns[0]
    latest = in_turns[-1] if in_turns else (conv.people[0] if conv.people else None)
    if conv.last is not None and conv.last.person_id is not None:
        latest = conv.last.person_id  # "charlie?" "nick?" "which of them is in agatha" -> joe: the latest
    if conv.last is not None and conv.last.person_id is None and len(in_turns) > 1:
        # The last answer named people nobody asked about ("which of them is in agatha?" -> its cast): the
        # other one is the other person the fan asked about.
        return [p for p in in_turns if p != latest][-1]
    others = [p for p in conv.people if p != latest]
    return others[0] if others else None


_LEADS = 2  # the billed places a show's two leads hold


def co_credited(conv: Conversation, kb: Knowledge) -> int | None:
    """ "the other guy" when the conversation named one person only: the one other person with the same
    credit on the conversation's show ("what has andy newberry directed" ... "nah the other guy": the other
    director); None when there are none or several."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    latest = conv.people[0]
    credited = {c.show_id for c in kb.people[latest].credits}
    # The conversation's show, else the one show the person is credited on.
    show_id = conv.last_show_id if conv.last_show_id in credited else next(iter(credited), None)
    if show_id not in kb.shows or (conv.last_show_id not in credited and len(credited) != 1):
        return None
    own = [c for c in kb.people[latest].credits if c.show_id == show_id]
    roles = {c.role for c in own}
    others = {
        c.person_id
        for c in kb.shows[show_id].credits
        if c.role in roles and c.role != "actor" and c.person_id != latest
    }
    if not others and any(c.role == "actor" and 0 < c.billing <= _LEADS for c in own):
        # "who plays charlie" ... "and the other guy's character?": one of the two leads, the other is the
        # other lead.
        others = {
            c.person_id
            for c in kb.shows[show_id].credits
            if c.role == "actor" and 0 < c.billing <= _LEADS and c.person_id != latest
        }
    return next(iter(others)) if len(others) == 1 else None


def show_of_person(conv: Conversation, kb: Knowledge, besides: int | None) -> list[str] | None:
    """The title words of "his show": the one show of the newest person (other than `besides`), or None."""
    if not conv.people or conv.people[0] not in kb.people:
        return None
    credits = kb.people[conv.people[0]].credits
    shows = list(dict.fromkeys(c.show_id for c in credits if c.show_id in kb.shows and c.show_id != besides))
    if len(shows) > 1:
        # Of several, the one the conversation named most recently; else the question decides.
        shows = [s for s in conv.shows if s in shows][:1]
    return fold(kb.shows[shows[0]].title).split() if len(shows) == 1 else None


# Words that order or judge shows rather than describe one ("the new one" is a season, not a show).
_NOT_DESCRIPTIONS = frozenset(
    "new next last latest old older newer first second third final other same best good main big".split()
)


def show_described(word: str, conv: Conversation, kb: Knowledge) -> list[str] | None:
    """The one show of the conversation (its shows, and its people's) whose network, synopsis or aliases hold
    `word`, or None when none or several do."""
    if word in STOPWORDS or word in _NOT_DESCRIPTIONS or word in ORDER_WORDS:
        return None
    candidates = list(conv.shows)
    for person in conv.people:
        if person in kb.people:
            candidates += [c.show_id for c in kb.people[person].credits]
    found = _fitting(word, candidates, kb)
    if not found and conv.last_show_id in kb.shows:
        # "when's hs3 out" ... "and the disney one?": of the shows on Disney+, the one someone on the
        # conversation's show is also in (Agatha All Along, with Joe Locke), not every Disney+ show held.
        people = [c.person_id for c in kb.shows[conv.last_show_id].credits if c.person_id in kb.people]
        found = _fitting(word, [c.show_id for p in people for c in kb.people[p].credits], kb)
    return fold(found[0].title).split() if len(found) == 1 else None


def _fitting(word: str, candidates: list[int], kb: Knowledge) -> list[ShowFacts]:
    """The shows among `candidates` whose network, synopsis or aliases hold `word`."""
    found = []
    for show_id in dict.fromkeys(candidates):
        show = kb.shows.get(show_id)
        if show is None:
            continue
        about = " ".join([show.network or "", show.synopsis or "", *show.aliases])
        if word in fold(about).split():
            found.append(show)
    return found
