"""Claims a fan reports someone making ("my friend swears heartstopper got emmy noms", "heard she's in it",
"seen people online saying X"), asked back as the check a bare question after them makes ("does he?", "is
that correct?", "what do we actually know?"); for question_sentence.py."""

from __future__ import annotations

import re

from intents.text import fold
from intents.understand.sentences import asks_nothing_before_tail
from intents.understand.sentences import sentences as split_sentences

# Someone's claim a bare "did it??" after it asks about: "my friend swears heartstopper got emmy noms".
_CLAIMED = re.compile(
    r"\b(?:swears?|swearing|says|said|saying|claims?|claiming|thinks|thought|believes|reckons|insists|insisting|"
    r"(?:told|tells|telling) (?:me|us|everyone|everybody|people|anyone who will listen)|is convinced|"
    r"heard|read|seen|saw|"
    # "my partner doesn't believe me that X": the fan's own claim, doubted by someone
    r"(?:does\s*n[o']?t|do\s*n[o']?t|did\s*n[o']?t|won'?t|will not|refuses to)\s+believe(?:\s+(?:me|us))?)\s+"
    r"(?:(?:somewhere|online|earlier|today|on\s+(?:here|tiktok|twitter|x|reddit|tumblr|insta(?:gram)?))\s+)?"
    r"(?:that\s+)?",  # "keeps saying", "i read somewhere that"
    re.IGNORECASE,
)
# Hearsay said with no one saying it, at a sentence's start: "apparently euros lyn worked on torchwood??",
# "rumour has it ...", "word is ...".
_HEARSAY = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|wait)\W+)?(?:apparently|supposedly|allegedly|reportedly|"
    r"rumou?r (?:has it|is)|word (?:has it|is)|people are saying)\W+(?:that\s+)?",
    re.IGNORECASE,
)
# The fan's own belief put up to be checked: "i'm pretty sure it's a netflix show, but can someone
# double-check"; only read as a claim before a check that asks nothing itself.
_OWN_BELIEF = re.compile(
    r"^\W*(?:i'?m|i am|im)\s+(?:(?:pretty|fairly|quite|almost|100%?)\s+)?(?:sure|certain|positive)\s+"
    r"(?:that\s+)?|^\W*i\s+(?:think|believe|thought|reckon|guess)\s+(?:that\s+)?",
    re.IGNORECASE,
)
# A check set off by a comma or "but" in one sentence: "X, can anybody verify that", "X, true or false".
_TRAILING_JOIN = re.compile(r"[\s,]+(?:but|and|so)$", re.IGNORECASE)  # "X, but" before a check set apart
_CHECK_AFTER = re.compile(r"(?:,|\s+[-–—]|\s+but)\s+(?=[^,]+$)", re.IGNORECASE)


def claim_asked_back(asked: str, rest: str) -> tuple[str, str]:
    """ "my mum thinks kit connor plays charlie. does he?": a question that asks nothing itself, after a
    sentence reporting a claim, checks that claim."""
    if not rest:
        return _check_in_one_sentence(asked)
    if not asks_nothing_before_tail(asked):
        return asked, rest
    said = split_sentences(rest)
    claim = next((c for s in reversed(said) if (c := claim_of(s)) is not None), None)
    if claim is None and said:
        claim = own_belief(said[-1])
    return (claim, f"{rest} {asked}") if claim is not None else (asked, rest)


def _check_in_one_sentence(asked: str) -> tuple[str, str]:
    """ "someone on tiktok said X, can anybody verify that": the claim before a check set off in the same
    sentence is what is asked."""
    parts = split_sentences(asked)
    if len(parts) > 1:  # "apparently X?? can anyone confirm", held as one by a short message's reader
        said, check = " ".join(parts[:-1]), parts[-1]
    elif (cut := _CHECK_AFTER.search(asked)) is not None:
        said, check = asked[: cut.start()], asked[cut.end() :]
    else:
        return asked, ""
    if not asks_nothing_before_tail(check):
        return asked, ""
    claim = claim_of(said) or own_belief(said)
    return (claim, check) if claim is not None else (asked, "")


def own_belief(sentence: str) -> str | None:
    """The fan's own belief as a check ("i'm pretty sure it's on netflix" -> "it's on netflix?")."""
    belief = _OWN_BELIEF.match(sentence)
    if belief is None:
        return None
    claim = _TRAILING_JOIN.sub("", sentence[belief.end() :].rstrip(" .!?"))
    return f"{claim}?" if len(claim.split()) >= _MIN_CLAIM_WORDS else None


def claim_of(sentence: str) -> str | None:
    """The claim a sentence reports, asked back as a check ("heartstopper got emmy noms?"); None for none."""
    # The last report ("seen people online saying X": X), never a saying of the fan's ("i think")
    reports = [m for m in _CLAIMED.finditer(sentence) if not _fans_own(sentence, m)]
    said = reports[-1] if reports else _HEARSAY.match(sentence)
    claim = sentence[said.end() :].rstrip(" .!?") if said is not None else ""
    # "X and i said no way": the fan's reply is no claim; "X, but" before a check set apart ends at X
    claim = _TRAILING_JOIN.sub("", _FANS_REPLY.split(claim, maxsplit=1)[0])
    claim = _DOUBT.split(claim, maxsplit=1)[0]  # "X but nobody knows for sure": the doubt is no claim
    if _ALSO_INSIDE.search(claim):
        # "the first director also did torchwood": "also" inside a claim joins no second question; said
        # last ("... did torchwood too") it is read as the check it is.
        claim = f"{_ALSO_INSIDE.sub(' ', claim, count=1)} too"
    return f"{as_did_check(claim)}?" if len(claim.split()) >= _MIN_CLAIM_WORDS else None


# Past-tense verbs of a credit a claim says someone did, with the form "did" asks with ("won an emmy?" is
# checked as it is).
_PAST_TO_BASE = {
    "worked": "work", "directed": "direct", "wrote": "write", "created": "create", "starred": "star",
    "played": "play", "produced": "produce", "appeared": "appear",
}  # fmt: skip
_MAX_SUBJECT_WORDS = 6


def as_did_check(claim: str) -> str:
    """A past-tense claim asked as "did" asks it ("euros lyn worked on torchwood" -> "did euros lyn work on
    torchwood"), so its answer opens with yes or no; other claims as they are."""
    words = _did_as_worked(claim.split())
    at = next((i for i, w in enumerate(words[: _MAX_SUBJECT_WORDS + 1]) if fold(w) in _PAST_TO_BASE), 0)
    if at == 0:
        return claim
    return " ".join(["did", *words[:at], _PAST_TO_BASE[fold(words[at])], *words[at + 1 :]])


def _did_as_worked(words: list[str]) -> list[str]:
    """ "euros lyn did doctor who": "did" as the verb of a credit is "worked on"; never "did not", nor the
    auxiliary before another verb ("she did win")."""
    at = next((i for i, w in enumerate(words[1 : _MAX_SUBJECT_WORDS + 1], 1) if fold(w) == "did"), None)
    if at is None or at + 1 >= len(words) or fold(words[at + 1]) in _AFTER_AUXILIARY_DID:
        return words
    return [*words[:at], "worked", "on", *words[at + 1 :]]


_AFTER_AUXILIARY_DID = frozenset(
    "not never nt get win go come have make say play star direct write create work appear produce".split()
)


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
