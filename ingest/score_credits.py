"""Who wrote a show's or film's music, told through the music itself: "Ada Brisk's haunting score",
"Composer Ada Brisk has returned to score the film", "with music by Ada Brisk"."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, is_person_name
from ingest.sentences import Sentence

# "Ada Brisk's immersive and disturbing score": a person's score, up to four describing words between.
# ("Kit Mercer's performance score", "the critics' approval score": a score that grades, not music.)
_GRADING = (
    r"(?:review|critics?|audience|approval|performance|test|credit|aggregate|average|rating|user|fan|viewer)"
)
_OWNED_SCORE = re.compile(
    rf"({PERSON})['’]s?\s+(?:(?!{_GRADING}\b)[a-z][\w-]*,?\s+(?:and\s+)?){{0,4}}?"
    r"(?:score|soundtrack|film score)\b(?!\s+(?:for|of|to)\s+[A-Z])"
)
# A job before the name makes it someone else's grade: "Critic Ada Brisk's score".
_JOB_FIRST = re.compile(r"^(?:Critic|Reviewer|Editor|Writer|Director|Producer|Host|Judge)\s")
# "Composer Ada Brisk has returned to score the film", "music by Ada Brisk", "score by Ada Brisk".
_NAMED_COMPOSER = re.compile(
    rf"\b(?:[Cc]omposer|(?:[Mm]usic|[Ss]core|[Ss]oundtrack) (?:is )?(?:composed )?by)\s+({PERSON})"
)
# A score the sentence gives to some other work: "his score for Interstellar", "her Oscar-winning score".
_OTHER_WORK = re.compile(r"\b(?:Oscar|Grammy|Emmy)[\w-]*\s+(?:[\w-]+\s+)?score\b|\bscores? (?:for|of) [A-Z]")


def score_credits(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Composer credits for the show a sentence is about."""
    text = sentence.text
    if not sentence.states or not re.search(r"\b(?:score|soundtrack|[Mm]usic|[Cc]omposer)\b", text):
        return []
    show = ctx.show_for(sentence)
    if show is None or _OTHER_WORK.search(text):
        return []
    out: list[ExtractedFact] = []
    for pattern in (_OWNED_SCORE, _NAMED_COMPOSER):
        for match in pattern.finditer(text):
            if _JOB_FIRST.match(match.group(1)):
                continue
            person = ctx.person(match.group(1)) or match.group(1)
            if is_person_name(person) and person not in ctx.titles:
                out.append(fact(FactKind.CREDIT, text, 0.75, show=show, person=person, role="composer"))
    return out
