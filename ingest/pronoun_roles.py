"""A role told of a pronoun: "... starring Tom Vale. He plays Sam Reyes, a reporter". The pronoun is the one
person the sentence before names, when it names exactly one (two would make "he" unclear), or the person that
sentence opens with as its subject."""

from __future__ import annotations

import itertools
import re

from ingest.character_names import _is_character
from ingest.context import Context
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import CAPW, PERSON, is_person_name
from ingest.sentences import Sentence

_PRONOUN_PLAYS = re.compile(
    r"^(?:He|She) (?:also |again )?"
    r"(?:plays|will play|portrays|will portray|stars as|is playing|is set to play)"
    rf" ((?:{CAPW}\s+){{0,3}}{CAPW})(?=,|\.|\s+(?:who|in|on|opposite|alongside)\b|$)"
)


def pronoun_roles(sentences: list[Sentence], ctx: Context) -> list[ExtractedFact]:
    """Actor credits with their role for "He plays X" / "She portrays X" right after a sentence naming one
    known person, for the show that sentence (or the role's own) is about."""
    out: list[ExtractedFact] = []
    for before, sentence in itertools.pairwise(sentences):
        played = _PRONOUN_PLAYS.match(sentence.text)
        if not played or before.paragraph != sentence.paragraph or before.heading:
            continue
        named = {p for p in ctx.people if re.search(rf"(?<![\w'’]){re.escape(p)}(?![\w'’])", before.text)}
        # "Rhea Castillo has landed the lead role in X, from creator A. She will play ...": the pronoun is
        # the sentence's subject, whoever else it names.
        lead = re.match(rf"({PERSON})\s+(?:has|have|is|was|will|takes|took|lands|landed|joins|joined)\b",
                        before.text)  # fmt: skip
        if lead and is_person_name(lead.group(1)) and lead.group(1) not in ctx.titles:
            named = {ctx.person(lead.group(1)) or lead.group(1)}
        show = ctx.show_for(sentence) or ctx.show_for(before)
        character = played.group(1)
        if len(named) == 1 and show and _is_character(character, ctx):
            out.append(actor_credit(show, next(iter(named)), sentence, 0.7, character))
    return out
