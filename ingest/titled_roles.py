"""Crew roles a title owns by standing right before the role's noun, whatever the sentence is about:
"Blue Harbor creator Ana Ruiz", "Fear showrunners A and B", "the Tide and Lantern creator Jo Park", and a
quote's attribution "Ana Ruiz (Blue Harbor Showrunner)". A show introduced as coming "from" another title's
creator ("Glass Maids, from Tin Houses creator Ana Ruiz") shares that creator.
"""

from __future__ import annotations

import re

from ingest.context import Context, person_list
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE

_ROLE_WORDS = {
    "creator": "creator", "co-creator": "creator", "showrunner": "showrunner", "co-showrunner": "showrunner",
    "executive producer": "executive_producer", "director": "director", "writer": "writer",
}  # fmt: skip
_ROLE = r"(co-creator|creator|co-showrunner|showrunner|executive producer|director|writer)"
# The role's noun right after a title (a closing quote or a possessive allowed between), then the people.
# ("Iron Bay creator and showrunner Ana Ruiz": two roles joined, both hers.)
_ROLE_NOUN = re.compile(
    rf"[”\"’']?(?:['’]s?)?\s+{_ROLE}s?(?:,?\s+and\s+{_ROLE}s?)?,?\s+(?=[A-Z])", re.IGNORECASE
)
# "Ana Ruiz (Blue Harbor Showrunner)": the bracket names the title and the role.
_BRACKET_ROLE = re.compile(rf"({PERSON})\s*\((?:the\s+)?([^()]{{2,60}}?)\s+{_ROLE}\)", re.IGNORECASE)
_ANY_ROLE = re.compile(r"creator|showrunner|producer|director|writer", re.IGNORECASE)
_REUNION = re.compile(
    rf"\breunit\w*\s+with\s+(?:his|her|their)\s+[“\"‘']?(?:[A-Z][\w'’:-]*\s+){{1,5}}?[”\"’']?{_ROLE}s?,?\s+(?=[A-Z])"
)
# Between two titles of one chain: "Tide and Lantern creator", "A, B and C creator".
_CHAIN_GAP = re.compile(r"[”\"’']?(?:\s*,\s*|\s+and\s+|\s*&\s*)[“\"‘']?$")
# Words before a role noun that make it another kind of job: "Casting Director", "Creative Director".
_JOB_WORDS = re.compile(r"(?:Casting|Creative|Art|Music|Managing|Artistic|Photography|Program\w*)$", re.I)


def _chain(before: str, ctx: Context) -> tuple[list[str], int]:
    """The titles that end `before` ("Tide and Lantern"), and where the chain starts."""
    spans = ctx.titles_in(before)
    found: list[str] = []
    end = len(before.rstrip("”\"’' "))
    start = end
    for s, e, title in reversed(spans):
        if e != end:
            break
        found.append(title)
        start = s
        gap = _CHAIN_GAP.search(before[:s])
        if not gap:
            break
        end = gap.start()
    return found, start


# "“Iron Tide,” a freshman drama from ...": a title described right after it is what the sentence is about.
_DESCRIBED = re.compile(rf",?[”\"’']?,?\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{GENRE}\b")


def described_title(text: str, ctx: Context) -> str | None:
    """The one show `text` names and at once describes ("canceled “Iron Tide,” a freshman drama from A"),
    for a sentence naming several titles without opening with any."""
    described = [t for _s, e, t in ctx.titles_in(text) if t in ctx.shows and _DESCRIBED.match(text[e:])]
    return described[0] if len(described) == 1 else None


def titled_role_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits of the titles named right before a role's noun or inside a quote's attribution."""
    text = sentence.text
    if not sentence.states or not _ANY_ROLE.search(text):
        return []
    out: list[ExtractedFact] = []

    def add(show: str, person: str, role: str, confidence: float) -> None:
        if person not in ctx.titles and person != show:
            out.append(fact(FactKind.CREDIT, text, confidence, show=show, person=person, role=role))

    for match in _ROLE_NOUN.finditer(text):
        titles, start = _chain(text[: match.start()], ctx)
        if not titles or _JOB_WORDS.search(text[: match.start()]):
            continue
        roles = [_ROLE_WORDS[word.lower()] for word in match.groups() if word]
        role = roles[0]
        people = [person for person, _aside in person_list(text[match.end() :], ctx)[0]]
        for title in titles:
            for person in people:
                for each in roles:
                    add(title, person, each, 0.8)
        # "Glass Maids, from Tin Houses creator Ana Ruiz": the show named before "from" is theirs too.
        owner = re.search(r"([^,;:.]{1,80}?)[”\"’']?,\s+(?:an? [\w\s-]{0,40}?\s)?from\s+(?:the\s+)?[“\"‘']?$",
                          text[:start])  # fmt: skip
        subject = ctx.titles_in(owner.group(1)) if owner and role == "creator" else []
        if subject and subject[-1][2] in ctx.shows and subject[-1][2] not in titles:
            for person in people:
                add(subject[-1][2], person, role, 0.75)
    # "Ada Brell reunites with her Iron Tide director, Tom Lee, for this thriller": this one's director too.
    for match in _REUNION.finditer(text):
        items, end = person_list(text[match.end() :], ctx)
        show = ctx.show_for(sentence, text[match.end() + end :])
        if show is None or show in match.group():
            continue
        for person, _aside in items:
            add(show, person, _ROLE_WORDS[match.group(1).lower()], 0.7)
    for match in _BRACKET_ROLE.finditer(text):
        named = [t for s, e, t in ctx.titles_in(match.group(2)) if s == 0 and e == len(match.group(2))]
        speaker = ctx.person(match.group(1))
        if named and speaker:
            add(named[0], speaker, _ROLE_WORDS[match.group(3).lower()], 0.8)
    return out
