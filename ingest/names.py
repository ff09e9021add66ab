"""Building blocks for names: capitalised spans, people, networks and the words that are never names."""

from __future__ import annotations

import functools
import re

from ingest.name_words import HONORIFICS as HONORIFICS
from ingest.name_words import MONTH_FIRST_NAMES as MONTH_FIRST_NAMES
from ingest.name_words import MONTH_WORDS as MONTH_WORDS
from ingest.name_words import NOT_NAME as NOT_NAME
from ingest.name_words import ORDINARY_TITLE_WORDS as ORDINARY_TITLE_WORDS

# Upper-case letters of the Latin scripts, so "Zoë", "Dónal" and "Skarsgård" match like ASCII names.
UP = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper())
# One capitalised word: "Locke", "O'Reilly", "Zeta-Jones", "Mr." (dot only when a capital follows), "al'Thor".
CAPW = (
    # ("Dark Mon£y": a currency sign inside a word is part of a stylised title.)
    # ("at NBC. Daniels": an initial starts a word; the last letter of "NBC" is none.)
    rf"(?:(?<![\w.])(?:[{UP}][a-z]{{0,2}}|Dept|Bros|Corp|[{UP}]\.[{UP}])\.(?=\s[{UP}])"
    rf"|[{UP}](?:[\w\-]|['’](?=\w)|[£$€](?=[a-z]))*"
    rf"|[a-z]{{1,3}}['’][{UP}][\w\-]*)"
)
PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|le|la|du|dos|bin|ibn)"
# A person's name: two to four capitalised words, particles allowed inside ("Guillermo del Toro").
PERSON = rf"{CAPW}(?:\s+(?:{PARTICLE}\s+)?{CAPW}){{1,3}}"
_CONNECT = r"(?:of|the|and|in|a|an|on|to|at|for|from|with|&|or|de|la|le|del|en|du|vs\.?)"
# A title: capitalised words, lower-case connectors inside, an optional subtitle ("Rogue One: A Star...").
TITLE = rf"{CAPW}(?:(?:\s+{_CONNECT})*\s+(?:{CAPW}|\d+|['’]\d\d\b)|:\s+{CAPW})*"

