"""Claims a fan reports someone making ("my friend swears heartstopper got emmy noms", "heard she's in it",
"seen people online saying X"), asked back as the check a bare question after them makes ("does he?", "is
that correct?", "what do we actually know?"); for question_sentence.py."""

from __future__ import annotations

import re

from intents.understand.sentences import asks_nothing_before_tail
from intents.understand.sentences import sentences as split_sentences

# Someone's claim a bare "did it??" after it asks about: "my friend swears heartstopper got emmy noms".
_CLAIMED = re.compile(
    r"\b(?:swears?|swearing|says|said|saying|claims?|claiming|thinks|thought|believes|reckons|insists|insisting|"
    r"told (?:me|us)|telling (?:me|us)|is convinced|heard|read|seen|saw)\s+(?:that\s+)?",  # "keeps saying"
    re.IGNORECASE,
)


def claim_asked_back(asked: str, rest: str) -> tuple[str, str]:
    """ "my mum thinks kit connor plays charlie. does he?": a question that asks nothing itself, after a
    sentence reporting a claim, checks that claim."""
    if not rest or not asks_nothing_before_tail(asked):
        return asked, rest
    claim = next((c for s in reversed(split_sentences(rest)) if (c := claim_of(s)) is not None), None)
    return (claim, f"{rest} {asked}") if claim is not None else (asked, rest)


def claim_of(sentence: str) -> str | None:
    """The claim a sentence reports, asked back as a check ("heartstopper got emmy noms?"); None for none."""
    # The last report ("seen people online saying X": X), never a saying of the fan's ("i think")
    reports = [m for m in _CLAIMED.finditer(sentence) if not _fans_own(sentence, m)]
    said = reports[-1] if reports else None
    claim = sentence[said.end() :].rstrip(" .!?") if said is not None else ""
    claim = _FANS_REPLY.split(claim, maxsplit=1)[0]  # "X and i said no way": the fan's reply is no claim
    claim = _DOUBT.split(claim, maxsplit=1)[0]  # "X but nobody knows for sure": the doubt is no claim
    if _ALSO_INSIDE.search(claim):
        # "the first director also did torchwood": "also" inside a claim joins no second question; said
        # last ("... did torchwood too") it is read as the check it is.
        claim = f"{_ALSO_INSIDE.sub(' ', claim, count=1)} too"
    return f"{claim}?" if len(claim.split()) >= _MIN_CLAIM_WORDS else None


_FANS_OWN = re.compile(r"\b(?:i|we)\s+$", re.IGNORECASE)
_HEARD = frozenset({"heard", "read", "seen", "saw"})


def _fans_own(sentence: str, said: re.Match[str]) -> bool:
    """Whether the fan says it ("and i said no way"): their reply, no claim; what they heard is one."""
    return bool(_FANS_OWN.search(sentence[: said.start()])) and said.group().split()[0].lower() not in _HEARD


_DOUBT = re.compile(
    r",?\s+but\s+(?:nobody|no one|noone|idk|i'?m not sure|not sure|who knows|it'?s not confirmed)\b", re.I
)
_FANS_REPLY = re.compile(r"\s*(?:,|\band\b|\bbut\b)\s*i\s+(?:said|say|think|thought|told)\b", re.IGNORECASE)
_ALSO_INSIDE = re.compile(r"(?<=\w)\s+also\s+(?=\w)", re.IGNORECASE)


_MIN_CLAIM_WORDS = 3
