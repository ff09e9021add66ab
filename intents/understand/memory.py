"""What an answered question leaves in the conversation: its words and slots, the shows and people it named or
answered with, an unknown subject, and the date it gave."""

from __future__ import annotations

import datetime as dt
import re
import sys

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation, SlotKind, Turn
from intents.linking import EntityIndex
from intents.names import EntityRef
from intents.resolve import Resolution
from intents.text import fold
from intents.understand.answered_people import actors_of_parts_answered, new_people_first
from intents.understand.asides import person_named_last, refers_back
from intents.understand.credited_titles import widened_title
from intents.understand.fragments import titled
from intents.understand.unknown_subjects import (
    PERSON_QUESTIONS,
    UNKNOWN_LEAD,
    after_in,
    names_unknown,
    owned,
    someone_unknown,
    span_of,
    still_about_unknown,
    still_named,
    versions_asked,
)
from intents.understand.value_slots import value_spans

# Nouns that say a question was about some title, even when none of its words is read as one.
_TITLE_NOUNS = frozenset("movie movies film films show shows series documentary sequel prequel".split())
# Words before such a noun that name no title ("watching the show" is the show already talked about).
_BARE_NOUN_LEADS = frozenset("the a an this that my your his her their our new another any some".split())

# Who does something, opening a clause the title slot may misread ("did they announce s4 yet" not understood):
# a title nobody knows never starts with them, so a question not understood leaves no such subject behind.
_SAYERS = frozenset("they he she we you i".split())
_SEVERAL = 2
_KINDS: dict[str, SlotKind] = {"show": "show", "person": "person", "character": "character"}


