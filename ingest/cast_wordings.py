"""Cast wordings the other cast readers miss, seen in real news of many outlets and years:

- a part described, not named: "Jonathan Groff and Holt McCallany play a pair of FBI agents", "Harrison Ford
  will be playing a shrink, co-starring with lead Jason Segel in Shrinking";
- a role taken up again by someone confirmed to do so: "Series original Kyle MacLachlan has been confirmed to
  reprise his role as the irreplaceable special agent Dale Cooper";
- a role in a bracket that starts with "who played": "the late Catherine E. Coulson (who played the town's
  Log Lady)" (never "who played Nora in Dark Meadow", another show's role);
- a list after "co-stars", with long asides and "the late": "co-stars Laura Dern (who appeared in ...),
  Sherilyn Fenn, ... and the late Catherine E. Coulson";
- a role's possessive with its actor's bracketed after it: "as Cora's (Elizabeth McGovern's) mother".
"""

from __future__ import annotations

import re

from ingest.character_names import _is_character
from ingest.context import CHARACTER, Context, trailing_people
from ingest.credit_record import actor_credit
from ingest.model import ExtractedFact
from ingest.names import CAPW, PERSON
from ingest.sentences import Sentence

# "play a pair of FBI agents", "will be playing a shrink", "plays an ambitious lawyer".
_DESCRIBED_PART = re.compile(
    r"\s+(?:(?:will|also|now)\s+)*(?:be\s+)?(?:play|plays|playing|portray|portrays|portraying)\s+"
    r"(?:a|an|two|three|a pair of|a couple of|a trio of)\s+[a-z]"
)
_CO_STARRING = re.compile(
    rf"\bco-starring (?:with |alongside |opposite )?(?:(?:the )?lead |star )?({PERSON})"
)
_REPRISE = re.compile(
    rf"({PERSON})\s+(?:has|have|had)\s+been\s+(?:confirmed|set|tapped|signed|announced)\s+to\s+"
    rf"reprise\s+(?:his|her|their)\s+role\s+as\s+{CHARACTER}"
)
_WHO_PLAYED = re.compile(
    rf"({PERSON})\s+\(who (?:plays|played|portrayed|portrays)\s+(?:the\s+|a\s+)?(?:[\w'’-]+['’]s\s+)?"
    rf"({CAPW}(?:\s+{CAPW}){{0,2}})\)"
)
# "as Cora's (Elizabeth McGovern's) mother": the actor's name, possessive too, bracketed after the role's.
_ROLE_OWNER = re.compile(rf"\b({CAPW}(?:\s+{CAPW}){{0,2}})['’]s?\s+\(({PERSON})['’]s?\)")
_CO_STARS = re.compile(r"\b[Cc]o-stars\s+")
# "Production begins in January, with A and B reprising their lead roles": a list coming back to its parts.
_WITH_REPRISING = re.compile(
    rf"\bwith\s+((?:{PERSON}(?:,\s+|,?\s+and\s+))*{PERSON})\s+(?:reprising|resuming)\s+(?:his|her|their)\s+"
    r"(?:[\w-]+\s+)?roles?\b"
)
_ASIDE = re.compile(r"\s*\([^()]{1,160}\)")
_LATE = re.compile(r"(?:the late|newcomer|veteran)\s+")
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _listed(text: str, ctx: Context) -> list[str]:
    """The people listed at the start of `text`, each maybe "the late" and with a bracketed aside."""
    people: list[str] = []
    pos = 0
    while True:
        late = _LATE.match(text, pos)
        pos = late.end() if late else pos
        name = re.compile(PERSON).match(text, pos)
        person = ctx.person(name.group()) if name else None
        if name is None or person is None or person in ctx.titles:
            return people
        people.append(person)
        pos = name.end()
        aside = _ASIDE.match(text, pos)
        pos = aside.end() if aside else pos
        sep = _SEP.match(text, pos)
        if sep is None:
            return people
        pos = sep.end()


# A name right after these is an object ("on the BBC's Convent Hill"): a title or place, never who plays.
_OBJECT_BEFORE = re.compile(r"\b(?:on|in|of|from|at|for)\s+(?:the\s+)?(?:[A-Z][\w+]*['’]s\s+)?$")
# "Finnegan, best known for playing Sister Agnes on Convent Hill, will play": the subject, then an aside.
_SUBJECT_ASIDE = re.compile(rf"^({PERSON}|{CAPW}),\s+[^,;]{{3,120}},\s*$")


def _subjects(before: str, ctx: Context) -> list[str]:
    """Who plays the part described after `before`: the people ending it, unless they are the object of a
    small word, when the sentence's subject before an aside between commas is."""
    people = trailing_people(before, ctx)
    first = people[0] if people else ""
    at = before.rfind(first) if first in before else before.rfind(first.split()[-1]) if first else -1
    if people and not (at > 0 and _OBJECT_BEFORE.search(before[:at])):
        return people
    opening = _SUBJECT_ASIDE.match(before)
    person = ctx.person(opening.group(1)) if opening else None
    return [person] if person and person not in ctx.titles else []


def cast_wording_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits from the wordings above, for the show the sentence is about."""
    text = sentence.text
    if not sentence.states or not re.search(r"play|portray|co-star|repris|['’]s?\)", text, re.IGNORECASE):
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    found: dict[str, str | None] = {}
    for match in _DESCRIBED_PART.finditer(text):
        after = text[match.end() : match.end() + 80]
        if re.match(r"[\w-]*(?:\s+[\w-]+){0,4}\s+(?:in|on)\s+[“\"‘']?[A-Z]", after):
            continue  # "plays a detective in Night Ledger": another show's part
        for subject in _subjects(text[: match.start()], ctx):
            found.setdefault(subject, None)
    for match in _CO_STARRING.finditer(text):
        person = ctx.person(match.group(1))
        named = ctx.titles_in(text[match.end() : match.end() + 60])
        # "co-starring with lead Jason Segel in Shrinking": the show named right after, or the one at hand.
        if named and not re.fullmatch(r"\s+in\s+[“\"‘']?", text[match.end() : match.end() + named[0][0]]):
            continue
        if named and named[0][2] != show:
            continue
        if person and person not in ctx.titles:
            found.setdefault(person, None)
    for match in _REPRISE.finditer(text):
        person = ctx.person(match.group(1))
        if person and _is_character(match.group("char"), ctx):
            found[person] = match.group("char")
    for match in _WHO_PLAYED.finditer(text):
        person, role = ctx.person(match.group(1)), match.group(2)
        if person and _is_character(role, ctx):
            found[person] = role
    for match in _ROLE_OWNER.finditer(text):
        person, role = ctx.person(match.group(2)), match.group(1)
        if person and role not in ctx.titles and _is_character(role, ctx):
            found[person] = role
    for match in _WITH_REPRISING.finditer(text) if "repris" in text or "resuming" in text else ():
        for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", match.group(1)):
            if (person := ctx.person(name)) and person not in ctx.titles:
                found.setdefault(person, None)
    for cue in _CO_STARS.finditer(text):
        for listed in _listed(text[cue.end() :], ctx):
            found.setdefault(listed, None)
    return [
        actor_credit(show, person, sentence, 0.7, role)
        for person, role in found.items()
        if person != show and person not in ctx.titles
    ]
