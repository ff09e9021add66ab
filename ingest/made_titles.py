"""A maker tied to a title by the words between them, the title named right there: "Tamsin Greer created
Ironwood Falls", "Dev Kaushal, the creator of Lantern Street, said", "Kerry Washburn will executive produce
and direct Stone Circle", "Lior Abramov will direct the Blackglass pilot". The credit goes to the title the
words name, never to the sentence's other show, so "A, the creator of X, is making Y" credits X alone."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.crew import SET_TO_DIRECT
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, is_person_name
from ingest.sentences import Sentence

# A verb (or list of verbs) whose object is the title: each verb's role.
_VERB_ROLES = {
    "created": "creator", "co-created": "creator", "creates": "creator", "co-creates": "creator",
    "direct": "director", "directs": "director", "helm": "director", "helms": "director",
    "executive produce": "executive_producer", "executive produces": "executive_producer",
    "write": "writer", "writes": "writer", "co-write": "writer",
}  # fmt: skip
_VERB = (
    r"(?:co-created|created|co-creates|creates|direct|directs|helm|helms|executive produces?|co-write"
    r"|writes?)"
)
# "A created X", "A will executive produce and direct X", "A will direct the X pilot".
# (Not after "who": "B, who created X" is the person's other work, told as an aside.)
_MADE = re.compile(
    rf"(?<!\bwho )(?<!\bwho also )\b(?P<verbs>{_VERB}(?:,? and {_VERB})?)\s+(?P<the>the\s+)?[“\"‘']?"
)
# "A, the creator of X,", "A, who is the co-creator of X": an appositive naming the person's title.
_CREATOR_OF = re.compile(
    rf"(?P<person>{PERSON}),\s+(?:who is\s+)?(?:the\s+)?(?:series['’]?\s+)?(?P<role>co-creator|creator"
    r"|showrunner)\s+of\s+[“\"‘']?"
)
_ROLE_OF = {"co-creator": "creator", "creator": "creator", "showrunner": "showrunner"}


def _title_at(text: str, start: int, ctx: Context) -> tuple[str, int] | None:
    """The known title starting at `start` (and where it ends)."""
    for begin, end, title in ctx.titles_in(text):
        if begin == start:
            return title, end
    return None


def _subject(text: str, verb_start: int, ctx: Context) -> str | None:
    """The person right before the verb: "Tamsin Greer created", "Kerry Washburn will executive produce"."""
    lead = re.search(
        rf"({PERSON})\s+(?:(?:will|is set to|is to|also|has|had|previously|originally|co-?)\s+)*$",
        text[:verb_start],
    )
    if not lead:
        return None
    person = ctx.person(lead.group(1)) or lead.group(1)
    return person if is_person_name(person) and person not in ctx.titles else None


def made_title_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Credits whose title the sentence names right after the maker's verb or role noun."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []
    for match in _MADE.finditer(text):
        named = _title_at(text, match.end(), ctx)
        person = _subject(text, match.start(), ctx) if named else None
        if not named or not person:
            continue
        title, end = named
        # "direct the X pilot": with "the", only the pilot (or premiere) of the title is a credit's object.
        if match.group("the") and not re.match(r"[”\"’']?\s+(?:pilot|series premiere)\b", text[end:]):
            continue
        for verb in re.findall(_VERB, match.group("verbs")):
            role = _VERB_ROLES[verb]
            will = role == "director" and re.search(r"\b(?:will|set to|is to)\s+$", text[: match.start()])
            note = SET_TO_DIRECT if will else None
            out.append(fact(FactKind.CREDIT, text, 0.8, show=title, person=person, role=role, note=note))
    for match in _CREATOR_OF.finditer(text):
        named = _title_at(text, match.end(), ctx)
        person = ctx.person(match.group("person")) or match.group("person")
        if named and is_person_name(person) and person not in ctx.titles:
            role = _ROLE_OF[match.group("role")]
            out.append(fact(FactKind.CREDIT, text, 0.8, show=named[0], person=person, role=role))
    return out