# A headline in title case naming what a network does to its show: "Fox Renews Iron Bay", "Max Cancels X".
_TITLE_CASE_ORDERS = r"(?:Renews|Cancels|Orders|Picks Up|Axes|Greenlights|Brings Back|Commissions)"
# Canonical network name and the pattern that finds it; longer names first so "Apple TV+" beats "Apple".
NETWORKS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern))
    for name, pattern in [
        ("Apple TV+", r"\bApple ?TV(?:\+|\s+Plus\b)|\bApple TV\b(?!\s+app)"),
        (
            "Prime Video",
            r"\b(?:Amazon\s+)?Prime Video\b|\bAmazon Prime\b" r"|\bAmazon(?= Original (?:series|show))",
        ),
        ("Disney+", r"\bDisney(?:\+|\s+Plus\b)"),
        ("Paramount+", r"\bParamount(?:\+|\s+Plus\b)"),
        ("AMC+", r"\bAMC\+"),
        ("Netflix", r"\bNetflix\b"),
        ("Hulu", r"\bHulu\b"),
        # HBO Max was "Max" from 2023 to mid-2025: each name as the article writes it.
        ("HBO Max", r"\bHBO Max\b"),
        ("HBO", r"\bHBO\b(?!\s+Max)"),
        # ("Max's Dune Riders will return": a possessive opening a sentence before a title is the streamer's.)
        (
            "Max",
            r"(?<=\bon )Max\b|(?<=\band )Max\b(?=[.,;]| on\b| at\b| for\b)|\bMax['’]s\b(?= [a-z])"
            r"|(?:^|(?<=[.!?] ))Max['’]s(?= [A-Z][\w'’-]+ [A-Z])"
            # ("Max ordered the second season": opening a sentence, doing what only a network does.)
            r"|(?:^|(?<=[.!?] ))Max(?= (?:has |had )?(?:ordered|renewed|greenlit|picked up|commissioned"
            r"|cancell?ed|axed|renews|cancels|orders|is (?:heading|going|bringing) back"
            # ("Max Renews 'Dune Riders'": a headline in title case.)
            rf"|{_TITLE_CASE_ORDERS})\b)"
            # ("canceled at Max after two seasons": where a show is cancelled or renewed.)
            r"|(?:(?<=\bcancelled at )|(?<=\bcanceled at )|(?<=\brenewed at ))Max\b",
        ),
        ("Peacock", r"\bPeacock\b"),
        ("BBC One", r"\bBBC One\b|\bBBC1\b"),
        ("BBC Two", r"\bBBC Two\b|\bBBC2\b"),
        ("BBC Three", r"\bBBC Three\b"),
        ("BBC iPlayer", r"\b(?:BBC )?iPlayer\b"),
        ("BBC America", r"\bBBC America\b"),
        ("BBC", r"\bBBC\b(?! (?:One|Two|Three|Four|iPlayer|News|Studios|Films|Radio|America))"),
        ("ITV", r"\bITV(?:X|1)?\b(?! Studios)"),
        ("Channel 4", r"\bChannel 4\b"),
        ("Channel 5", r"\bChannel 5\b"),
        ("Sky Atlantic", r"\bSky Atlantic\b"),
        # ("Sky" alone only as the one who orders: "Sky has commissioned ...".)
        (
            "Sky",
            r"\bSky (?:One|Max|Showcase)\b|\bNOW TV\b|\bSky\b(?= (?:has |have )?(?:commissioned|ordered"
            r"|renewed|cancell?ed|axed)\b)",
        ),
        ("FX", r"\bFX\b(?! Productions)"),
        ("AMC", r"\bAMC\b(?!\+| Studios)"),
        ("Showtime", r"\bShowtime\b"),
        ("Starz", r"\bStarz\b"),
        ("MGM+", r"\bMGM\+|\bEpix\b"),
        ("CBS All Access", r"\bCBS All Access\b"),
        ("CBS", r"\bCBS\b(?! Studios| All Access)"),
        ("NBC", r"\bNBC\b(?!\s*Universal)"),
        ("ABC Family", r"\bABC Family\b"),
        ("ABC", r"\bABC\b(?! Signature| Studios| Family)"),
        (
            "Fox",
            r"\bFox\b(?= (?:(?:broadcast )?network|series|drama|comedy|show)|['’]s)|(?<=\bon )Fox\b"
            r"|(?:(?<=\breturns to )|(?<=\bmoves to )|(?<=\bheads to )|(?<=\breturning to ))Fox\b"
            # "cancelled at Fox", "picked up by Fox".
            r"|(?:(?<=\bcancelled at )|(?<=\bcanceled at )|(?<=\brenewed at )|(?<=\bup by ))Fox\b"
            # ("canceled after three seasons at Fox": where its seasons ran.)
            r"|(?:(?<=\bseasons at )|(?<=\bseason at ))Fox\b"
            # ("giving its network Fox the strongest debut": named as a network.)
            r"|(?<=\bnetwork )Fox\b"
            # ("Fox renews X", "Fox has given X a second season": what only a network does to a show.)
            r"|(?:^|(?<=\band )|(?<=, )|(?<=\. ))(?<![A-Z]\. )Fox\b(?= (?:(?:has|have|is) )?(?:now )?"
            r"(?:decided to )?(?:announced|renew(?:ed|s|ing)?|cancel(?:l?ed|s|ing)?|order(?:ed|s|ing)?|picked"
            r"|picks|set|revealed|released|axe[ds]|giv(?:e|es|en|ing)|gave|bring(?:s|ing)? back"
            r"|brought back|reviv(?:es|ing|ed)"
            rf"|{_TITLE_CASE_ORDERS})\b)",
        ),
        ("The CW", r"\bThe CW\b|\bthe CW\b|(?<=\()CW(?=\))"),
        ("Syfy", r"\bSyfy\b"),
        ("USA Network", r"\bUSA Network\b"),
        ("TNT", r"\bTNT\b"),
        ("TBS", r"\bTBS\b"),
        ("Freeform", r"\bFreeform\b"),
        ("Adult Swim", r"\bAdult Swim\b"),
        ("Crunchyroll", r"\bCrunchyroll\b"),
        ("Shudder", r"\bShudder\b"),
        ("BritBox", r"\bBritBox\b"),
        ("Acorn TV", r"\bAcorn TV\b"),
        ("Tubi", r"\bTubi\b"),
        ("Roku Channel", r"\bThe Roku Channel\b|\bRoku Channel\b"),
        # "PBS's Masterpiece", "Masterpiece on PBS": the broadcaster's drama strand is PBS, never a show.
        (
            "PBS",
            r"\bPBS(?:['’]s? Masterpiece(?: Mystery!?| Classic| Theatre| Contemporary)?(?![\w'’]))?"
            r"|\bMasterpiece(?: Mystery!?| Classic| Theatre| Contemporary)? on PBS\b|\bPBS\b",
        ),
        ("Comedy Central", r"\bComedy Central\b"),
        ("Nickelodeon", r"\bNickelodeon\b"),
        ("Cartoon Network", r"\bCartoon Network\b"),
        ("Bravo", r"\bBravo\b"),
        (
            "Lifetime",
            r"\bLifetime\b(?= (?:movie|film|series|network))|\bon Lifetime\b" r"|\bLifetime(?=['’]s\s+[A-Z])",
        ),
        ("Hallmark Channel", r"\bHallmark(?: Channel)?\b"),
        ("CBC", r"\bCBC\b"),
        ("Stan", r"\bon Stan\b|\bStan['’]s\b"),
        ("Crave", r"\bCrave\b"),
        ("Paramount Network", r"\bParamount Network\b"),
        ("A&E", r"\bA&E\b(?! Studios)"),
        ("MTV", r"\bMTV\b(?! Studios)"),
        ("TLC", r"\bTLC\b"),
        ("BET", r"\bBET\b(?!\+)"),
        ("BET+", r"\bBET\+"),
        ("Cinemax", r"\bCinemax\b"),
        ("Sundance TV", r"\bSundance ?TV\b|\bSundance Channel\b|\bSundance(?=\))"),
        ("IFC", r"\bIFC\b(?! Films)"),
        ("TV Land", r"\bTV Land\b"),
        # ("Pop" and "History" are everyday words: a channel only where only a channel stands.)
        (
            "Pop TV",
            r"\bPop TV\b|(?<=\bon )Pop\b(?=[.,;]| on\b| in\b)"
            r"|\bPop(?=['’]s (?:[\w-]+ ){0,2}(?:original|series|show|comedy|drama)\b)"
            r"|(?<=\bPresident of )Pop\b",
        ),
        (
            "History",
            r"(?:(?<=\bon )|(?<=\bto ))History\b(?=[.,;]| on\b| in\b| for\b)"
            r"|\bHistory(?=['’]s (?:[\w-]+ ){0,2}(?:original|series|show|drama)\b)"
            r"|(?:^|(?<=[.!?] ))History(?= (?:has |have )?(?:renewed|ordered"
            r"|greenlit|picked up|commissioned|cancell?ed|axed|renews|cancels|orders"
            rf"|{_TITLE_CASE_ORDERS})\b)",
        ),
        ("YouTube Premium", r"\bYouTube (?:Premium|Red)\b"),
        ("Quibi", r"\bQuibi\b"),
        ("Discovery+", r"\bDiscovery\+"),
        ("Freevee", r"\b(?:Amazon )?Freevee\b"),
        ("E4", r"\bE4\b"),
        ("Audience Network", r"\bAudience Network\b"),
        ("WGN America", r"\bWGN(?: America)?\b"),
        ("Disney Channel", r"\b(?:the )?Disney Channel\b"),
        ("National Geographic", r"\bNational Geographic(?: Channel)?\b|\bNat Geo\b"),
        ("Spike", r"\bSpike(?: TV)?\b(?= (?:series|drama|comedy|show|network)|['’]s\s+[A-Z])|\bon Spike\b"),
        # Broadcasters and streamers outside the US and UK that news about their dramas names.
        ("tvN", r"\btvN\b"),
        ("JTBC", r"\bJTBC\b"),
        ("KBS2", r"\bKBS ?2\b"),
        ("KBS", r"\bKBS\b(?! ?2| World)"),
        ("MBC", r"\bMBC\b"),
        ("SBS", r"\bSBS\b"),
        ("Coupang Play", r"\bCoupang Play\b"),
        ("TVING", r"\bTVING\b|\bTving\b"),
        ("Canal+", r"\bCanal\+"),
        ("Viaplay", r"\bViaplay\b"),
        ("RTÉ", r"\bRT[ÉE](?: One| Two|\s?Player)?\b"),
        ("ZDF", r"\bZDF\b"),
        ("SVT", r"\bSVT\b"),
        ("NRK", r"\bNRK\b"),
    ]
]


