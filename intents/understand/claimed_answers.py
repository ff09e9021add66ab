"""A name nobody knows that a claim someone made, reported after a question, offers as its answer ("who
created andor? my dad keeps saying it was george lucas"): the question is answered all the same, and the
name is said to be one Marquee has no facts about."""

from __future__ import annotations

from intents.text import fold
from intents.understand.reported_claims import claim_of
from intents.understand.sentences import sentences


def offered_in_a_claim(text: str, name: list[str]) -> bool:
    """Whether the name is said only in a reported claim after a question ("my dad says it was X")."""
    said = sentences(text)
    wanted = f" {' '.join(name)} "
    asked_before = False
    for sentence in said:
        within = f" {' '.join(fold(sentence).split())} "
        if wanted in within:
            claim = claim_of(sentence)
            return asked_before and claim is not None and wanted in f" {' '.join(fold(claim).split())} "
        asked_before = asked_before or sentence.rstrip().endswith("?")
    return False
