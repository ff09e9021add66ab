"""The show a two-hop chain describes by someone in it ("the show with nick nelson", "the show joe locke is
joining", "that other show kit connor is in") and the answer that says which it is."""

from __future__ import annotations

import datetime as dt

from db.knowledge import Knowledge, ShowFacts
from intents.answer import Answer
from intents.linking import Mention
from intents.query import sources_for
from intents.subjects import newest_show, show_the_words_name
from intents.text import fold
from intents.understand.claims import networks_in
from intents.understand.context import Composing
from intents.understand.role_words import VERB_ROLES

# Verbs that say someone is only now joining a show: the one of theirs that started last is meant.
_JOINING = frozenset({"is joining", "joins", "will join", "will be in", "will star in", "is starring in"})
SCAFFOLD = frozenset("whos name named called tell novel novels book books comic comics show series".split())


# Words that set two subjects side by side: a title past one belongs to the other side.
_SIDE_BREAKS = frozenset({"or", "than", "vs", "versus"})


def _own_side(tokens: list[str], at: int) -> list[str]:
    """The words of the side of a choice or comparison the word at `at` is on ("which comes first, joe
    locke's marvel debut or hs s3": not "hs s3")."""
    start = max((i + 1 for i in range(at) if tokens[i] in _SIDE_BREAKS), default=0)
    end = next((i for i in range(at, len(tokens)) if tokens[i] in _SIDE_BREAKS), len(tokens))
    return tokens[start:end]


def show_of(
    c: Composing, mention: Mention, how: str | None, others: list[Mention] | None = None
) -> ShowFacts | None:
    """The show a person or character described as 'the show with X' means: one whose words the question
    uses ("the new marvel show with joe locke"), else the newest. With others named beside X ("the show
    kit connor and joe locke star in"), one all of them are in."""
    kb = c.kb
    ref = mention.refs[0]
    if ref.kind == "character" and ref.id in kb.credits:
        return kb.shows.get(kb.credits[ref.id].show_id)
    if ref.kind != "person" or ref.id not in kb.people:
        return None
    role = VERB_ROLES.get(how or "")
    own = kb.people[ref.id].credits
    # "the show euros lyn made 16 episodes of": a verb that names no credit of theirs names none.
    credits = [cr for cr in own if role is None or cr.role == role] or own
    news = [cr for cr in credits if kb.from_news(cr.article_id)] or credits
    shows = [kb.shows[i] for i in dict.fromkeys(cr.show_id for cr in news) if i in kb.shows]
    for other in others or ():
        theirs = _show_ids(c, other)
        shows = [s for s in shows if s.id in theirs] if theirs else shows
    if not shows:
        return None
    aside = _set_aside(c, shows)
    if aside and len(shows) > len(aside):
        # "joe locke's non-heartstopper show", "his other show" beside heartstopper: not the one named.
        shows = [s for s in shows if s.id not in aside]
    named = show_the_words_name(shows, _own_side(c.tokens, mention.start), ignore=SCAFFOLD)
    if named is not None:
        return named
    # "the show where joe locke plays the mystery teen": a character of theirs the question names.
    played = [kb.credits[m.refs[0].id].show_id for m in c.res.mentions if m.refs[0].kind == "character"]
    in_played = [s for s in shows if s.id in played and s.id in {cr.show_id for cr in own}]
    if in_played:
        return in_played[0]
    if c.has("other") and len(shows) > 1 and c.show is not None:
        # "that other show joe locke is in": not the one the conversation (or the default) is about.
        not_talked_about = [s for s in shows if s.id != c.show.id]
        return not_talked_about[0] if not_talked_about else None
    # "the disney+ show joe locke is in": the one on the network the question names.
    on_network = [s for s in shows if s.network and any(fold(s.network) in fold(n) for n in networks_in(c))]
    if on_network:
        return on_network[0]
    if c.has(*_NEXT) and (coming := _next_to_come(c, shows)) is not None:
        return coming  # "the next thing joe locke is in": the one whose premiere comes first from today
    if how in _JOINING or c.has("new show", "latest show", "newest show", "upcoming show", "new series"):
        # A show someone joins, or their new show, is the one that started last (not the newest season).
        return max(shows, key=lambda s: min((r.on for r in s.releases if r.on), default=dt.date.min))
    return newest_show(shows) if c.has("new", "latest", "upcoming", "next") else shows[0]


_NEXT = ("next show", "next thing", "next project", "next series", "next one")


def _next_to_come(c: Composing, shows: list[ShowFacts]) -> ShowFacts | None:
    """The show whose first release still to come is nearest; None when none has one."""
    coming = [
        (min(days), s.id) for s in shows if (days := [r.on for r in s.releases if r.on and r.on >= c.today])
    ]
    return c.kb.shows[min(coming)[1]] if coming else None


_SETTING_ASIDE = frozenset({"non", "not", "besides", "except", "than"})  # "other than heartstopper"


def _set_aside(c: Composing, shows: list[ShowFacts]) -> set[int]:
    """The shows a description sets aside: one named after "non", "besides", "other than", or, when it asks
    for someone's "other" show, the show the question names or the conversation is about."""
    ids = {s.id for s in shows}
    aside = {
        m.refs[0].id
        for m in c.res.mentions
        if m.refs[0].kind == "show" and m.start > 0 and c.tokens[m.start - 1] in _SETTING_ASIDE
    }
    if c.has("other show", "other series", "other shows", "other one") and c.show is not None:
        aside.add(c.show.id)
    return aside & ids


def show_bridge(kb: Knowledge, mention: Mention, show: ShowFacts) -> Answer:
    """The fact that found the show: whose show it is, in which role."""
    ref = mention.refs[0]
    if ref.kind == "character":
        credit = kb.credits[ref.id]
        text = f"{credit.character} is in {show.title}."
        ids: list[int | None] = [credit.article_id]
    else:
        credits = [cr for cr in kb.people[ref.id].credits if cr.show_id == show.id]
        role = credits[0].role.replace("_", " ") if credits else "credit"
        text = f"{ref.name}'s show is {show.title} ({role})."
        ids = [cr.article_id for cr in credits]
    return Answer(
        text=text, kind="answer", answers=(show.title,), sources=sources_for(kb, ids), show_id=show.id
    )


def _show_ids(c: Composing, mention: Mention) -> set[int]:
    """The shows a person or character named is in (empty for anything else)."""
    ref = mention.refs[0]
    if ref.kind == "character" and ref.id in c.kb.credits:
        return {c.kb.credits[ref.id].show_id}
    if ref.kind == "person" and ref.id in c.kb.people:
        return {cr.show_id for cr in c.kb.people[ref.id].credits}
    return set()