# Every network's name starts with one of these characters (a test derives them from NETWORKS). Checking
# that one character first spares the regex engine trying every network's pattern at every position.
NETWORK_FIRST_CHARACTERS = "ABCDEFHIJKLMNPQRSTUVWYZiot"
# Any network's name, as a pattern to build others from.
_EVERY_NETWORK = "|".join(f"(?:{pattern.pattern})" for _name, pattern in NETWORKS)
ANY_NETWORK = rf"(?=[{NETWORK_FIRST_CHARACTERS}])(?:{_EVERY_NETWORK})"
# One pass over the text says whether any network is named at all; most names and sentences name none.
_ANY_NETWORK = re.compile(ANY_NETWORK)
NETWORK_NAME = _ANY_NETWORK  # any network's name


def find_networks(text: str) -> list[tuple[int, int, str]]:
    """Networks named in `text` as (start, end, canonical name), left to right, never overlapping."""
    return list(_find_networks(text))


@functools.lru_cache(maxsize=16384)
def _find_networks(text: str) -> tuple[tuple[int, int, str], ...]:
    if not _ANY_NETWORK.search(text):
        return ()
    found: list[tuple[int, int, str]] = []
    for name, pattern in NETWORKS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if all(end <= s or start >= e for s, e, _ in found):
                found.append((start, end, name))
    return tuple(sorted(found))