def remember(
    conv: Conversation,
    tokens: list[str],
    res: Resolution,
    answer: Answer,
    kb: Knowledge,
    index: EntityIndex,
    about_person: bool,
) -> None:
    """Record one answered question in the conversation; `about_person` when its intent is about a person."""
    if answer.kind == "invalid":
        return
    slots: list[tuple[SlotKind, int, int]] = [
        (_KINDS[m.refs[0].kind], m.start, m.end) for m in res.mentions if m.refs[0].kind in _KINDS
    ]
    if res.season is not None:
        slots.append(("season", res.season.start, res.season.end))
    untitled = not any(kind == "show" for kind, _s, _e in slots) and titled(res.unknown_title)
    if untitled and (title := span_of(tokens, res.unknown_title)):
        slots.append(("show", *title))  # "when's the velvet quarry s2 out" ... "and copper lanterns?"
    slots += value_spans(tokens)  # "is it on netflix?" ... "what about disney+?"
    # Interned words are shared by every channel that uses them: thousands of idle channels stay small.
    words = tuple(map(sys.intern, tokens))
    about = res.shows[0].id if res.shows else answer.show_id
    season = res.season.number if res.season else None
    day = thread_date(answer, conv.last_date)
    if season is None and res.season is not None:
        # "when's the new season": the season is the one whose date was answered.
        season = _season_dated(kb, about, day)
    before = conv.people[0] if conv.people else None
    talked_of = frozenset(conv.people)
    # What each answered value names, looked up once for all the readings below (a list may be long).
    values = [index.names.get(fold(value), []) for value in answer.answers]
    answered = _firsts(values, "person")
    if len(answered) < _SEVERAL and len(res.people) >= _SEVERAL and answer.kind == "answer":
        # "are they both in agatha all along" -> "No: Joe Locke is ...; Kit Connor is not ...": the answer
        # named each person checked, whom "which one is?" then picks among.
        names = [p.id for p in res.people if p.name in answer.text]
        answered = tuple(names) if len(names) == len(res.people) else answered
    listed = _firsts(values, "show")
    # People answered ("who directed it?" -> Euros Lyn, Andy Newberry): the first is the likeliest "he".
    first_people = _firsts(values[:3], "person")  # read twice below
    for person_id in reversed(first_people):
        conv.mention_person(person_id)
    for person in reversed(res.people):
        conv.mention_person(person.id)
    parts = _firsts(values[:3], "character")
    for credit_id in reversed(parts):
        conv.mention_character(credit_id)
    actors_of_parts_answered(conv, parts, res, answer, kb)  # "who does kit connor's co-star play?"
    for character in reversed(res.characters):
        conv.mention_character(character.id)
        conv.mention_person(character.person_id)
    new_people_first(conv, tokens, answer, first_people, talked_of)  # "anyone else?"
    if tokens[:1] in (["who"], ["whos"]) and len(answered) == 1 and answer.kind == "answer":
        # "who directed nadia's show?" -> one person: the one answered is whom the next "he"/"she" means,
        # not the one the question named.
        conv.mention_person(answered[0])
    # The person this turn was about: one it named, or a new one its answer named.
    named = bool(res.people) or bool(conv.people and conv.people[0] != before)
    turn_person = conv.people[0] if named and conv.people else None
    conv.add_turn(
        Turn(
            words, tuple(slots), answer.intent, answer.kind, day, about, season, turn_person,
            answered, listed=listed, items=_items(answer),
        )
    )  # fmt: skip
    longest: list[str] = max(res.leftovers, key=lambda run: len(run), default=[])
    versioned = versions_asked(tokens, res)
    unknown = widened_title(tokens, tuple(res.unknown_title or versioned or longest), answer.text)
    # Only a name the engine said it has no facts about becomes the subject ("haha nice" is not a show).
    # So is a title in a title's place ("anyone watching loki") whatever the reply said of it.
    said_unknown = answer.kind == "unknown" and (
        answer.text.startswith(UNKNOWN_LEAD)
        or (bool(res.unknown_title) and res.unknown_title[0] not in _SAYERS)
    )
    # "arcane season 2 rotten tomatoes" ... "who voices jinx?": an unknown name that isn't in a title's place
    # is someone in the unknown show, which stays the subject.
    keeps_show = conv.unknown is not None and not res.unknown_title and answer.intent in PERSON_QUESTIONS
    # "who's in succession?" -> "Mark Mylod worked on Succession": a title known only as someone's other work
    # is still a show Marquee has no facts about, and stays the subject.
    only_credited = (
        answer.kind == "answer"
        and answer.show_id is None
        and not res.shows
        and bool(unknown)
        and f" {' '.join(unknown)} " in f" {fold(answer.text)} "
    )
    # "is kit connor in rocketman" -> "I don't have facts about Rocketman": a known person named beside a
    # title nobody knows, after "in"; the title is the subject ("when did it come out?"), the person is whom
    # "he" means. Not other words read as a name ("credited alongside her on the story side").
    named_in_unknown = (
        bool(res.people or res.characters)
        and said_unknown
        and names_unknown(answer, unknown)
        # "i heard andy newberry directed fleabag": a title in a title's place, the reply said so of it
        and (after_in(tokens, unknown) or tuple(res.unknown_title) == unknown)
    )
    # "is there a new girl movie" not understood, every word known: a title was asked about all the same.
    titled_ask = bool(res.leftovers) or (
        not _TITLE_NOUNS.isdisjoint(tokens)
        and any(
            w in _TITLE_NOUNS and i > 0 and tokens[i - 1] not in _BARE_NOUN_LEADS
            for i, w in enumerate(tokens)
        )
    )
    if answer.kind == "unknown" and not said_unknown and titled_ask and not conv.named_anything:
        conv.unclear = True  # "anyone seen the penguin?" not understood: "who's in it?" is no default show's
    if said_unknown and answer.intent in PERSON_QUESTIONS and not (res.people or res.characters):
        # "and pedro pascal?" in a heartstopper thread: the show stays the subject, he is whom "he" means.
        conv.unknown_person = unknown if names_unknown(answer, unknown) else None
    if (
        only_credited
        or versioned
        or (
            said_unknown
            and unknown
            and not res.shows
            and (named_in_unknown or not (res.people or res.characters))
            and not keeps_show
            and not owned(tokens, unknown)
            and not someone_unknown(conv, res, answer)  # "who plays tao" of a known show: it stays
            and not still_named(conv, answer, unknown)  # "is that true" -> no facts about the subject
        )
    ):
        conv.mention_unknown(unknown)
        if named_in_unknown or (only_credited and answered):
            # "who directed the library suicides" -> "Euros Lyn worked on it" ... "did he direct hs": him.
            conv.person_after_unknown = True  # "is kit connor in rocketman" ... "what else is he in": him
    elif still_about_unknown(conv, tokens, answer):
        pass  # "is it as good as heartstopper?" not understood: the show nobody knows stays the subject
    elif (
        answer.show_id is not None
        and answer.kind in ("answer", "unknown")
        and (res.shows or not about_person)
    ):
        # An answer about a person ("who is joe locke?") names their first show; it isn't the subject, but a
        # show the question named is ("in agatha all along, who's he there?").
        conv.mention_show(res.shows[0].id if about_person and res.shows else answer.show_id)
    elif res.shows:
        conv.mention_show(res.shows[0].id)
    # A show the answer named ("what else is joe locke in?" -> Agatha All Along) is what "it" means next.
    # A yes/no answer's verdict comes first: the show after it is the one it named ("Yes: ... WandaVision").
    first = 1 if answer.answers[:1] in (("Yes",), ("No",)) else 0
    shown = [ref.id for refs in values[first : first + 1] for ref in refs if ref.kind == "show"]
    if shown and answer.kind == "answer" and shown[0] != conv.last_show_id:
        conv.mention_show(shown[0])


