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

Link = Callable[[list[str]], Resolution]

_PERSON_PRONOUNS = frozenset("he him his she her hers they them their theirs himself herself".split())
_SHOW_PRONOUNS = frozenset({"it", "its", "itself"})
_POSSESSIVES = frozenset({"his", "her", "their"})
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
)  # fmt: skip
_LEAD_WORDS = frozenset(
    "and ok okay so also then but oh hmm sorry no nope wait actually oops ah right".split()
)
_SLOT_KINDS: dict[str, SlotKind] = {"show": "show", "person": "person", "character": "character"}
_QUALIFIERS = {
    "audience": "critics",
    "audiences": "critics",
    "fans": "critics",
    "viewers": "critics",
    "critics": "audience",
    "critic": "audience",
}
_DATE_WORDS = ("how long", "how many days", "how many weeks", "how many months", "ago", "away", "from today",
               "from now", "until then", "till then", "how far")  # fmt: skip


def strip_lead(tokens: list[str]) -> tuple[list[str], bool]:
    """The question without follow-up openers ("ok what about", "no sorry i meant"); True when it had one."""
    rest, marked = list(tokens), False
    changed = True
    while changed and rest:
        changed = False
        for lead in _LEADS:
            if tuple(rest[: len(lead)]) == lead and len(rest) > len(lead):
                rest, marked, changed = rest[len(lead) :], True, True
        if rest and rest[0] in _LEAD_WORDS and len(rest) > 1:
            rest, marked, changed = rest[1:], True, True
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


def substitute_pronouns(tokens: list[str], conv: Conversation, kb: Knowledge) -> list[str]:
    """Pronouns replaced by the most recent person or subject of their kind."""
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
        if token in _SHOW_PRONOUNS and subject:
            out.extend(subject)
        elif token in _POSSESSIVES and tokens[i + 1 : i + 2] and tokens[i + 1] not in _OWNED:
            out.append(token)  # "his boyfriend charlie" names someone else: leave it to the question
        elif token in _PERSON_PRONOUNS and conv.people and conv.people[0] in kb.people:
            out.extend(fold(kb.people[conv.people[0]].name).split())
        else:
            out.append(token)
        i += 1
    return out


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
    res = link(fragment)
    if read_frame(res.slotted) is not None and (len(fragment) > 2 or not marked):
        return None  # it asks for a relation itself ("and who directed it?"): a question of its own
    if not marked and len(fragment) > 4:
        return None
    replacements: dict[SlotKind, list[str]] = {}
    for mention in res.mentions:
        kind = _SLOT_KINDS.get(mention.refs[0].kind)
        if kind is not None:
            replacements.setdefault(kind, fragment[mention.start : mention.end])
    if res.season is not None:
        replacements["season"] = fragment[res.season.start : res.season.end]
    if all(w in ACKNOWLEDGEMENTS for w in fragment):
        return None  # "ok thanks": no new subject
    if res.leftovers and not replacements and marked:
        # "ok what about the bear": the same question about a title nobody knows, answered honestly.
        replacements["show"] = [w for run in res.leftovers for w in run]
    qualifiers = [w for w in fragment if w in _QUALIFIERS]
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
            tokens += (["season", *words[-1:]] if kind == "season" and words[0] != "season" else
                       (["in", *words] if kind == "show" else words))  # fmt: skip
    for word in qualifiers:
        opposite = _QUALIFIERS[word]
        tokens = [w for w in tokens if not w.startswith(opposite)] + [word]
    return tokens


def follow_up(tokens: list[str], conv: Conversation, link: Link, kb: Knowledge) -> list[str]:
    """The question with what it leaves unsaid filled in from the conversation."""
    fragment, marked = strip_lead(tokens)
    merged = merge_ellipsis(fragment, marked, conv, link)
    if merged is not None:
        return merged
    return substitute_pronouns(fragment if marked else tokens, conv, kb)
