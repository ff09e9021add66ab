"""Crew wordings the crew readers miss, seen in real news of many outlets and years:

- "the brainchild of Sela Moravec": the show's creator; "the Mick Bayer-produced drama": its producer;
- two makers sharing one surname: "created by Lilly and Lana Wachowski (The Matrix) and J. Michael
  Straczynski";
- a producer opening a clause after a fronted phrase: "In addition to Green, Jordan Peele is executive
  producing through his Monkeypaw Productions banner";
- someone attached in a "with" phrase: "David Knoller will also executive produce, with Yann Demange attached
  to executive produce and direct the first episode" (Demange's jobs, never Knoller's);
- someone hired for a job: "Netflix has tapped Carla Moss to direct all eight episodes";
- a partner's share after "with": "with Ari Koss directing four of the eight episodes";
- a maker named with the show after: "Dex Harmon is the creator and star of new comedy Night Desk";
- someone boarding the show in a post: "Ada Lund has boarded Salt Bride, Netflix's limited series, as
  director and executive producer".
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.director_scope import _scope
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import PERSON, is_person_name
from ingest.sentences import Sentence

# ("the brainchild of Harbor Road creator Felix Amari": the maker may come described by earlier work.)
_BRAINCHILD = re.compile(
    rf"\bthe brainchild of\s+(?:(?:[A-Z][\w'’&:.-]*\s+){{1,4}}(?:co-)?creator\s+)?({PERSON})"
    rf"(?:\s+and\s+({PERSON}))?"
)
# "The Mick Bayer-produced drama": a maker's name joined to the verb before the show's word.
_JOINED_VERB = {
    "produced": "executive_producer",
    "created": "creator",
    "directed": "director",
    "written": "writer",
}
_MAKER_JOINED = re.compile(
    rf"\b({PERSON})-(produced|created|directed|written)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    r"(?:series|show|drama|comedy|thriller|miniseries|sitcom|film|movie)\b"
)
_SHARED_BY = {"created": "creator", "co-created": "creator", "developed": "creator", "written": "writer",
              "directed": "director"}  # fmt: skip
# "created by Lilly and Lana Wachowski", maybe "(The Matrix)" and "and J. Michael Straczynski" after.
_SHARED_SURNAME = re.compile(
    r"\b(created|co-created|developed|written|directed) by\s+([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w'’-]+)"
    rf"(?!\s+[A-Z])(?:\s*\([^()]{{1,60}}\))?(?:\s*,?\s+and\s+({PERSON}))?"
)
_EP_OPENING = re.compile(rf"(?:^|,\s+)({PERSON})\s+(?:is|are|will be)\s+(?:also\s+)?executive[- ]producing\b")
_JOB = r"(?:executive produce|direct|write|co-write|showrun)"
_ATTACHED = re.compile(
    rf"\bwith\s+({PERSON})\s+(?:also\s+)?(?:attached|set|slated|tapped|on board)\s+to\s+"
    rf"({_JOB}(?:\s*(?:,|and)\s+{_JOB})*)"
)
# "Netflix has tapped Carla Moss to direct all eight episodes": someone hired for a job on the show.
_HIRED = re.compile(
    rf"\b(?:tapped|hired|enlisted|recruited|signed)\s+({PERSON})\s+to\s+({_JOB}(?:\s*(?:,|and)\s+{_JOB})*)\b"
)
# "..., with Ari Koss directing four of the eight episodes": a partner's share of the show's episodes.
_WITH_DOING = re.compile(
    rf"\bwith\s+({PERSON})\s+(?:also\s+)?(directing|writing)\s+(?:the\s+|all\s+|every\s+|several\s+|\w+\s+of\s+the\s+"
    r"|\d+\s+|(?:two|three|four|five|six|seven|eight|nine|ten)\s+)(?:[\w-]+\s+){0,2}?(?:episodes?|pilot|finale|premiere)\b"
)
_DOING_ROLE = {"directing": "director", "writing": "writer"}
# "Dex Harmon, the man behind X, is the creator and star of new comedy Night Desk": the show must follow.
_CREATOR_AND_STAR_OF = re.compile(
    rf"({PERSON})(?:,[^,;]{{1,60}},)?\s+(?:is|was)\s+(?:also\s+)?the\s+(?:co-)?creator(,?\s+and\s+(?:co-)?star)?"
    r"\s+of\s+(?:the\s+|a\s+)?(?:new\s+)?(?:[\w-]+\s+){0,3}?[“\"‘']?(?=[A-Z])"
)
# "Neil Gaiman and Terry Pratchett's 1990 book of the same name": the show's source and its authors.
_SAME_NAME_BOOK = re.compile(
    rf"({PERSON})(?:\s+and\s+({PERSON}))?(?:['’]s|(?<=s)['’])\s+(?:\d{{4}}\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:novel|book|comic|memoir|graphic novel)s?\s+of\s+the\s+same\s+(?:name|title)\b"
)
# "comes from the Dana Vey novel of the same name", "an adaptation of the Dana Vey book series": a book
# named by its author's name in front; "drawn from the original novels of former nurse Dana Vey": after it.
_SOURCE_VERB = r"(?:[Bb]ased on|[Aa]dapted from|adaptation of|[Cc]omes from|[Dd]rawn from|[Ii]nspired by)"
_AUTHOR_BEFORE_BOOK = re.compile(
    rf"\b{_SOURCE_VERB}\s+the\s+(?:best-?selling\s+|original\s+)?({PERSON})\s+"
    r"(?:novels?|books?|book series|memoir|graphic novels?)\b"
)
_AUTHOR_AFTER_BOOK = re.compile(
    rf"\b{_SOURCE_VERB}\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:novels?|books?|book series|memoir)\s+(?:of|by)\s+"
    rf"(?:[\w-]+\s+){{0,8}}?({PERSON})(?=\s*(?:[.,;]|$))"
)
# ("has joined the series as": the show's own word is read by crew_patterns; here the show is named.)
_POST = r"(director|writer|showrunner|executive producer|creator|composer)"
_BOARDED_AS = re.compile(
    rf"\b({PERSON})\s+(?:has\s+|have\s+)?(?:boarded|joined|come aboard|signed on to)\s+([^.;]{{2,160}}?)"
    rf"\s+as\s+(?:an?\s+|the\s+|its\s+)?{_POST}(?:s)?(?:,?\s+and\s+(?:an?\s+)?{_POST})?\b"
)
_POST_ROLE = {"executive producer": "executive_producer"}
_JOB_ROLE = {"executive produce": "executive_producer", "direct": "director", "write": "writer",
             "co-write": "writer", "showrun": "showrunner"}  # fmt: skip


def crew_wording_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Crew credits from the wordings above, for the show the sentence is about."""
    text = sentence.text
    if not sentence.states or not re.search(
        r"brainchild|\bby\b|executive|attached|set to|on board|tapped|hired|enlisted|recruited|signed"
        r"|directing|writing|creator|same name|same title|novel|book|boarded|joined|aboard"
        r"|-(?:produced|created|directed|written)\b",
        text,
    ):
        return []
    show = ctx.show_for(sentence)
    if show is None:
        return []
    credits: list[tuple[str, str]] = []
    for match in _BRAINCHILD.finditer(text):
        credits += [(name, "creator") for name in match.groups() if name]
    for match in _SHARED_SURNAME.finditer(text):
        verb, first, second, surname, third = match.groups()
        names = [f"{first} {surname}", f"{second} {surname}"]
        if ctx.person(first) is not None or not all(is_person_name(n) for n in names):
            continue  # "by Tom and Ana Lee" where Tom is someone named in full: two people, not siblings
        credits += [(name, _SHARED_BY[verb]) for name in names + ([third] if third else [])]
    for match in _MAKER_JOINED.finditer(text):
        maker = re.sub(r"^(?:The|A|An|Its)\s+", "", match.group(1))  # "The Mick Bayer-produced drama"
        credits.append((maker, _JOINED_VERB[match.group(2)]))
    for match in _EP_OPENING.finditer(text):
        credits.append((match.group(1), "executive_producer"))
    scoped: dict[tuple[str, str], int] = {}
    for match in [*_ATTACHED.finditer(text), *_HIRED.finditer(text)]:
        # "attached to direct the first episode": the jobs' share of episodes follows them.
        _seasons, episodes = _scope(re.split(r"[.;,(]", text[match.end() :])[0], ctx, None)
        for job in re.split(r"\s*(?:,|and)\s+", match.group(2)):
            credits.append((match.group(1), _JOB_ROLE[job.strip()]))
            if episodes and credits[-1][1] in ("director", "writer"):
                scoped[credits[-1]] = episodes
    for match in _WITH_DOING.finditer(text):
        credits.append((match.group(1), _DOING_ROLE[match.group(2)]))
    for match in _CREATOR_AND_STAR_OF.finditer(text):
        if text.startswith(show, match.end()):  # the creator of the show at hand, never of other work
            credits += [(match.group(1), "creator")] + ([(match.group(1), "actor")] if match.group(2) else [])
    for match in _BOARDED_AS.finditer(text):
        # Only the show at hand, named right after the verb ("has boarded X, ..., as director").
        if re.match(rf"[“\"‘']?(?:the\s+)?{re.escape(show)}\b", match.group(2)):
            posts = [p for p in match.groups()[2:] if p]
            credits += [(match.group(1), _POST_ROLE.get(p, p)) for p in posts]
    for match in _SAME_NAME_BOOK.finditer(text):
        credits += [(name, "novelist") for name in match.groups() if name]
    for match in [*_AUTHOR_BEFORE_BOOK.finditer(text), *_AUTHOR_AFTER_BOOK.finditer(text)]:
        credits.append((match.group(1), "novelist"))
    out: list[ExtractedFact] = []
    for name, role in dict.fromkeys(credits):
        person = ctx.person(name) or (name if is_person_name(name) else None)
        if person and person not in ctx.titles and person != show:
            share = scoped.get((name, role))
            out.append(fact(FactKind.CREDIT, text, 0.75, show=show, person=person, role=role, episodes=share))
    return out
