"""A cast guide's headings: "Corinna Vale As Detective Sloane Ferris" on a line of its own, a paragraph about
that actor or part below it. Each heading credits the article's show with the actor in that part."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import PERSON, is_person_name
from ingest.sentences import Sentence

_NAME_WORD = r"[A-Z][\w.'’-]*"
_HEADING = re.compile(
    rf"({PERSON})\s+(?:As|as|AS)\s+({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|the|de|van|von)){{0,4}})"
)


def cast_headings(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Credits a cast guide's "Actor As Character" headings give the article's show. A guide has at least two
    such headings followed by a paragraph naming the actor or the part again; then each such heading counts
    ("Matteo Ruiz As Father Amos Kell" / "The parish priest is back")."""
    if not ctx.main:
        return []
    found: list[tuple[Sentence, str, str]] = []
    confirmed = 0
    for place, sentence in enumerate(sentences[1:-1], start=1):
        match = _HEADING.fullmatch(sentence.text.strip()) if sentence.heading else None
        if not match or not is_person_name(match.group(1)):
            continue
        person, character = match.group(1), match.group(2)
        found.append((sentence, person, character))
        names = "|".join(re.escape(w) for w in [person.split()[-1], *character.split()] if len(w) > 2)
        confirmed += bool(re.search(rf"\b(?:{names})\b", sentences[place + 1].text))
    if confirmed < 2:
        return []  # one such line may be a caption or a headline of its own
    return [
        actor_credit(ctx.main, person, sentence, 0.75, character) for sentence, person, character in found
    ]
