"""Cast sentence shapes of published news the general cast patterns miss, each tied to a show the sentence
names: people who "lead the cast of" or "star alongside B in" a title, an actor "returning to X, reprising
her role as Y", a cast list after describing words ("its cast includes Danish actors such as A, B"),
"X, starring network favorite A", and a role described in lower case with its actor in brackets ("a CIA
operative (Rachel Brosnahan)").
"""

from __future__ import annotations

import re

from ingest.cast_patterns import ROLE_HONORIFIC
from ingest.context import Context, person_list
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, NOT_NAME, PERSON, is_person_name, network_names
from ingest.person_descriptions import ACTOR_SLOT, COMPANY, DESCRIBED_ITEM, JOINING
from ingest.sentences import Sentence

# "Ada Brell and Tom Oyelaran lead the cast of Iron Tide", "Lena Ford will star alongside Ravi Mehta and
# Sam Kerr in spy drama, Glass Harbour".
_LEAD = re.compile(
    r"\s+(?:will |also |are set to |is set to )?"
    r"(?:(?:lead|leads|head|heads|front|fronts) the (?:cast|ensemble) of"
    r"|(?:star|stars|co-star|co-stars) alongside (?P<more>.+?) in|(?:star|stars|co-star|co-stars) in)"
    r"\s+(?:(?:the|a|an|new|original|upcoming) )?(?:[a-z][\w-]*,? (?:and )?){0,5}[“\"‘']?"
)
# "Mira Sol is returning to Cold Lantern for its third season, reprising her role as June Vale".
_RETURNING = re.compile(
    rf"^(?:[^,]{{0,40}},\s+)?({PERSON}) (?:is|will be|are) returning to [“\"‘']?(?P<rest>[^.;]{{1,120}}?),?"
    rf"\s+reprising (?:his|her|their) (?:[\w-]+ )?role as ({CAPW}(?:\s+{CAPW}){{0,2}})"
)
# "its cast includes several famous Danish actors such as A, B, and C".
_CAST_SUCH_AS = re.compile(
    r"\b(?:the |its )?cast (?:also )?includes? (?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[A-Z]?[a-z]+\s)){0,6}"
    r"(?:such as|like|including)\s+"
)
# "Kim Ara, who previously starred in X, takes on the lead role": the show at hand's lead.
_LEAD_ROLE = re.compile(
    rf"^({PERSON})(?:,\s+who\s[^,]{{1,80}},)?\s+(?:takes on|will take on|plays|will play|has|lands|landed"
    # "Dana Whitcombe takes the lead role of Mae in Salt Creek", "has landed the lead role in Cinder Row".
    r"|takes|took|will take|has taken|has landed|has won|won|nabbed|has nabbed)\s+"
    rf"the (?:lead|leading|title|starring|central) role\b(?: of ({CAPW}(?:\s+{CAPW}){{0,2}})(?= in\b))?"
)
_SHOW_CASTS = re.compile(
    r"^[“\"‘']?[A-Z][^,;.]{0,60}?[”\"’']? (?:has|have) (?:officially )?"
    r"(?:cast|tapped|added|enlisted|recruited) (?:[a-z][\w-]*\s+){0,3}?(?=[A-Z])"
)
# "Orbit Lane, starring fan favourite Rhea Vale, is ...": describing words before the name.
_STARRING_DESCRIBED = re.compile(r",?\s+starring\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
# "a CIA operative (Rachel Brosnahan)", "his wife (Gemma Chan)", "a new couple (A and B)".
_ROLE_PAREN = re.compile(
    # ("The deputy adviser (A)" opens a sentence; "a boozing, womanizing math expert (B)" and "an M.D. and
    # former 1960s radical (C)" describe with commas, abbreviations and numbers.)
    r"\b(?:[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+"
    r"(?:(?:[a-z\d][\w.-]*,?|[A-Z]{2,5}|[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]+)\s+){0,4}([a-z][\w-]+)\s+"
    rf"\(({PERSON}(?:\s+and\s+{PERSON})?)\)"
)
# "the scene where Quinn's Tomas meets Rhea Vale's Ines": an actor's character, told through the actor.
_POSSESSED_ROLE = re.compile(
    # ("Rhea Vale's Dr. Ines Mara Kell has a dream": a role of three names.)
    rf"({PERSON}|{CAPW})['’]s ({ROLE_HONORIFIC}{CAPW}(?:\s+{CAPW}){{0,2}})\b"
    r"(?!\.?\s+(?:[A-Z]|[a-z]+\s+(?:series|show|film)))"
)
# Before "A's X", words that make X the person's work: "like Nolan's Inception", "via J.J. Abrams's Lost".
_WORK_OF = re.compile(r"\b(?:via|like|than|meets|from)\s+$")
# "Shetland's Ian Hart also joins the cast", "The Bay's A, and Slow Horses' B also feature in the cast":
# actors introduced through other work, joining this one.
_WORK_ACTOR = re.compile(rf"((?:The\s+)?{CAPW}(?:\s+{CAPW}){{0,3}}?)['’]s?\s+({PERSON})")
# "a girl played by A", "a female witch played by Rose Tan": a role told in lower case, not named.
_DESCRIBED_PLAYED_BY = re.compile(
    r"\b(?:a|an|the|his|her|their|two|three)\s+(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]+),?\s+"
    r"(?:played|portrayed|voiced) by\s+"
)
# Words that make the bracketed person crew or someone real, not a role's actor.
_NOT_A_ROLE = re.compile(
    r"^(?:director|writer|producer|creator|showrunner|author|novelist|composer|host|president|executive"
    r"|chief|ceo|reporter|critic|spokesperson|editor|filmmaker|screenwriter|narrator|voice|company|studio"
    r"|network|series|show|film|movie|book|novel|episode|season)s?$"
)


def _titled(text: str, ctx: Context) -> str | None:
    """The show `text` opens with."""
    named = ctx.titles_in(text[:80])
    if named and named[0][0] <= 1 and named[0][2] in ctx.shows:
        return named[0][2]
    return None


# Where a clause's subject may start: "In 2022, another star moves over, as A co-stars in X alongside B".
_LEAD_WORD = re.compile(r"\b(?:lead|leads|head|heads|front|fronts|star|stars|co-star|co-stars)\s")
_SUBJECT_START = re.compile(r"(?:^(?:[A-Z][\w-]*\s+){0,2}?|,\s+(?:as|while|and)\s+|;\s+)(?=[A-Z])")
# "... in Our Title alongside Downton's Ana Ruiz": a partner named after the title, maybe through other work.
_AFTER_TITLE = re.compile(
    r"[”\"’']?,?\s+(?:alongside|opposite)\s+(?:(?:[A-Z][\w&-]*\s+){0,3}?[A-Z][\w&-]*['’]s?\s+)?"
)


def _leading_people(text: str, ctx: Context) -> list[tuple[str, str]]:
    """(show, person) for people who "lead the cast of" or "star (alongside B) in" a title."""
    found: list[tuple[str, str]] = []
    if not _LEAD_WORD.search(text):
        return found
    for start in _SUBJECT_START.finditer(text):
        items, end = person_list(text[start.end() :], ctx)
        end += start.end()
        lead = _LEAD.match(text[end:]) if items else None
        if not lead:
            continue
        rest = text[end + lead.end() :]
        show = _titled(rest, ctx)
        people = [p for p, _a in items] + (_people(lead.group("more"), ctx) if lead.group("more") else [])
        if show:
            partner = _AFTER_TITLE.match(rest[rest.find(show) + len(show) :])
            people += _people(rest[rest.find(show) + len(show) + partner.end() :], ctx) if partner else []
            found += [(show, person) for person in people]
    return found


def _people(text: str, ctx: Context) -> list[str]:
    items, _end = person_list(text, ctx)
    return [person for person, _aside in items if is_person_name(person)]


def cast_shape_facts(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actor credits from the shapes above, for the show the sentence names."""
    text = sentence.text
    if not sentence.states:
        return []
    out: list[ExtractedFact] = []

    def add(show: str | None, person: str, character: str | None, confidence: float) -> None:
        if show and person not in ctx.titles and person != show:
            out.append(fact(FactKind.CREDIT, text, confidence, show=show, person=person, role="actor",
                            character=character))  # fmt: skip

    for led, person in _leading_people(text, ctx):
        add(led, person, None, 0.75)
    returning = _RETURNING.search(text)
    if returning:
        show = _titled(returning.group("rest"), ctx)
        person = ctx.person(returning.group(1)) or returning.group(1)
        add(show, person, returning.group(3), 0.8)
    such = _CAST_SUCH_AS.search(text)
    if such:
        show = ctx.show_for(sentence, text[: such.start()])
        # "In addition to A, the cast includes ... B": A is in the cast too.
        besides = re.match(r"(?:In addition to|Besides|Along with|Alongside)\s+", text)
        first = _people(text[besides.end() : such.start()], ctx) if besides else []
        for person in first + _people(text[such.end() :], ctx):
            add(show, person, None, 0.7)
    # "Ember Vale has cast Jane Okoro in the lead role": the show, named first, casts the people after.
    casts = _SHOW_CASTS.match(text)
    if casts and (show := _titled(text, ctx)):
        for person in _people(text[casts.end() :], ctx):
            add(show, person, None, 0.75)
    lead_role = _LEAD_ROLE.match(text)
    if lead_role and is_person_name(lead_role.group(1)):
        add(
            ctx.show_for(sentence),
            ctx.person(lead_role.group(1)) or lead_role.group(1),
            lead_role.group(2),
            0.75,
        )
    for match in _STARRING_DESCRIBED.finditer(text):
        titles = [t for t in ctx.titles_in(text[: match.start()]) if t[1] >= match.start() - 1]
        if titles and titles[-1][2] in ctx.shows:
            for person in _people(text[match.end() :], ctx)[:1]:
                add(titles[-1][2], person, None, 0.7)
    # A bracketed actor needs the show at hand: named or pointed back to, else the article's own show when
    # the paragraph is about it ("she's torn between her former flame (A)" after "Much like X, Y centers on").
    show = ctx.show_for(sentence) if ctx.mentions_show(text) else None
    if show is None and ctx.topics.get(sentence.paragraph, ctx.main) == ctx.main:
        show = ctx.main
    if show is not None:
        for match in _ROLE_PAREN.finditer(text):
            if _NOT_A_ROLE.match(match.group(1)):
                continue
            for person in re.split(r"\s+and\s+", match.group(2)):
                if is_person_name(person):
                    add(show, ctx.person(person) or person, None, 0.65)
        # "a girl played by A", "priests played by B and C": a role described in lower case, then its actors,
        # only in a sentence naming its show (or pointing back to it): a paragraph's topic is too weak here.
        for match in _DESCRIBED_PLAYED_BY.finditer(text if ctx.mentions_show(text) else ""):
            rest = text[match.end() :]
            if _NOT_A_ROLE.match(match.group(1)) or re.match(r"[^,.;]{0,60}\bin\s+(?:the\s+)?[A-Z\d]", rest):
                continue  # "a detective played by A in the 1990 film": that work's role
            for person in _people(re.sub(r"^(?:[A-Z][\w&-]*\s+){0,3}?[A-Z][\w&-]*['’]s\s+", "", rest), ctx):
                add(show, person, None, 0.65)
    # Only for a show the sentence names, or the article's own show in a paragraph about it.
    named = {t for _s, _e, t in ctx.titles_in(text)}
    owner = ctx.show_for(sentence)
    if owner not in named and not (owner == ctx.main and ctx.topics.get(sentence.paragraph, owner) == owner):
        owner = None
    for match in _POSSESSED_ROLE.finditer(text):
        actor, role = ctx.person(match.group(1)), match.group(2)
        if actor is None or " " not in actor or _names_no_role(role, ctx):
            continue  # a person the article names in full; never a title's, network's or person's name
        if ACTOR_SLOT.search(text[: match.start()]):
            continue  # "played by Downton Abbey's Dan Stevens": the actor, named through other work
        if _WORK_OF.search(text[: match.start()]):
            continue  # "Downton Abbey via J.J. Abrams's Lost": a maker's work, no role
        add(owner, actor, role, 0.65)
    out += _work_actors_joining(sentence, ctx)
    return out


def _names_no_role(name: str, ctx: Context) -> bool:
    """Is `name` something other than a character: a title, network, person or a name-like word?"""
    return (
        name in ctx.titles
        or bool(COMPANY.match(name))
        or any(name in t for t in ctx.titles)
        or name in NOT_NAME
        or bool(network_names(name))
        or is_person_name(name)
        or name in ctx.people
    )


def _work_actors_joining(sentence: Sentence, ctx: Context) -> list[ExtractedFact]:
    """Actors a sentence opens with, each named through other work, who join the show at hand's cast."""
    joining = JOINING.search(sentence.text)
    if not joining:
        return []
    subject = sentence.text[: joining.start()]
    items = list(_WORK_ACTOR.finditer(subject))
    # Nothing but the "Work's Actor" items and their separators may come before the verb.
    if not items or re.sub(r"[\s,]|\band\b", "", _WORK_ACTOR.sub("", subject)):
        return []
    # The show is the one the rest of the sentence (or the paragraph) is about, never the other work.
    show = ctx.show_for(sentence, sentence.text[joining.start() :])
    out: list[ExtractedFact] = []
    for item in items:
        actor = ctx.person(item.group(2))
        work = item.group(1)
        if show and actor and " " in actor and work not in ctx.people:
            out.append(fact(FactKind.CREDIT, sentence.text, 0.7, show=show, person=actor, role="actor"))
    return out


def described_people(text: str, ctx: Context, bare_first: bool = False) -> tuple[list[str], int]:
    """The people of a cast list where each comes after words describing them ("Grammy winner and Tony
    nominee Ana Ruiz, Emmy-winning actress Bo Lee, and ..."), in order, until an item is no such person, and
    where the list ends. After a described item (or from the start, when `bare_first`) items may be bare:
    "Emmy winner A (Work), B (Work) and C", "A and Oscar winner B"."""
    people: list[str] = []
    pos = last = 0
    while True:
        # A bare name first: a description must not run on over one ("A and Oscar winner B").
        start = pos
        items, end = person_list(text[pos:], ctx) if people or bare_first else ([], 0)
        if not items:
            described = DESCRIBED_ITEM.match(text, pos)
            if described is None:
                break
            start = described.end()
            items, end = person_list(text[start:], ctx)
            if not items:
                break
        people += [person for person, _aside in items]
        last = start + end
        separator = re.match(
            r",?\s+(?:in addition to|as well as)\s+|\s*,\s*(?:and\s+)?|\s+and\s+", text[last:]
        )
        if not separator:
            break
        pos = last + separator.end()
    return people, last


def described_subjects(
    text: str, ctx: Context, verb: re.Pattern[str]
) -> tuple[list[tuple[str, str | None]], int] | None:
    """The people opening `text` before `verb` when one of them comes described ("A and Oscar winner B
    starred alongside C"), with where the list ends; None when there is no such list."""
    people, end = described_people(text, ctx, bare_first=True)
    if len(people) < 2 or not verb.match(text[end:]):
        return None
    return [(person, None) for person in people], end
