"""A question about a described person or show, answered by walking to the entity first and asking again.

The description ("kit connor's co-star who plays charlie", "the guy who directed episodes of shetland", "the
show that won outstanding drama series") is resolved over the knowledge snapshot (`walked_descriptions.py`);
its name then takes the description's place, or the place of the pronoun that points back at a description
put first ("the guy who did shetland, what netflix show is he directing now"), and the rewritten question is
asked. The answer leads with the fact that found the entity; a yes/no says yes or no first.

Two rewordings bring a question to a shape the one-hop readers know before any walk: a hedge inside a role
description ("the only confirmed s3 director" is the s3 director) and a trailing "also worked on what" ("the
showrunner of slow horses also worked on what": what else has the showrunner of slow horses done).
"""

from __future__ import annotations

import re
from dataclasses import replace

from intents.answer import Answer
from intents.text import fold
from intents.understand.chains import asks_more
from intents.understand.context import Composing, lead_with, merged_sources
from intents.understand.walked_descriptions import Denotes, Walked, walk_description

# "the only confirmed s3 director": words that hedge a role without changing who holds it.
_HEDGE = re.compile(
    r"\b(?:the )(?:only |sole |one )?(?:confirmed|credited|announced|known|official)"
    r" (?=(?:[a-z0-9+]+ ){0,4}(?:director|creator|writer|showrunner|author)s?\b)"
)
# "<description> also worked on what": a trailing ask for the described person's other work.
_ALSO_WHAT = re.compile(
    r"^(?P<desc>(?:the|that) .+?) (?:also|else) (?:worked on|did|made|directed|wrote|created|been in|was in|"
    r"starred in|appeared in|done) (?:what|which shows?|anything else)$"
)
# The words either rewording needs (a cheap gate on the hot path).
_REWORDING_CUES = frozenset("confirmed credited announced known official also else".split())
_PRONOUNS = {
    Denotes.PERSON: ("he", "she", "they", "him", "her", "them", "his", "their", "hes", "shes"),
    Denotes.SHOW: ("it", "its", "they", "them", "their", "thats", "that"),
}
_POSSESSIVE = frozenset({"his", "her", "their", "its"})
_CONTRACTED = {"hes": "is", "shes": "is", "thats": "is"}
_FRONT_FILLER = frozenset({"so", "ok", "okay", "hey", "yo", "um", "and", "but", "wait"})


async def walked_description(c: Composing) -> Answer | None:
    """The answer to a question about a described entity the one-hop readers can't name; None otherwise."""
    text = " ".join(c.tokens)
    reworded = _reworded(text) if not _REWORDING_CUES.isdisjoint(c.tokens) else None
    if reworded is not None:
        answer = await c.ask_composed(reworded)
        return answer if answer.kind == "answer" else None
    walked = walk_description(c, text)
    if walked is not None and (same := _is_the_one_described(c, text, walked)) is not None:
        return same
    if walked is None or not asks_more(f"{text[: walked.start]} {text[walked.end :]}"):
        return None  # "who is kit connor's co-star" asks for the name alone: the one-hop readers give it
    asked = _in_its_place(text, walked)
    if asked is None or asked == text:
        return None
    outer = await c.ask_composed(asked)
    if outer.kind != "answer":
        return None
    return joined(walked.bridge, outer)


# Words that may close a yes/no check after the description: "is X the guy who did torchwood, right".
_CHECK_TAIL = frozenset("right then too or not no yes nah".split())


def _is_the_one_described(c: Composing, text: str, walked: Walked) -> Answer | None:
    """ "is andy newberry the guy who did torchwood": yes when the person named is the one the description
    finds, no (naming who is) otherwise; None for any other question."""
    before = text[: walked.start].split()
    after = text[walked.end :].split()
    if walked.denotes is not Denotes.PERSON or not c.is_yes_no or not all(w in _CHECK_TAIL for w in after):
        return None
    named = [
        m for m in c.res.mentions if m.refs[0].kind == "person" and before[1:] == c.tokens[m.start : m.end]
    ]
    if len(before) < 2 or not named:
        return None
    person = named[0].refs[0].name
    if fold(person) == fold(walked.name):
        return replace(walked.bridge, text=f"Yes. {walked.bridge.text}", answers=("Yes",))
    return replace(walked.bridge, text=f"No, that's {walked.name}: {walked.bridge.text}", answers=("No",))


def _reworded(text: str) -> str | None:
    """The question in a shape the one-hop readers know, or None when no rewording applies."""
    unhedged = _HEDGE.sub("the ", text)
    if unhedged != text:
        return unhedged
    also = _ALSO_WHAT.match(text)
    if also is not None:
        return f"what else has {also.group('desc')} done"
    return None


def _in_its_place(text: str, walked: Walked) -> str | None:
    """The question with the name found where the description was, or where the pronoun that points back at
    a description put first stands."""
    before = text[: walked.start].split()
    after = text[walked.end :].split()
    if all(w in _FRONT_FILLER for w in before) and after:
        pronouns = _PRONOUNS[walked.denotes]
        at = next((i for i, w in enumerate(after) if w in pronouns), None)
        if at is not None and at > 0:
            return " ".join(in_pronoun_place(after, at, walked.name, walked.denotes))
    return " ".join([*before, *walked.name.lower().split(), *after])


def in_pronoun_place(words: list[str], at: int, name: str, denotes: Denotes) -> list[str]:
    """The words with the name in the place of the pronoun at `at`: "his role" is "joe locke s role" (the
    possessive as the question words write it), "its s3" is "heartstopper s3", "he's" is "joe locke is"."""
    said = fold(name).split()
    if words[at] in _POSSESSIVE and denotes is Denotes.PERSON:
        said.append("s")
    elif words[at] in _CONTRACTED:
        said.append(_CONTRACTED[words[at]])
    return [*words[:at], *said, *words[at + 1 :]]


def joined(bridge: Answer, outer: Answer) -> Answer:
    """The outer answer with the fact that found its subject: before it, or after a yes or no."""
    sources = merged_sources(outer, bridge)
    if bridge.text.rstrip(".") in outer.text:
        return replace(outer, sources=sources)
    if outer.answers[:1] in (("Yes",), ("No",)) or outer.text.startswith(("Yes", "No")):
        return replace(outer, text=f"{outer.text} ({bridge.text})", sources=sources)
    joined = lead_with(bridge.text, outer, intent=outer.intent or "chain", extra_sources=bridge.sources)
    return replace(joined, kind="answer", show_id=outer.show_id or bridge.show_id)
