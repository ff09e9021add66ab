"""Cast lists the general cast patterns miss, for the show the sentence is about: people brought in by
"with" who "also star" or are "set to appear" ("with A, B and C also set to appear in the show"), and a
person cast "as his landlady" beside a named role ("with A as Tomas Vell and B as his landlady").
"""

from __future__ import annotations

import re

from ingest.context import Context, person_list
from ingest.cued import cued
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON
from ingest.sentences import Sentence

# After the list: what the people do in the show at hand.
_ALSO_IN = re.compile(
    r"\s+(?:also|all|both)\s+(?:(?:set|slated|due|confirmed|on board) to\s+)?"
    r"(?:star|starring|co-star|co-starring|appear|appearing|feature|featuring|returning|return)\b"
    r"(?!\s+(?:in|on)\s+(?:the\s+)?[A-Z])"  # "also starring in Other Title": that title's cast
    # "premiered on February 21 with A, B and C starring": the list ends the clause.
    r"|\s+starring(?=\s*[.,;]|$)"
)
_WITH = re.compile(r"(?:^|[\s,(])with\s+(?=[A-Z])")
# "and Dara Pune as his landlady": a role told in lower case, never a crew job.
_AS_DESCRIBED = cued(
    rf"(?:\bwith|,\s+and|\band)\s+({PERSON})\s+as\s+(?:his|her|their|a|an)\s+"
    r"(?!(?:executive|co-|producer|showrunner|director|writer|creator|host|narrator|consultant|guest)\b)"
    r"[a-z][\w-]*(?=[\s,.;]|$)",
    r"\sas\s+(?:his|her|their|a|an)\s+[a-z]",
)
# A named role somewhere in the same sentence: "A as Tomas Vell".
_NAMED_ROLE = re.compile(rf"\s+as\s+{CAPW}(?:\s+{CAPW})*")


def cast_list_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits from the shapes above, for the show the sentence is about."""
    text = sentence.text
    if not sentence.states or (" with " not in f" {text}" and " as " not in text):
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    people: list[str] = []
    for cue in _WITH.finditer(text):
        items, end = person_list(text[cue.end() :], ctx)
        if items and _ALSO_IN.match(text[cue.end() + end :]):
            people += [person for person, _aside in items]
    if _NAMED_ROLE.search(text):
        for match in _AS_DESCRIBED.finditer(text):
            person = ctx.person(match.group(1))
            if person:
                people.append(person)
    return [
        fact(FactKind.CREDIT, text, 0.7, show=show, person=person, role="actor")
        for person in dict.fromkeys(people)
        if person not in ctx.titles and person != show
    ]
