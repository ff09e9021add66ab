"""A person's credits on another title, told in passing: "Ana Ruiz, who previously co-created Starz's 'The
Pilgrim Bell'", "Ruiz directed the first three episodes of HBO's Silt, as well as the BBC Two thriller
Deadlight", "Ruiz's recent directing credits include two episodes of FX's Ridgeback", "Ruiz, whose credits
include the Danish series Ulvetid". Each credit goes to that other title (never the article's subject), with
the network the sentence fronts it with ("Starz's", "the BBC Two thriller") as that title's network.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.model import ExtractedFact, FactKind, fact
from ingest.names import CAPW, PERSON, TITLE, network_names
from ingest.sentences import Sentence
from ingest.title_patterns import GENRE, NET

# What someone did on the other title, and the credit it is. Past tense or a state ("is appearing in"):
# "directs" or "will write" speak of the work at hand, which the other readers take.
_VERB_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"(?:co-)?created and wrote|(?:co-)?created and (?:also )?wrote", ("creator", "writer")),
    (r"(?:also )?wrote and directed", ("writer", "director")),
    (r"(?:co-)?created", ("creator",)),
    (r"directed|helmed", ("director",)),
    (
        r"(?:co-)?wrote(?: for)?|penned|scripted"
        # "spent three seasons in the writers' room of NBC's 'Cinder County'".
        r"|spent (?:\w+ ){1,2}in the writers['’]? rooms? (?:of|on|for)",
        ("writer",),
    ),
    (r"(?:also )?scored|composed the (?:score|music) for", ("composer",)),
    (r"executive produced", ("executive_producer",)),
    (
        r"(?:co-)?starred (?:in|on)|(?:is |was )?(?:currently )?appearing in|appeared (?:in|on)"
        r"|(?:wrapped (?:up )?|finished )?(?:her|his|their) (?:recurring |starring |lead )?role (?:in|on)"
        r"|(?:is )?coming off (?:a|an|her|his|their) (?:recurring |starring |lead )?(?:run|role|stint)"
        r" (?:on|in)"
        # "was last seen opposite Cleo Vane in the film Paper Moths" (both act in it; "was seen in X" alone
        # may be a guest turn or a cameo).
        rf"|(?:was |were )?(?:last |most recently )?seen opposite {PERSON} in"
        r"|(?:best |also )?known for (?:a|an|her|his|their) (?:recurring |starring |lead |breakout )?"
        r"(?:arc|role|run|turn|stint) (?:on|in)",
        ("actor",),
    ),
)
_VERBS = "|".join(f"(?:{verb})" for verb, _roles in _VERB_ROLES)
_ADVERBS = (
    r"(?:before (?:this|that|the) (?:role|series|show|part),?\s+)?"
    r"(?:(?:previously|also|recently|most recently|once|first|earlier|has|had|was|is|famously|best)\s+)*"
)
# The person, then the verb: "Ruiz, who previously created", "Ruiz previously created", "Ruiz recently
# wrapped up her role in". A bare past tense ("Ruiz directed ...") counts too: the title is never the
# article's own subject, and the object must be a title the sentence marks as one (see `_OBJECT`).
# ("Ana Ruiz, the Norwegian screenwriter who wrote", "Ruiz, meanwhile, is coming off a run on".)
_DESCRIBED = (
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:writer|screenwriter|director|filmmaker|actor|actress|composer"
    r"|producer|playwright|novelist|showrunner|creator|star)\s+who"
)
_DOER = re.compile(rf"({PERSON}|{CAPW})(,\s+who|{_DESCRIBED}|,?\s+meanwhile,)?\s+{_ADVERBS}({_VERBS})\s+")
# "whose previous creation, AMC's Dust Devils," / "his previous work was the ITV farce X": the earlier work,
# in the part the person has in this article (a creation is the creator's). ("whose last show, Fox's Dry
# Creek" says nothing of the part the person had in it.)
_EARLIER_HEAD = re.compile(
    r"(?:,\s+whose|\b(?:his|her|their))\s+(?:previous|last|latest|earlier|most recent)\s+"
    r"(creation|work)(?:,\s+|\s+(?:was|is|includes?)\s+)(the (?:score|music) for\s+)?"
)
# "Delacourt-Obi, best known for the BBC Three comedy X": the work, in the part the person has here.
_KNOWN_FOR = re.compile(
    rf"({PERSON}|{CAPW}),\s+(?:who is\s+)?(?:best |perhaps best |widely |also )?known for\s+"
)
# One credit told: person, roles, title, its network, whether the sentence marks it as a title, sentence.
_Told = tuple[str, tuple[str, ...], str, str | None, bool, str]
_NAMED = re.compile(rf"{PERSON}|{CAPW}")
# "Low Sun, the 2021 AMC miniseries he also wrote and directed", "La Nuit Blanche, the Canal+ series Okafor
# directed in 2023": the title, its network, and who made it, in apposition.
_APPOSED_MAKER = re.compile(
    rf"[\"'‘“]?({TITLE})[\"'’”]?,\s+the\s+(?:\d{{4}}\s+)?(?:({NET})\s+)?(?:[\w-]+\s+){{0,2}}?{GENRE}\s+"
    rf"({PERSON}|{CAPW}|he|she|they)\s+(?:(?:also|has|had|have|first|previously)\s+)*({_VERBS})\b"
)
# "former Brookfield Road star Dilys Prothero": a credit the word "former" puts in the past.
_FORMER = re.compile(
    rf"\b(?:former|ex-)\s*[\"'‘“]?({TITLE})[\"'’”]?\s+(star|creator|co-creator|writer|director|showrunner)s?\s+"
    rf"({PERSON})"
)
_FORMER_ROLES = {"star": "actor", "co-creator": "creator"}
# "Ruiz's recent TV directing credits include", "Ruiz, whose credits include".
_CREDITS = re.compile(
    rf"({PERSON}|{CAPW})(?:['’]s?|,\s+whose)\s+(?:(?:recent|previous|past|prior|other|earlier|many)\s+)?"
    rf"(?:(?:TV|television|film|screen|series)\s+)?((?:directing|writing|acting|producing)\s+)?credits?\s+"
    rf"(?:include|including|includes)\s+"
)
_CREDIT_ROLES = {"directing": "director", "writing": "writer", "acting": "actor", "producing": "producer"}
# Which part of the title: "the first three episodes of", "two episodes of", "the pilot of".
_PART = (
    r"(?:(?:the\s+)?(?:first|last|final|\w+)\s+(?:(?:\w+\s+)?episodes?|installments?)\s+of\s+"
    r"|(?:the\s+)?(?:pilot|finale|premiere)\s+(?:episode\s+)?of\s+"
    r"|(?:an?|two|three|several)\s+(?:recurring\s+|guest\s+|starring\s+|lead\s+)?(?:roles?|runs?|stints?)\s+(?:on|in)\s+)?"
)
# The title, fronted or quoted so that it can only be a title: "FX's Ridgeback", "the Danish series Ulvetid",
# "the BBC Two thriller Deadlight", "'Moonlit Pharmacy'".
_KIND = rf"(?:{GENRE}|farce|limited series|serial|K-drama)"
_FRONT = rf"(?:({NET})['’]s?\s+|the\s+(?:\d{{4}}\s+)?(?:({NET})\s+)?(?:[\w-]+\s+){{0,2}}?{_KIND}\s+)"
_OBJECT = re.compile(rf"{_PART}(?:{_FRONT}[\"'‘“]?({TITLE})|[\"'‘“]({TITLE})[\"'’”]?|({TITLE}))")
# "La Nuit Blanche, the Canal+ series": a network in apposition after the title.
_AFTER = re.compile(rf"[\"'’”]?,\s+the\s+(?:\d{{4}}\s+)?({NET})\s+(?:[\w-]+\s+){{0,2}}?{_KIND}\b")
_MORE = re.compile(r"[\"'’”]?(?:,\s+(?:as well as|and)\s+|\s+(?:and|as well as)\s+|,\s+)")
_CUE = re.compile(
    rf"\b(?:{_VERBS})\b|credits?\s+(?:include|including|includes)\s|\b(?:former|ex-)|{_EARLIER_HEAD.pattern}"
    r"|known for\s"
)


def _title_at(text: str, start: int, ctx: Context) -> tuple[str, str | None, bool, int] | None:
    """The title at `start`, the network fronting it or in apposition after it, whether the sentence marks it
    as a title (fronted, quoted or described), and where it ends."""
    match = _OBJECT.match(text, start)
    if not match:
        return None
    network = match.group(1) or match.group(2)
    fronted, quoted, bare = match.group(3), match.group(4), match.group(5)
    title = fronted or quoted or bare
    title = re.sub(r"[,.]$", "", title)
    after = _AFTER.match(text, match.end())
    if bare and title not in ctx.titles and not after:
        return None  # a bare capitalised phrase must at least be a title the article names
    if after and not network:
        network = after.group(1)
    # ("the Canal+ series Okafor directed": a known person's surname is no title.)
    if title == ctx.main or title in ctx.people or network_names(title) or _is_surname(title, ctx):
        return None
    names = network_names(network) if network else []
    return title, (names[0] if names else None), not bare or after is not None, match.end()


def _titles_from(text: str, start: int, ctx: Context) -> list[tuple[str, str | None, bool]]:
    """The titles of a list at `start`: "HBO's Silt, ..., as well as the BBC Two thriller Deadlight"."""
    found: list[tuple[str, str | None, bool]] = []
    at: int | None = start
    while at is not None and len(found) < 6:
        got = _title_at(text, at, ctx)
        if got is None:
            break
        title, network, marked, end = got
        found.append((title, network, marked))
        # ("HBO's Silt, for which he won an award, as well as X": a clause between list items is skipped.)
        rest = re.match(r"(?:,\s+for which [^,]*)?", text[end:])
        end += rest.end() if rest else 0
        more = _MORE.match(text, end)
        at = more.end() if more else None
    return found


def past_credits(
    sentences: list[Sentence], ctx: Context, facts: list[ExtractedFact]
) -> tuple[list[ExtractedFact], list[tuple[str, str, str]]]:
    """Credits on other titles told in passing, and the networks those sentences give the titles."""
    told: list[_Told] = []
    former: list[ExtractedFact] = []
    for sentence in sentences:
        text = sentence.text
        if sentence.heading or not _CUE.search(text):
            continue
        for person, roles, start in _credit_openings(text, ctx, facts):
            told += [
                (person, roles, t, net, marked, text) for t, net, marked in _titles_from(text, start, ctx)
            ]
        told += _apposed_makers(text, ctx)
        for match in _FORMER.finditer(text):
            star = _person(match.group(3), ctx)
            role = _FORMER_ROLES.get(match.group(2), match.group(2))
            title = match.group(1)
            if star and title != ctx.main and title not in ctx.people and not network_names(title):
                former.append(fact(FactKind.CREDIT, text, 0.7, show=title, person=star, role=role))
    # A bare title ("Obuya is coming off a run on Ridgeback") counts where the article marks it as a title
    # elsewhere ("FX's Ridgeback"): "Byrne starred in Bridesmaids" alone may name a character or a place.
    marked_titles = {title for _p, _r, title, _n, marked, _t in told if marked}
    body = " ".join(s.text for s in sentences)
    marked_titles |= {title for _p, _r, title, _n, _m, _t in told if _marked_in(title, body)}
    out = [
        fact(FactKind.CREDIT, text, 0.7, show=title, person=person, role=role)
        for person, roles, title, _n, _m, text in told
        if title in marked_titles
        for role in roles
    ]
    votes = [(title, net, text) for _p, _r, title, net, _m, text in told if net and title in marked_titles]
    return out + former, votes


def _credit_openings(
    text: str, ctx: Context, facts: list[ExtractedFact]
) -> list[tuple[str, tuple[str, ...], int]]:
    """Each person a sentence tells other work of, the credits told, and where the titles start."""
    found: list[tuple[str, tuple[str, ...], int]] = []
    for match in _DOER.finditer(text):
        person = _person(match.group(1), ctx)
        roles = next(r for v, r in _VERB_ROLES if re.fullmatch(v, match.group(3)))
        if person:
            found.append((person, roles, match.end()))
        opposite = re.search(rf"\bopposite ({PERSON})", match.group(3))
        partner = _person(opposite.group(1), ctx) if opposite else None
        if partner:
            found.append((partner, roles, match.end()))
    for match in _CREDITS.finditer(text):
        person = _person(match.group(1), ctx)
        # "directed by Ana Ruiz, whose credits include X": the credits are of the part she has here.
        roles = (_CREDIT_ROLES[match.group(2).strip()],) if match.group(2) else _only_role(person, facts)
        if person and roles:
            found.append((person, roles, match.end()))
    for match in _EARLIER_HEAD.finditer(text):
        person = _last_person(text[: match.start()], ctx)
        roles = ("creator",) if match.group(1) == "creation" else _only_role(person, facts)
        roles = ("composer",) if match.group(2) else roles
        if person and roles:
            found.append((person, roles, match.end()))
    for match in _KNOWN_FOR.finditer(text):
        person = _person(match.group(1), ctx)
        roles = _only_role(person, facts)
        if person and roles:
            found.append((person, roles, match.end()))
    return found


def _is_surname(word: str, ctx: Context) -> bool:
    """Is `word` one word naming a person the article knows ("Okafor-Leclerc")?"""
    return " " not in word and ctx.person(word) in ctx.people


def _marked_in(title: str, body: str) -> bool:
    """Does the article mark `title` as a title somewhere: a network's possessive before it, or a kind of
    show in apposition after it ("Ashfall County, the CBS series")?"""
    name = re.escape(title)
    return bool(
        re.search(rf"(?:{NET})['’]s?\s+[\"'‘“]?{name}\b", body)
        or re.search(rf"\b{name}[\"'’”]?,\s+the\s+(?:\d{{4}}\s+)?(?:[\w+-]+\s+){{0,3}}?{GENRE}\b", body)
    )


def _apposed_makers(text: str, ctx: Context) -> list[_Told]:
    """Credits told beside a title: "Low Sun, the 2021 AMC miniseries he also wrote and directed"."""
    out: list[_Told] = []
    for match in _APPOSED_MAKER.finditer(text):
        title, verb = match.group(1), match.group(4)
        named = match.group(3)
        maker = (
            _last_person(text[: match.start()], ctx)
            if named in ("he", "she", "they")
            else _person(named, ctx)
        )
        roles = next(r for v, r in _VERB_ROLES if re.fullmatch(v, verb))
        if maker and title != ctx.main and title not in ctx.people and not network_names(title):
            names = network_names(match.group(2)) if match.group(2) else []
            out.append((maker, roles, title, names[0] if names else None, True, text))
    return out


def _only_role(person: str | None, facts: list[ExtractedFact]) -> tuple[str, ...]:
    """The one craft (directing, writing, acting, music) the article credits `person` with on its own shows,
    if one: a showrunner's or producer's other credits may be in any part."""
    known = {
        str(f.get("role"))
        for f in facts
        if f.kind == FactKind.CREDIT and person and f.get("person") == person
    } & {"director", "writer", "actor", "composer"}
    return tuple(known) if len(known) == 1 else ()


def _person(name: str, ctx: Context) -> str | None:
    """The person `name` is, allowing a title word before it ("PD Jang Soo-hyun")."""
    words = name.split()
    person = ctx.person(name) or (ctx.person(" ".join(words[1:])) if len(words) > 2 else None)
    if person is None or person in ctx.people:
        return person
    # "Ó Broin previously created": the end of a fuller name the article gives ("Sinéad Ó Broin").
    fuller = {p for names in ctx.surnames.values() for p in names if p.endswith(" " + person)}
    return fuller.pop() if len(fuller) == 1 else None if fuller else person


def _last_person(text: str, ctx: Context) -> str | None:
    """The last known person named in `text` (whom "his previous work" speaks of)."""
    for match in reversed(list(_NAMED.finditer(text))):
        person = _person(match.group(), ctx)
        if person:
            return person
    return None
