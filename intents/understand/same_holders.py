"""Whether one person held a crew role over every season: "did the same person direct all three seasons of
heartstopper?", "was every season written by one writer?". The answer is yes or no first, then the credits
that decided it (two people credited with the role is a no)."""

from __future__ import annotations

import re

from intents.answer import Answer
from intents.understand.chain_patterns import ROLE_QUESTIONS
from intents.understand.context import Composing, verdict
from intents.understand.role_words import VERB_ROLES

_ONE = r"(?:the same|one|a single|just one|only one)"
_SOMEONE = r"(?:person|actor|guy|man|woman|one|people|director|directors|writer|writers|creator|team)"
_EVERY = r"(?:all|every|each|both|the whole|all the|all of the|all (?:two|three|four|five|\d+))"
_SEASONS = r"(?:seasons?|series|episodes?|eps)"
# "did the same person direct all three seasons", "one director for every season?"
_HOLDER_FIRST = re.compile(
    rf"\b{_ONE} {_SOMEONE} (?:(?:has |have )?(?P<verb>[a-z]+) |for )(?:{_EVERY} )?(?:[a-z0-9]+ )?{_SEASONS}\b"
)
# "was every season directed by the same person"
_SEASONS_FIRST = re.compile(
    rf"\b{_EVERY} (?:[a-z0-9]+ )?{_SEASONS} (?:of (?:[a-z0-9]+ ){{1,4}}?)?(?:been |was |were )?"
    rf"(?P<verb>[a-z]+) by {_ONE} {_SOMEONE}\b"
)
# A verb said in the base form ("did the same person direct") -> the form the role table holds.
_BASE_FORMS = {"direct": "directed", "write": "wrote", "create": "created", "run": "runs"}


async def same_holder(c: Composing) -> Answer | None:
    """Yes when one person holds the role the question names on the show, no when several do; None when the
    question asks no such thing."""
    if "same" not in c.tokens and "one" not in c.tokens and "single" not in c.tokens:
        return None
    said = " ".join(c.tokens)
    match = _HOLDER_FIRST.search(said) or _SEASONS_FIRST.search(said)
    if match is None or c.show is None or c.show_guessed:
        return None  # (a show guessed among several is no show asked about)
    verb = match.group("verb") or ""
    named = "director" if "director" in match.group(0) else None  # "one director for every season"
    role = VERB_ROLES.get(_BASE_FORMS.get(verb, verb)) or named
    if role is None or role not in ROLE_QUESTIONS:
        return None
    credits = await c.ask(f"{ROLE_QUESTIONS[role]} {c.show.title}")
    if credits.kind != "answer" or not credits.answers:
        return None
    one = len(set(credits.answers)) == 1
    lead = "Yes, as far as my facts go." if one else "No."
    return verdict(one, lead, credits, credits.intent or role)
