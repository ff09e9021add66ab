"""Follow-ups: a question that leaves things unsaid inherits them from the conversation.

- Pronouns resolve by kind and recency: he/she/they to people, it/the show to the subject (even an unknown
  one), "the other show" to the show before it.
- Ellipsis and corrections ("and season 3?", "what about agatha all along", "no sorry i meant nick") repeat
  the last question with the one slot they name replaced, or with the qualifier they add ("and audiences?").
- "how long ago was that?" is answered from the date the last answer gave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.knowledge import Knowledge
from intents.answer import Answer
from intents.dialogue import Conversation, SlotKind, Turn
from intents.resolve import Resolution
from intents.text import fold
from intents.timefmt import distance, long_date
from intents.understand.fanwords import ACKNOWLEDGEMENTS
from intents.understand.frames import read_frame
from intents.understand.references import (
    first_names,
    fit_person_to_show,
    front_subject,
    named_before_pronoun,
    refer_back,
)

Link = Callable[[list[str]], Resolution]

_PERSON_PRONOUNS = frozenset("he him his she her hers they them their theirs himself herself".split())
_SHOW_PRONOUNS = frozenset({"it", "its", "itself"})
_POSSESSIVES = frozenset({"his", "her", "their"})
# "is kit connor in that?": a bare that/this after a preposition, ending the question, is the show
# talked about.
_BEFORE_BARE_THAT = frozenset({"in", "on", "of", "from", "for"})
_AFTER_BARE_THAT = frozenset({"too", "also", "right", "lol", "tho", "though", "then", "again", "as", "well"})
# What "his"/"her" may own and still mean the person: "her show", "his character", "their other work".
_OWNED = frozenset("show shows series new latest next character role part films movies work other".split())
_SHOW_PHRASES = (
    ("that", "show"), ("this", "show"), ("the", "show"), ("that", "series"), ("the", "series"),
    ("this", "series"), ("the", "other", "show"), ("the", "other", "one"), ("that", "one"), ("this", "one"),
)  # fmt: skip
_LEADS = (
    ("what", "about"), ("how", "about"), ("what", "of"), ("i", "meant"), ("i", "mean"), ("same", "for"),
    ("same", "question", "for"), ("i", "was", "asking", "about"), ("i", "was", "talking", "about"),
    ("back", "to"), ("and", "for"), ("and", "what", "about"), ("switching", "to"), ("now", "do"),
    ("my", "bad"), ("my", "mistake"), ("i", "meant", "to", "say"), ("scratch", "that"), ("never", "mind"),
    ("going", "back", "to"), ("what", "i", "meant", "is"), ("meant",), ("go", "back", "to"),
    ("i", "was", "thinking", "of"), ("correction",),
)  # fmt: skip
_LONGEST_FIRST = tuple(sorted(_LEADS, key=len, reverse=True))  # "i meant to say" before "i meant"
_LEAD_WORDS = frozenset(
    "and ok okay so also then but oh hmm sorry no nope wait actually oops ah right".split()
)
_TRAILING = frozenset({"sorry", "instead", "please", "pls", "lol", "thanks", "thx"})
_SLOT_KINDS: dict[str, SlotKind] = {"show": "show", "person": "person", "character": "character"}
# Who a score is from, as fans say it: each word means the critics' score or the audience's.
_QUALIFIERS = dict.fromkeys(("audience", "audiences", "fans", "viewers", "public", "users"), "audience") | {
    "critics": "critics",
    "critic": "critics",
    "reviewers": "critics",
}
# Words around a qualifier that name no subject: "and the fans?", "what about regular viewers".
_QUALIFIER_FILLER = frozenset(
    "the general regular normal ordinary everyday real score scores rating ratings".split()
)
_OWN_QUESTION = frozenset("who whos what whats when whens where wheres which how".split())
# Question words that carry their relation ("where's X streaming", "who's in X"), unlike "how many" or "what".
_ASKS_ITS_OWN = frozenset("who whos when whens where wheres".split())
_DATE_WORDS = ("how long", "how many days", "how many weeks", "how many months", "ago", "away", "from today",
               "from now", "until then", "till then", "how far")  # fmt: skip


def strip_lead(tokens: list[str]) -> tuple[list[str], bool]:
    """The question without follow-up openers ("ok what about", "no sorry i meant"); True when it had one."""
    rest, marked = list(tokens), False
    changed = True
    while changed and rest:
        changed = False
        for lead in _LONGEST_FIRST:
            if tuple(rest[: len(lead)]) == lead and len(rest) > len(lead):
                rest, marked, changed = rest[len(lead) :], True, True
        if rest and rest[0] in _LEAD_WORDS and len(rest) > 1:
            rest, marked, changed = rest[1:], True, True
    # "not charlie, nick sorry", "andor instead": words after the point change nothing.
    while len(rest) > 1 and rest[-1] in _TRAILING:
        rest, marked = rest[:-1], True
    return rest, marked


def date_reference(tokens: list[str], conv: Conversation, today: dt.date) -> Answer | None:
    """'how long ago was that?', 'how many days away is that?' about the date the last answer gave."""
    last = conv.last
    if last is None or last.date is None:
        return None
    joined = f" {' '.join(tokens)} "
    if not any(f" {w} " in joined for w in ("that", "then", "it")):
        return None
    if not any(f" {w} " in joined for w in _DATE_WORDS):
        return None
    day = last.date
    days = abs((day - today).days)
    when = distance(day, today)
    verb = "is" if day >= today else "was"
    relation = "from" if day >= today else "before"
    text = f"{long_date(day)} {verb} {when} ({days} day{'s' if days != 1 else ''} {relation} today)."
    return Answer(
        text=text, kind="answer", intent="countdown", confidence=1.0, answers=(day.isoformat(), str(days))
    )


def substitute_pronouns(
    tokens: list[str], conv: Conversation, kb: Knowledge, person_id: int | None = None
) -> list[str]:
    """Pronouns replaced by the most recent person or subject of their kind (or by `person_id`, the person
    the question itself described: "back to the first guy, what else has he been in?")."""
    person = person_id if person_id is not None else (conv.people[0] if conv.people else None)
    subject = _subject_words(conv, kb)
    other = _other_show_words(conv, kb)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        phrase = next((p for p in _SHOW_PHRASES if tuple(tokens[i : i + len(p)]) == p), None)
        if phrase is not None and (other if "other" in phrase else subject):
            out.extend(other if "other" in phrase else subject)
            i += len(phrase)
            continue
        token = tokens[i]
        if (token in _SHOW_PRONOUNS or _bare_that(tokens, i)) and subject:
            out.extend(subject)
        elif token in _POSSESSIVES and tokens[i + 1 : i + 2] and tokens[i + 1] not in _OWNED:
            out.append(token)  # "his boyfriend charlie" names someone else: leave it to the question
        elif (
            token in _PERSON_PRONOUNS and person_id is None and conv.unknown and not conv.person_after_unknown
        ):
            # "who plays carmy in the bear?" ... "what else is he in?": he is in a show nobody knows.
            out.extend(conv.unknown)
        elif token in _PERSON_PRONOUNS and person is not None and person in kb.people:
            out.extend(fold(kb.people[person].name).split())
        else:
            out.append(token)
        i += 1
    return out


def _bare_that(tokens: list[str], i: int) -> bool:
    return (
        tokens[i] in ("that", "this")
        and i > 0
        and tokens[i - 1] in _BEFORE_BARE_THAT
        and all(t in _AFTER_BARE_THAT for t in tokens[i + 1 :])
    )


def _subject_words(conv: Conversation, kb: Knowledge) -> list[str]:
    if conv.unknown:
        return list(conv.unknown)
    if conv.last_show_id is not None and conv.last_show_id in kb.shows:
        return fold(kb.shows[conv.last_show_id].title).split()
    return []


def _other_show_words(conv: Conversation, kb: Knowledge) -> list[str]:
    others = [s for s in conv.shows if s != conv.last_show_id and s in kb.shows]
    return fold(kb.shows[others[0]].title).split() if others else []


def merge_ellipsis(fragment: list[str], marked: bool, conv: Conversation, link: Link) -> list[str] | None:
    """The last question with the slot the fragment names replaced ("and season 3?"), or None when the
    fragment is a question of its own."""
    last = conv.last
    if last is None or last.kind not in ("answer", "unknown") or not fragment:
        return None
    taken_back = fragment[0] == "not" and len(fragment) > 2  # "not nick, charlie": the name after
    fragment = fragment[taken_back:]
    res = link(fragment)
    if read_frame(res.slotted) is not None and (len(fragment) > 2 or not marked):
        return None  # it asks for a relation itself ("and who directed it?"): a question of its own
    if not marked and len(fragment) > 4:
        return None
    if len(fragment) > 3 and any(w in _OWN_QUESTION for w in fragment[1:]):
        return None  # "and her co-star orlando bloom, who does he play": it asks its own question
    if marked and len(fragment) > 3 and fragment[0] in _ASKS_ITS_OWN and res.shows:
        return None  # "ok and where's agatha all along streaming?": a question of its own about a new show
    replacements: dict[SlotKind, list[str]] = {}
    mentions = res.mentions[::-1] if taken_back else res.mentions
    for mention in mentions:
        kind = _SLOT_KINDS.get(mention.refs[0].kind)
        if kind is not None:
            replacements.setdefault(kind, fragment[mention.start : mention.end])
    if res.season is not None:
        replacements["season"] = fragment[res.season.start : res.season.end]
    elif len(fragment) == 1 and fragment[0].isdigit() and any(k == "season" for k, _s, _e in last.slots):
        replacements["season"] = ["season", fragment[0]]  # "and 3?" after "season 2?"
    if all(w in ACKNOWLEDGEMENTS for w in fragment):
        return None  # "ok thanks": no new subject
    qualifiers = [w for w in fragment if w in _QUALIFIERS]
    unnamed = [w for run in res.leftovers for w in run if w not in _QUALIFIERS and w not in _QUALIFIER_FILLER]
    if unnamed and not replacements and marked:
        # "ok what about the bear": the same question about a title nobody knows, answered honestly.
        replacements["show"] = [w for run in res.leftovers for w in run]
    if not replacements and not qualifiers:
        return None
    return _replace(last, replacements, qualifiers)


def _replace(last: Turn, replacements: dict[SlotKind, list[str]], qualifiers: list[str]) -> list[str]:
    tokens = list(last.tokens)
    spans = {kind: (start, end) for kind, start, end in last.slots}
    # A character and a person answer the same "who" questions: one replaces the other.
    if "person" in replacements and "person" not in spans and "character" in spans:
        spans["person"] = spans.pop("character")
    if "character" in replacements and "character" not in spans and "person" in spans:
        spans["character"] = spans.pop("person")
    if "show" in replacements and "season" not in replacements and "season" in spans:
        replacements["season"] = []  # the old show's season is not the new show's ("ok what about andor")
    edits = sorted(((spans[k], words) for k, words in replacements.items() if k in spans), reverse=True)
    for (start, end), words in edits:
        tokens[start:end] = words
    for kind, words in replacements.items():
        if kind not in spans and words:
            # "what's joe locke in" ... "the netflix one?": the show goes after the "in" already there.
            lead = [] if tokens[-1:] == ["in"] else ["in"]
            tokens += (["season", *words[-1:]] if kind == "season" and words[0] != "season" else
                       ([*lead, *words] if kind == "show" else words))  # fmt: skip
    for word in qualifiers:
        # The other side's word gives way to this side's, where it stood ("what do critics say").
        side = _QUALIFIERS[word]
        at = next((i for i, w in enumerate(tokens) if _QUALIFIERS.get(w, side) != side), None)
        tokens = [w for w in tokens if _QUALIFIERS.get(w, side) == side and w != side]
        tokens.insert(len(tokens) if at is None else at, side)
    return tokens


def _linking_once(link: Link) -> Link:
    """`link` remembering its answers: the readings of one follow-up link the same words more than once."""
    linked: dict[tuple[str, ...], Resolution] = {}

    def once(words: list[str]) -> Resolution:
        key = tuple(words)
        if key not in linked:
            linked[key] = link(words)
        return linked[key]

    return once


def follow_up(tokens: list[str], conv: Conversation, link: Link, kb: Knowledge) -> list[str]:
    """The question with what it leaves unsaid filled in from the conversation."""
    link = _linking_once(link)
    referred = refer_back(first_names(tokens, conv, kb, link), conv, kb)
    fragment, marked = strip_lead(referred.tokens)
    fronted = front_subject(fragment, link)
    if fronted is not None:
        return substitute_pronouns(fronted, conv, kb)
    merged = merge_ellipsis(fragment, marked, conv, link)
    if merged is not None:
        return fit_person_to_show(merged, link, kb) if link(fragment).people else merged
    question = fragment if marked else referred.tokens
    person_id = referred.person_id or named_before_pronoun(question, link)
    return substitute_pronouns(question, conv, kb, person_id)
