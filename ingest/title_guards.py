"""Names that sit where a title would in a show context but are no title: a character with her actor in
brackets, an owner's possessive before the quoted title, and a place."""

from __future__ import annotations

import re

from ingest.names import ANY_NETWORK, PERSON, find_networks, is_person_name

# "Lumen Studios' Dara Fitch" after a producing word: a studio's producer, not the studio's show.
_STUDIO_OWNED = re.compile(r"\b(?:Studios|Pictures|Animation)['’]s?\s*$")
_CREW_COMPANY = re.compile(r"\b(?:produc\w*|EPs?|alongside|along with|together with)\b[^.;]{0,40}$")
_PLACE_OF = re.compile(r"\b(?:city|town|state|county|island|streets) of\s+$")


def not_a_title(raw: str, before: str, after: str) -> bool:
    """Is `raw`, found in a show context between `before` and `after`, shown to be no title?"""
    bracket = re.match(rf"\s*\(({PERSON})\)", after)
    if bracket and is_person_name(bracket.group(1)):
        return True  # "the return of Amy (Skyler Day)": a character, her actor in brackets
    if (re.search(r"\w['’]s$", raw) and re.match(r"\s+[“\"‘']", after)) or re.match(r"['’]\s+[“\"‘']", after):
        return True  # "canceled Baz Luhrmann's “The Get Down”", "J.J. Abrams' “Fringe”": the owner
    if _STUDIO_OWNED.search(before) and is_person_name(raw) and _CREW_COMPANY.search(before):
        return True  # "executive produces along with Lumen Studios' Dara Fitch": the studio's producer
    pair = re.fullmatch(rf"({PERSON}) and ({PERSON})", raw)
    cast = re.search(r"\b(?:cast|actors?|actresses|stars)\b", before) or re.match(r",\s+among others", after)
    if pair and cast and is_person_name(pair.group(1)) and is_person_name(pair.group(2)):
        return True  # "the cast will also bring back Ada Brisk and Tom Vale": two people, no title
    # ("starring Lost Coast's Mina Farrow": the person may be named through other work.)
    person = re.sub(r"^(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*['’]s?\s+(?=[A-Z])", "", raw)
    if is_person_name(person) and _MAKER_BEFORE.search(before):
        return True  # "the drama starring Marcus Doyle has been renewed": the cast, not the subject
    # (Only a possessive "'s": a closing quote after a title ("canceled 'Moon Quay' after") is no owner's.)
    owner = re.sub(r"['’]s$", "", raw) if re.search(r"\w['’]s$", raw) else raw
    owned = re.search(r"\w['’]s$", raw) or re.match(r"['’]s\s", after)
    if owned and is_person_name(owner) and re.match(r"(?:['’]s)?\s+[a-z]", after):
        return True  # "Anne Rice's novel", "Kurt Sutter's biker drama": a person's work, not its title
    if _people_pair(raw, before, after):
        return True  # "the team of Jantje Friese and Baran bo Odar": two makers, no title
    if re.match(r"[”\"’']?\s+(?:franchise|universe)\b", after):
        return True  # "the next installment in the “Iron Bay” franchise": a franchise, not one show or film
    if _inside_network_name(raw, before, after):
        return True  # "on PBS's Masterpiece": the broadcaster's strand, part of its name
    if ROLE_OF.search(before):
        return True  # "landed the role of Edda in Tide Pool": a character (the title follows "in")
    if _AFTER_QUOTED_TITLE.search(before) and _HEADLINE_PREDICATE.match(raw):
        return True  # "'Driftwood' Gets Season 3 Premiere Date": the headline's verb after its quoted title
    # "an offshoot set in the city of Denver got axed": a place
    return _PLACE_OF.search(before) is not None


# A person-shaped name after these is someone credited on the show the clause is about.
_MAKER_BEFORE = re.compile(
    r"\b(?:starring|co-starring|featuring|(?:created|written|directed|produced|led|fronted) by)\s+$"
)
# "the team of A and B", "the duo of A and B": the names after are people.
_GROUP_OF = re.compile(r"\b(?:team|duo|pair|couple|trio|partnership|brothers|sisters|siblings)\s+of\s+$")


def _people_pair(raw: str, before: str, after: str) -> bool:
    """Is `raw` a person's full name joined to the start of another's ("A and Baran" before "bo Odar"), or
    a pair after a word for a group of people?"""
    first = re.match(rf"({PERSON})\s+(?:and|&)\s+", raw)
    if not first or not is_person_name(first.group(1)):
        return False
    # ("Baran bo Odar", "Ana de Vries": a lower-case particle then a capital continues the second name.)
    return bool(_GROUP_OF.search(before) or re.match(r"\s+[a-z]{1,4}\s+[A-Z]", after))


