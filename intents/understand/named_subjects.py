"""Names a follow-up gives itself: a subject before its question, a person before "he", a misfit show."""

from __future__ import annotations

from db.knowledge import Knowledge, PersonFacts
from intents.text import STOPWORDS
from intents.understand.pointing_words import SHOW_POINTERS
from intents.understand.reference_tails import ASKS as _ASKS
from intents.understand.references import _PRONOUNS, Link

_BRIDGES = frozenset({"then", "now", "again", "too"})
# What "the" before it makes the fronted show's own ("the cast", "the crew"), or the show itself ("the show").
_SHOW_NOUNS = frozenset({"show", "series"})
_SHOWS_OWN = _SHOW_NOUNS | {"cast", "crew"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# A show's fact named after it before the question ("agatha's premiere, what day is that").
_FACT_NOUNS = frozenset({"premiere", "release", "finale", "date"})


def front_subject(fragment: list[str], link: Link) -> list[str] | None:
    """A subject named before its question goes back into it: "heartstopper s3, did that come out already"
    -> "did heartstopper s3 come out already"; None when the fragment doesn't start that way."""
    if len(fragment) < 3 or fragment[0] in _ASKS or not _ASKS.intersection(fragment[1:]):
        return None
    res = link(fragment)
    first = next((m for m in res.mentions if m.start == 0), None)
    if first is None or first.refs[0].kind not in ("show", "person", "character"):
        return None
    end = first.end
    if res.season is not None and res.season.start == end:
        end = res.season.end
    front = fragment[:end]
    while end < len(fragment) and fragment[end] in _BRIDGES:
        end += 1
    rest = fragment[end:]
    if (
        first.refs[0].kind == "show"
        and rest[:1]
        and rest[0] in _FACT_NOUNS
        and rest[1:2]
        and rest[1] in _ASKS
    ):
        # "and agatha's premiere, what day is that one": the show's fact is what the question points at
        front, rest = [*front, rest[0]], rest[1:]
    if len(rest) < 2 or rest[0] not in _ASKS:
        return None
    stand_ins = SHOW_POINTERS if first.refs[0].kind == "show" else _PRONOUNS
    at = next((i for i, w in enumerate(rest) if w in stand_ins), None)
    if at is not None and rest[at + 1 : at + 2] == ["one"]:
        rest = [*rest[: at + 1], *rest[at + 2 :]]  # "that one" stands in as one word
    if at is None and first.refs[0].kind == "show":
        # "back to hs, is yasmin finney in the cast": the show's own cast ("the heartstopper cast"); "the
        # show" is the show named.
        at = next((i for i in range(len(rest) - 1) if rest[i] == "the" and rest[i + 1] in _SHOWS_OWN), None)
        if at is not None:
            own = rest[at + 1]
            return rest[:at] + (front if own in _SHOW_NOUNS else ["the", *front, own]) + rest[at + 2 :]
    # Without a word standing in for it, the subject stays where the fan put it.
    return fragment if at is None else rest[:at] + front + rest[at + 1 :]


def named_before_pronoun(question: list[str], link: Link) -> int | None:
    """The person a question names before its "he"/"she" ("and her co-star orlando bloom, who does he
    play?"): the pronoun means them, not the conversation's person."""
    at = next((i for i, w in enumerate(question) if w in _SUBJECT_PRONOUNS), None)
    if at is None or not any(w not in STOPWORDS and w not in _ASKS for w in question[:at]):
        return None
    named = [m for m in link(question).mentions if m.end <= at and m.refs[0].kind == "person"]
    return named[-1].refs[0].id if named else None


def fit_person_to_show(tokens: list[str], link: Link, kb: Knowledge) -> list[str]:
    """A repeated question about a new person drops a show they aren't in ("joe locke plays who in agatha
    all along" ... "kit connor?"), so their own show answers it."""
    res = link(tokens)
    if len(res.people) != 1 or len(res.shows) != 1:
        return tokens
    credited = {c.show_id for c in res.people[0].credits}
    show = next((m for m in res.mentions if m.refs[0].kind == "show"), None)
    if show is None or not credited or res.shows[0].id in credited:
        return tokens
    start = show.start - 1 if show.start > 0 and tokens[show.start - 1] in ("in", "on", "for") else show.start
    return tokens[:start] + tokens[show.end :]


def person_alone(words: list[str], link: Link) -> PersonFacts | None:
    """The one known person the words name and nothing else ("joe", "kit connor"); None otherwise."""
    res = link(words)
    named = [m for m in res.mentions if m.refs[0].kind == "person"]
    # (a first name alone is linked as the whole name, so the span is measured in the words as linked)
    if len(res.people) != 1 or len(named) != 1 or named[0].end - named[0].start != len(res.tokens):
        return None
    return res.people[0]
