"""Names that sit where a title would in a show context but are no title: a character with her actor in
brackets, an owner's possessive before the quoted title, and a place."""

from __future__ import annotations

import re

from ingest.names import ANY_NETWORK, PERSON, is_person_name

_PLACE_OF = re.compile(r"\b(?:city|town|state|county|island|streets) of\s+$")


def not_a_title(raw: str, before: str, after: str) -> bool:
    """Is `raw`, found in a show context between `before` and `after`, shown to be no title?"""
    bracket = re.match(rf"\s*\(({PERSON})\)", after)
    if bracket and is_person_name(bracket.group(1)):
        return True  # "the return of Amy (Skyler Day)": a character, her actor in brackets
    if (re.search(r"\w['’]s$", raw) and re.match(r"\s+[“\"‘']", after)) or re.match(r"['’]\s+[“\"‘']", after):
        return True  # "canceled Baz Luhrmann's “The Get Down”", "J.J. Abrams' “Fringe”": the owner
    pair = re.fullmatch(rf"({PERSON}) and ({PERSON})", raw)
    cast = re.search(r"\b(?:cast|actors?|actresses|stars)\b", before) or re.match(r",\s+among others", after)
    if pair and cast and is_person_name(pair.group(1)) and is_person_name(pair.group(2)):
        return True  # "the cast will also bring back Ada Brisk and Tom Vale": two people, no title
    if re.match(r"[”\"’']?\s+(?:franchise|universe)\b", after):
        return True  # "the next installment in the “Iron Bay” franchise": a franchise, not one show or film
    # "an offshoot set in the city of Denver got axed": a place
    return _PLACE_OF.search(before) is not None


# "Everything We Know About Iron Bay", "What You Need to Know About Iron Bay": a guide headline's opening.
_GUIDE_OPENING = re.compile(
    r"^(?:Everything|All|What|Here['’]s What) (?:We|You) (?:Know|Need to Know|Should Know) (?:About|on|of)\s+"
)
# "Iron Bay Star Ada Brisk Teases ...": a headline's verb, and the show's star or maker named after it.
_HEADLINE_VERB = re.compile(r"\s+(?:Teases|Says|Reveals|Talks|Explains|Confirms|Hints|Shares|Announces)$")
_MAKER_AFTER = re.compile(rf"\s+(?:Star|Creator|Showrunner|Alum|Actor|Actress|Boss|EP)\s+({PERSON})$")
# "Iron Bay: Netflix Confirms": a network after the colon starts the headline's news, not the title.
_NETWORK_AFTER_COLON = re.compile(rf":\s+(?:{ANY_NETWORK})(?![\w+]).*$")


def strip_headline_words(title: str) -> str:
    """A title found in a headline, without the headline's own words around it: "We Know About Iron Bay",
    "Iron Bay Star Ada Brisk Teases" and "Iron Bay: Netflix Confirms" are all Iron Bay."""
    title = _GUIDE_OPENING.sub("", title)
    title = _NETWORK_AFTER_COLON.sub("", title)
    title = _HEADLINE_VERB.sub("", title)
    maker = _MAKER_AFTER.search(title)
    return title[: maker.start()] if maker and is_person_name(maker.group(1)) else title