def network_names(text: str) -> list[str]:
    """Distinct networks in `text`, in order of appearance."""
    seen: list[str] = []
    for _s, _e, name in find_networks(text):
        if name not in seen:
            seen.append(name)
    return seen


_DESCRIBING = re.compile(r"winn(?:er|ing)|nominated|nominee|based|born|time|starring")


# Places named in two words that read like a first name and a surname: "the Hatfields (West Virginia)".
PLACE_NAMES = frozenset(
    {
        "West Virginia", "North Carolina", "South Carolina", "North Dakota", "South Dakota", "Rhode Island",
        "Puerto Rico", "Costa Rica", "Sri Lanka", "Hong Kong", "Los Angeles", "San Francisco", "San Diego",
        "Las Vegas", "Santa Monica", "Santa Barbara", "Saudi Arabia", "El Salvador", "Great Britain",
        "Northern Ireland", "South Africa", "North Korea", "South Korea", "Long Island", "Palm Springs",
        "Baton Rouge", "Salt Lake", "Kansas City", "Oklahoma City", "Atlantic City",
    }
)  # fmt: skip


# A double-barrelled name: capitalised parts joined by hyphens ("Oduya-March", "Jan-Michael").
_BARRELLED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")


@functools.lru_cache(maxsize=16384)  # pure, and asked about the same names again and again
def is_person_name(name: str) -> bool:
    """Does `name` look like a person's full name (2-4 capitalised words, none of them a known non-name)?"""
    words = name.split()
    # ("St. Anselm's": a saint's name opens a title or a place, never a person's full name.)
    if not 2 <= len(words) <= 5 or not re.fullmatch(PERSON, name) or name in PLACE_NAMES or words[0] == "St.":
        return False
    # "June Park", "April Lee": a month that is also a first name opens a two-word name; longer runs after a
    # month ("in June Kaley Cuoco joined") stay out.
    named = words[1:] if len(words) == 2 and words[0] in MONTH_FIRST_NAMES else words
    # ("Ins Choi": a three-letter word ending in "s" is a name, no plural of a non-name; "As Ann Lee" is not.)
    if any((len(w) != 3 and w.strip("'’s") in NOT_NAME) or w in NOT_NAME for w in named):
        return False
    # "Grammy Award-winner", "Emmy-nominated": a description, not a name ("Jung-jae" keeps its hyphen;
    # "Woon-A-Tai" its one-letter part).
    # ("Beverly Oduya-March", "Jan-Michael Vincent": a month is a part of a double-barrelled name.)
    if any(
        (len(part) > 1 and part in NOT_NAME and not (part in MONTH_WORDS and _BARRELLED.fullmatch(w)))
        or _DESCRIBING.fullmatch(part)
        for w in named
        for part in w.split("-")
    ):
        return False
    if network_names(name):
        return False
    # "Carnival Row. Erik Oleson": a word ending a sentence is no part of a name (initials and "Dr." are).
    if any(re.fullmatch(r"[A-Z][a-z]{2,}\.", w) and w not in ("Mrs.", "Sgt.") for w in words[:-1]):
        return False
    # A trailing possessive ("Burton's") or an all-caps word ("HBO") is not part of a name.
    return not any(w.endswith(("'s", "’s")) or (len(w) > 2 and w.isupper() and "." not in w) for w in words)


def strip_honorific(character: str) -> str:
    """'DI Tess Hollin' -> 'Tess Hollin'; a lone rank ('Sergeant Dombey') keeps its name part."""
    words = character.split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)