def _inside_network_name(raw: str, before: str, after: str) -> bool:
    """Does a network's name cover `raw` with the words around it ("PBS's Masterpiece")?"""
    lead = before[-16:]
    around = lead + raw + after[:12]
    return any(s <= len(lead) and e >= len(lead) + len(raw) for s, e, _n in find_networks(around))


# ("was cast as the witch Maelis in Tin Harbour": a part someone is cast as, then its show.)
ROLE_OF = re.compile(
    r"\b(?:(?:role|part|character) of|(?:been|was|were|is|are|being) cast as(?:\s+(?:the|an?))?"
    r"(?:\s+(?!(?:in|on|of|for|at|with|from)\b)[a-z][\w-]*){0,3})\s+$"
)
# A closing quote right before: the quoted words were the title.
_AFTER_QUOTED_TITLE = re.compile(r"\w[.!?]?[”\"’']\s+$")
_HEADLINE_PREDICATE = re.compile(
    r"(?:Gets|Sets|Lands|Scores|Earns|Nabs|Snags|Drops|Teases|Confirms|Reveals|Unveils|Announces|Officially"
    r"|Finally|Releases|Debuts|Receives|Returns|Renewed|Cancell?ed)\b"
)


# "Everything We Know About Iron Bay", "What You Need to Know About Iron Bay": a guide headline's opening.
_GUIDE_OPENING = re.compile(
    r"^(?:Everything|All|What|Here['’]s What) (?:We|You) (?:Know|Need to Know|Should Know) (?:About|on|of)\s+"
)
# "Iron Bay Star Ada Brisk Teases ...": a headline's verb, and the show's star or maker named after it.
_HEADLINE_VERB = re.compile(
    r"\s+(?:Teases|Says|Reveals|Talks|Explains|Confirms|Hints|Shares|Announces"
    # "Iron Bay to End With Season 5": the show's end, told before its season.
    r"|(?:to |Will )?(?:End|Ends|Ending|Wrap|Wraps) (?:With|After))$"
)
# "Renews Iron Bay for a Fourth and Final Season": the season a headline gives it, after the title.
_SEASON_TAIL = re.compile(
    r"\s+(?:for|after|with)\s+(?:[Aa]n?|[Ii]ts)\s+(?:[\w-]+\s+){0,3}(?:Season|Series)s?$"
)
_MAKER_AFTER = re.compile(rf"\s+(?:Star|Creator|Showrunner|Alum|Actor|Actress|Boss|EP)\s+({PERSON})$")
# "Iron Bay: Netflix Confirms": a network after the colon starts the headline's news, not the title.
_NETWORK_AFTER_COLON = re.compile(rf":\s+(?:{ANY_NETWORK})(?![\w+]).*$")


def strip_headline_words(title: str) -> str:
    """A title found in a headline, without the headline's own words around it: "We Know About Iron Bay",
    "Iron Bay Star Ada Brisk Teases" and "Iron Bay: Netflix Confirms" are all Iron Bay."""
    title = _GUIDE_OPENING.sub("", title)
    title = _NETWORK_AFTER_COLON.sub("", title)
    title = _HEADLINE_VERB.sub("", title)
    title = _SEASON_TAIL.sub("", title)
    maker = _MAKER_AFTER.search(title)
    return title[: maker.start()] if maker and is_person_name(maker.group(1)) else title


# "'Iron Saints' premiere recap: 'Ashes'", "Review: 'Harbor' episode 3, 'The Flood'": the quoted name after a
# recap's label is the episode's.
_EPISODE_LABEL = re.compile(
    r"\b(?:[Rr]ecap|[Rr]eview|[Ee]pisode(?: \d+)?|[Ff]inale|[Pp]remiere)\s*(?::|,|-|–|—)\s*"
    r"[“\"‘']([^“”\"‘’']{1,60}?)[”\"’'](?=\s*(?:$|[.!?]))"
)


def episode_titles(headline_text: str) -> set[str]:
    """Names a headline gives as its episode's ("... premiere recap: 'Out'"): never a show's title."""
    return {m.group(1).strip(" ,.") for m in _EPISODE_LABEL.finditer(headline_text)}


# "October 20", "Oct. 3, 2023 for Iron Bay": a month and its day, then maybe what the date is for.
_DAY_FIRST = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"(?:\s+(?:for|on|to|at|of)\s+(.+))?$"
)


def after_leading_day(title: str) -> str:
    """A found title without a day of the month opening it ("October 20 for Tidewater" is Tidewater): what
    the date is for, "" when the date is all there is, the title itself when no date opens it."""
    day_first = _DAY_FIRST.match(title)
    if not day_first:
        return title
    return day_first.group(1) or ""
