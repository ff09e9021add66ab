"""Jobs someone no longer holds by the sentence's own account: "A, who had been attached to direct the pilot,
has exited", "B was originally set to star but dropped out". The plan the sentence names fell through, so
the credit it seems to state is none."""

from __future__ import annotations

import re

from ingest.model import ExtractedFact, FactKind
from ingest.names import PERSON, is_person_name

# The work a plan was for: the verbs outlets use for a job on a show, in the infinitive.
_JOB_VERBS = (
    r"(?:co-)?(?:direct|helm|write|pen|script|adapt|star|co-star|lead|front|headline|play|portray|voice|appear"
    r"|produce|executive produce|showrun|run|oversee|create|develop|compose|score|host|join|return|reprise)"
)
# A plan told as past ("had been attached to direct", "was originally set to star"): it did not happen.
_PAST_PLAN = re.compile(
    r"\b(?:had (?:previously |originally |initially |once |long )?been"
    r"|(?:was|were) (?:originally|initially|once|first|previously|at one point))\s+"
    r"(?:attached|set|slated|tapped|hired|expected|due|supposed|lined up|in line|poised|going|on board|signed"
    r"|signed on|cast|chosen|picked|announced|confirmed|eyed|meant)\s+to\s+" + _JOB_VERBS + r"\b"
)
# A plan still open in the wording ("attached to direct", "set to star") that the same clause says ended.
_PLAN = re.compile(
    r"\b(?:attached|set|slated|tapped|on board|signed on|lined up|due|expected)\s+to\s+" + _JOB_VERBS + r"\b"
)
_LEFT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:since\s+|now\s+|officially\s+)?"
    r"(?:exited|left|departed|quit|dropped out|stepped (?:down|away|aside)|walked away|withdrawn|pulled out"
    r"|bowed out|parted ways|backed out|been replaced|been dropped|been let go)"
    r"|(?:is|are) (?:now )?(?:exiting|leaving|departing|quitting|dropping out|stepping (?:down|away|aside)"
    r"|pulling out|bowing out|no longer (?:attached|involved|on board)|out)"
    r"|(?:exits|exited|departs|departed|quits|dropped out|drops out|stepped (?:down|away|aside)"
    r"|steps (?:down|away|aside)|walked away|withdrew|pulled out|pulls out|bowed out|bows out|backed out"
    r"|backs out|was replaced|was dropped"
    r"|will (?:no longer|not be)\s+(?:direct|star|write|produce|lead|return))\b)"
)


def _subject_span(person: str, text: str) -> str | None:
    """What `text` says after its first mention of `person` (full name or surname) and before another
    person-shaped name: the clause the person is the subject of."""
    surname = person.split()[-1]
    mention = re.search(rf"(?<!\w){re.escape(person)}(?!\w)", text) or re.search(
        rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text
    )
    if mention is None:
        return None
    rest = text[mention.end() :]
    others = [m for m in re.finditer(PERSON, rest) if is_person_name(m.group()) and surname not in m.group()]
    return rest[: others[0].start()] if others else rest


def withdrawn(item: ExtractedFact) -> bool:
    """Is the credit one its own sentence says the person no longer holds (a past plan, or a plan the same
    clause says they left)?"""
    if item.kind != FactKind.CREDIT or not isinstance(person := item.get("person"), str):
        return False
    said = _subject_span(person, item.sentence)
    if said is None:
        return False
    return bool(_PAST_PLAN.search(said) or (_PLAN.search(said) and _LEFT.search(said)))


def without_withdrawn(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """`facts` without the credits their sentences take back."""
    return [item for item in facts if not withdrawn(item)]