def remember_aside(
    conv: Conversation, tokens: list[str], res: Resolution, answer: Answer, kb: Knowledge
) -> None:
    """Record a question about the dates already given ("is that before or after hs3?") as a turn, for
    "how many days between them", without making the show it names the conversation's subject."""
    show_id = res.shows[0].id if res.shows else None
    day = answer_date(answer)
    # "is that before the new season?": the season is the one whose date was answered.
    season = res.season.number if res.season else None
    season = season if season is not None else _season_dated(kb, show_id, day)
    words = tuple(sys.intern(t) for t in tokens)
    turn = Turn(words, (), answer.intent, answer.kind, day, show_id, season, aside=True)
    conv.add_turn(turn)


def _season_dated(kb: Knowledge, show_id: int | None, day: dt.date | None) -> int | None:
    """The season of the show that premiered on `day`, if one did."""
    if show_id not in kb.shows or day is None:
        return None
    return next((r.season for r in kb.shows[show_id].releases if r.on == day), None)


def _firsts(values: list[list[EntityRef]], kind: str) -> tuple[int, ...]:
    """The things of `kind` that values name (each value's refs), in order (each value's first)."""
    found: dict[int, None] = {}  # ordered, and a set test per value: a list of a catalog's films may be long
    for refs in values:
        for ref in refs:
            if ref.kind == kind:
                found.setdefault(ref.id)
                break
    return tuple(found)


def thread_date(answer: Answer, before: dt.date | None) -> dt.date | None:
    """The date an answer gave that the thread is about: of an answer giving several ("15 days between
    agatha's premiere and hs3's"), the date the conversation was already on, else the first."""
    if before is not None and before.isoformat() in answer.answers:
        return before
    return answer_date(answer)


def answer_date(answer: Answer) -> dt.date | None:
    """The first date an answer gave, if any."""
    for value in answer.answers:
        if not value[:4].isdigit():
            continue  # every ISO date opens with its year: a long list of titles raises no error per title
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            continue
    return None


def take_subject(conv: Conversation, subject: int | tuple[str, ...] | None) -> None:
    """Make a show (by id) or a title nobody knows (its words) the conversation's subject; None changes
    nothing."""
    if isinstance(subject, int):
        conv.mention_show(subject)
    elif subject:
        conv.mention_unknown(subject)


def take_person(conv: Conversation, tokens: list[str], around: Resolution) -> None:
    """A person named in the chatter before a question with "he"/"she" ("my friend keeps talking about X,
    what's she in") becomes whom it means, before a person from earlier answers."""
    if refers_back(tokens) and (person_id := person_named_last(around)) is not None:
        conv.mention_person(person_id)


def _items(answer: Answer) -> tuple[str, ...]:
    """The values an answer listed when it listed several, the one number it gave ("98%", "16"), which
    "is that over 95" sets against another, or the one work of someone's it gave, which "that" then means."""
    values = answer.answers
    if len(values) > 1 or (values and (_has_digit(values[0]) or answer.intent == "other_work")):
        return values
    return ()


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(value: str) -> bool:
    """Whether any character of `value` is a digit (`str.isdigit`); one search for an ASCII value."""
    if value.isascii():
        return _ASCII_DIGIT.search(value) is not None
    return any(c.isdigit() for c in value)
