"""How cast credits are worded: "stars A, B and C", "X returns as Y", "Y (X)", "X is Y, a ..."."""

from __future__ import annotations

import re

from ingest.cued import cued
from ingest.names import CAPW, PERSON

LIST_CUES = re.compile(
    # "Clean Slate, starring and co-written by A and B": the list both stars and writes.
    r"\b(?:also\s+|will\s+|)(?:starring and (?:co-)?(?:written|created|(?:executive )?produced|directed) by"
    # ("Other series stars include A and B": the list follows "include".)
    r"|(?:(?:other|series|its|the)\s+)*stars (?:also )?include"
    r"|stars|star|starring|co-stars|co-starring|alongside|opposite"
    # ("A ... is joined in the main cast by B (Other Work) and C": the rest of the cast.)
    r"|joined (?:in the (?:main |regular |core |series )?(?:cast|ensemble) )?by(?: newcomers)?"
    r"|(?:a |the |its )?cast (?:that )?(?:also )?includes?|cast members? include"
    # "The show's cast features A, B and C": its cast, said with "features".
    r"|(?:the |its )?(?:(?:main|regular|core|voice|ensemble) )?cast (?:also )?features"
    # "features a fantastic cast including A, B".
    r"|(?:a |an |the |its )?(?:[\w-]+ )?cast including"
    r"|returning (?:cast|ensemble) (?:also )?includes?"
    r"|(?:the |its )?ensemble (?:also )?includes?"
    r"|guest(?:[- ]stars?| cast)(?: also)? includes?|guest-starring"
    r"|newcomers|(?:the )?cast of [^,]{1,40}? includes?|also features?|featuring|with stars"
    r"|(?:which |who )?starred|(?:also )?starring(?: are)?"
    r"|(?:sees )?the return of|and starring|adds|cast is led by"
    # "brings back A as Mae Strand and introduces B as Rook": a film's returning and new cast, with roles.
    r"|(?:brings back|introduces)(?=\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+as\s+(?-i:[A-Z]))"
    # "The cast, led by A and B, is ...".
    r"|(?:the |its )?cast,? (?:is )?(?:led|lead|headed|headlined|fronted) by)\s+",
    re.IGNORECASE,
)
# A sentence opening with a list of people that "also star" / "return".
SUBJECT_LIST_VERB = re.compile(
    r"^\s*(?:also\s+|will\s+also\s+|are\s+also\s+|will\s+(?=(?:co-)?star\b)|)"
    r"(?:star|co-star|return|are back|round out the (?:cast|ensemble)"
    r"|return as well|also return|reprise their roles|(?:have|has) joined|joins? the (?:cast|series)"
    # "A and B starred alongside C in the first season", "A will guest star in a two-episode arc" (never "in
    # Other Title": that title's cast).
    r"|(?:starred|co-starred|stars|co-stars) (?:alongside|opposite)\b(?![^.;]*\bin\s+[“\"‘']?[A-Z])"
    r"|(?:will (?:also )?)?guest[- ]stars?\b(?!\s+(?:in|on)\s+[“\"‘']?[A-Z])"
    # "A is on board to star in ...", "A and B are set to appear in the second episode", "A will appear in".
    r"|(?:is|are) (?:also )?(?:set|slated|due|confirmed|on board|tapped) to (?:co-)?(?:star|appear)"
    r"|(?:also )?appears? in|will (?:also )?appear in|will (?:also )?be (?:co-)?starring"
    # "A will return for multiple episodes in the third season": a guest part.
    r"|(?:will (?:also )?return|(?:is|are) (?:also )?returning|returns?) for (?:multiple|several|a few"
    r"|a handful of|a number of|two|three|four|five|\d+|an?|one)\s+(?:[\w-]+\s+)?(?:episodes?|arc)"
    # "A is also joining the show".
    r"|(?:is|are) (?:also )?joining the (?:cast|show|series|ensemble)"
    # Casting news in the future or just settled: "A will join the cast of X", "A has signed on to star in X",
    # "A has closed a deal to join X" (not "to join X as showrunner": a crew post is named after "as").
    r"|will (?:also )?join the (?:cast|ensemble)|(?:has|have) signed on to (?:co-)?star in"
    r"|(?:has|have) (?:closed|signed|landed|inked|finali[sz]ed) (?:a |her |his |their )?deal to"
    r" (?:join the cast of|(?:co-)?star in|join(?![^.;]{0,60}\bas\b))"
    # Casting news: "A has been cast in X", "A has been tapped to lead X", "A will headline X".
    # ("A has been cast as a series regular in X": the kind of part comes before the show.)
    r"|(?:has|have) been cast (?:as (?:an? |the )?(?:[\w-]+ ){0,2}?(?:regular|lead|role|star|guest star)"
    r" )?(?:in|on)|(?:has|have) been (?:tapped|set|chosen|picked|hired|signed) to (?:headline"
    r"|front|topline|star in|lead (?=[“\"‘']?[A-Z]|the cast))|will (?:headline|front|topline)"
    # A part on the show: "A has landed the new series-regular role on X", "A has scored a recurring role on
    # X", "A has been upped to series regular on X" (never a writing or producing post: only acting words).
    r"|(?:has|have) (?:landed|nabbed|scored|snagged|booked|won|secured|earned) (?:a|an|the) "
    r"(?:(?:new|key|major|pivotal|coveted|lead|leading|main|starring|supporting|recurring|guest|guest-starring"
    r"|series[- ]regular|regular|central|title|mystery|small|big) ){0,3}(?:role|part|gig|spot) (?:on|in)"
    r"|(?:has|have) been (?:upped|promoted|bumped up|elevated|tapped|added|made|named) (?:to|as) (?:a |an )?"
    r"series[- ]regular(?: role)? (?:on|in|for))\b"
)
# Returning or co-starring casts name their roles in brackets: "Krys Marshall (Teri Rogers) ... also return".
# (Casting news brackets other work instead: "Irene Choi (Dear Evan Hansen) has joined".)
RETURNING_VERB = re.compile(r"^\s*(?:also\s+|are\s+also\s+|)(?:co-star|return|are back|reprise)\b")
RETURNING_CUE = re.compile(r"\b(?:returning|return of|co-stars|co-starring)\b", re.IGNORECASE)
# "The cast includes Jonah Pike (Ezra Cole)": a roster of the show's own cast, where a bracket after a name
# holds the role when it is shaped like a character's name.
ROSTER_CUE = re.compile(
    # ("stars Jonah Pike (Ezra Cole)": a star's bracket holds a role shaped like a character's name too.)
    # ("The cast of Bell Tower includes A (Nell Harper)": the show may be named inside the cue.)
    r"\b(?:(?:cast(?: members?)?(?: of [^,()]{1,40}?)?|ensemble) (?:also )?(?:includes?|including)|stars"
    r"|starring)\b",
    re.IGNORECASE,
)
# What a review calls a performance: "is terrific as", "is a revelation as" (the actor's role follows).
_PRAISE = (
    r"(?:terrific|excellent|superb|great|wonderful|brilliant|fantastic|outstanding|magnetic|compelling"
    r"|convincing|unsettling|chilling|menacing|hilarious|funny|charming|heartbreaking|devastating|riveting"
    r"|mesmeri[sz]ing|perfect|perfectly cast|impressive|delightful|phenomenal|stellar|electric|haunting"
    r"|moving|sympathetic|formidable|scene-stealing|memorable|magnificent|marvelous|marvellous|wonderful"
    r"|(?:a|the) (?:standout|revelation|delight|joy|scene-stealer|highlight|find))"
)
# The verb in every match of PLAYS: what `people` looks for before trying a whole pattern built on PLAYS.
PLAYS_VERB = (
    r"(?:returns? as|(?:is |are )?back as|stars as|will star as|co-stars as|plays|play|portrays|portray"
    r"|will play|voices|(?:returns? |will )?to voice|leads the cast as|returning as"
    r"|(?:last |who |has |have )?played"
    r"|joins? (?:the cast )?in an? (?:recurring|guest|main|series regular|starring|supporting) role as"
    r"|plays the role of|takes on the role of|take on the role of|taking on the role of"
    # "Dan Morrow is joining the cast of Harbour Street as bad boy 'Ace' Ackroyd".
    r"|(?:is )?joining the cast(?: of [^,.;]{1,40}?)? as|joins the cast of [^,.;]{1,40}? as"
    # "Ruth Calder is set to join the cast of Northfield as Ines Moray", "will join the cast as ...".
    r"|join the cast(?: of [^,.;]{1,40}?)? as|join the (?:[\w-]+ )?season of [^,.;]{1,40}? as"
    r"|(?:has |have )?joined the (?:cast|[\w-]+ season) of [^,.;]{1,40}? as"
    r"|joins(?: the (?:[\w-]+ )?(?:cast|season|series|show))? as|is cast as|(?:was|were) cast as"
    # "Ilse Marr has also joined the series as Queen Oda".
    r"|(?:has |have )?(?:also )?joined the (?:cast|series|show|ensemble) as"
    r"|has been cast as|appears as|appeared as|guest[- ]stars? (?:this season |in season \d+ )?as"
    # "will recur as Dot", "tapped A to recur in its upcoming season as Dot", "rounds out the lead cast as
    # Dot": a recurring or closing part.
    r"|(?:will |to )?recurs? (?:in [^,.;]{1,40}? )?as|recurring as"
    r"|(?:rounds?|rounding|rounded) out the (?:[\w-]+ )?(?:cast|ensemble)(?: of [^,.;]{1,40}?)? as"
    r"|guest[- ]starring as"
    # "made a guest appearance as Veronica's father Hiram", "moved over to continue playing Josie Cole".
    r"|(?:made|makes|will make) an? (?:guest |cameo |special )?appearance as|(?:to )?continues? playing"
    r"|reprises (?:his|her|their) (?:[\w-]+ ){0,2}role (?:as|of)|reprises the role of|returns to play"
    # "with Ana Ruiz reprising her role of Dot": the -ing form, after the person.
    r"|(?:is |are )?reprising (?:his|her|their) (?:[\w-]+ ){0,2}role (?:as|of)|reprising the role of"
    # "also makes a quick cameo as Dot".
    r"|(?:made|makes|will make) an? (?:quick |brief |short |surprise )?cameo as"
    # "Ana Ruiz in her celebrated role as Dot": the role named after the person, no verb needed.
    r"|in (?:his|her|their) (?:[\w-]+ ){0,2}role as"
    # "with Ana Ruiz playing her sister, Dot", "B portraying sheriff Abel Dorn": the -ing form right after the
    # person.
    r"|playing|portraying"
    # A review's talk of a performance: "steals every scene as Dot", "gives a career-best turn as Dot", "is
    # the show's anchor as Dot", "now a regular as Dot".
    r"|steals (?:every|each|the) (?:scene|episode|show)s? as"
    # Praise: "Quint shines as Hera in Tin Gods", "remember Marr for his stern performance as Lucius Varro".
    r"|(?:shines|shone|excels|dazzles|impresses|sparkles|stuns) as"
    r"|for (?:his|her|their) (?:[\w-]+,? ){0,3}(?:turn|performance|role) as"
    r"|gives an? (?:[\w-]+ ){0,2}(?:turn|performance) as"
    r"|(?:is|remains) the (?:show|series|drama|comedy)['’]s (?:anchor|heart|standout|MVP|secret weapon) as"
    r"|(?:is )?(?:now )?an? (?:series )?regular as"
    # A review's praise: "Ana Ruiz is quietly terrific as Dot", "Bo Lee is a revelation as Rook".
    rf"|(?:is|are|was|were|remains?) (?:(?:also|just|equally|especially|particularly|so|very|[a-z]+ly) )?"
    rf"{_PRAISE} as)"
)
PLAYS = (
    # ("A would be playing B", "A will be guest-starring as B": the verb's -ing form after "be".)
    # ("A, who has never starred in a TV show before, plays B": a describing clause may stand between.)
    # ("Ellie-Mae Thorsby, 19, who studied ..., will play B", "A, 34, plays B": an age may come first.)
    r"(?:,\s+(?:aged\s+)?\d{1,2}(?:,(?=\s+(?!who\b)))?)?"
    r"(?:,\s+who\s+(?!(?:also\s+)?(?:plays|played|portrays|voices|stars)\b)[^,;()]{1,80},)?"
    r"(?:,\s+who\s+)?\s*(?:also\s+|again\s+|once again\s+|(?:will|would) be\s+(?=playing|guest)|will\s+"
    r"|is set to\s+|has been cast to\s+|,\s+(?=playing\s|portraying\s)"
    # "Ana Ruiz has been tapped to play Dot".
    r"|(?:has been|have been|is|are|was|were) (?:tapped|picked|chosen|hired|signed|slated|due) to\s+)?"
    # "Tom Vail arrives next month, taking on the role of ...".
    r"(?:is set to (?:arrive|join|appear)\b[^,.;]{0,60},\s+)?" + PLAYS_VERB + r"\s+"
)
# A title with its full stop, opening a role's name: "Carla Gugino's Dr. Molly Caffrey" (never "Dr" alone).
ROLE_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Det|Sgt|Lt|Capt|Prof|Col|Gen|Insp|Supt)\.\s+)?"
CAST_CUE = re.compile(
    r"\b(?:stars?|starring|cast|plays?|character|role|returns?|reunites|joins|trailer|as)\b"
)
NOT_AFTER_POSSESSIVE = re.compile(
    r"^\s*(?:[,.;)]|$)|^\s+(?:and|who|is|was|are|must|will|returns?|as|when|while|has|had)\b"
)


# ("Both will serve as EPs alongside A and B": producers, never cast.)
CREW_WORDS = re.compile(r"\b(?:produc\w*|writ\w*|wrote|direct\w*|creat\w*|showrun\w*|EPs?|exec\w*)\b")
CAST_WORDS = re.compile(r"\b(?:star\w*|cast|plays?|return\w*)\b")
IS_CHARACTER = re.compile(
    rf"(?:^|,\s+and\s+|;\s+)({PERSON}|{CAPW}) is ({CAPW}(?:\s+{CAPW}){{1,3}}),\s+(?:a|an|the)\s"
)
AKA = cued(
    rf"({CAPW}(?:\s+{CAPW}){{1,3}}),\s+(?:aka|a\.k\.a\.|also known as)\s+[^(),]{{1,40}}\s+\(({PERSON})\)",
    r",\s+(?:aka|a\.k\.a\.|also known as)\s",
)
PLURAL_VERB = re.compile(
    r"\s*(?:also\s+)?(?:return as|are (?:also )?back as|play|portray|star as|co-star as|voice)\b"
)
TITLE_ROLE = cued(
    rf"({PERSON}),? (?:(?:plays|playing|takes|taking|stars|starring) )?in the title role", "in the title role"
)
PLAYED_BY = cued(
    rf"(?:^|[.;,]\s+|\b[Tt]he\s+[a-z]+\s+)?({CAPW}(?:\s+{CAPW}){{0,3}})?"
    # "Victor Lang, who is played by A", "Her rival, Duke Osric, is played by A".
    # ("Chief Ada Brisk (played by Salt Road's Lea Moss)": in brackets, after the actor's best-known show.)
    r"\s*(?:(?:is|was|will be) |,\s+(?:(?:who )?(?:is|was|will be) )?|\(\s*)"
    # "Linda Radlett, played by James": a surname alone is that person when the article names them in full.
    # ("played by newcomer Ada Lint": a word saying who the actor is may come first.)
    rf"(?:played|portrayed|voiced) by (?:{CAPW}(?: {CAPW}){{0,3}}['’]s )?"
    r"(?:(?:newcomer|veteran|actor|actress|star|singer|comedian|rapper|model|musician)\s+)?"
    rf"({PERSON}|{CAPW}(?![\w'’-]))",
    r"(?:played|portrayed|voiced) by ",
)
# "Queen Adela, whom A portrays": the actor comes inside a relative clause after the role.
WHOM_PLAYS = cued(
    # ("Edda, the botanist whom A portrays": a description may come between the role and "whom".)
    rf"(?P<char>{CAPW}(?:\s+{CAPW}){{0,3}}),\s+(?:(?:the|a|an|his|her|their) (?:[\w'’-]+ ){{0,3}}?)?"
    rf"whom (?P<who>{PERSON}) "
    r"(?:plays|portrays|will play|will portray|played|portrayed)\b",
    r"\swhom ",
)
# "The lead role of Nell Hart goes to A": a part handed to an actor; "A has landed the role of Nell Hart":
# an actor given a part (groups "char" and "who" in either order).
ROLE_GOES_TO = cued(
    # ("The role of matriarch Edith Varga in FX's Heirloom has gone to A": a describing word before the name,
    # the show after it.)
    rf"\b(?:role|part) of (?:[a-z]+ ){{0,2}}?(?P<char>{CAPW}(?:\s+{CAPW}){{0,3}})"
    rf"(?: in [^,;.]{{1,40}}?)? (?:goes|went|has gone|has been given) to (?P<who>{PERSON})",
    r"\b(?:role|part) of ",
)
ROLE_LANDED = cued(
    rf"(?P<who>{PERSON}) (?:has |have )?(?:landed|lands|won|wins|nabbed|nabs|scored|scores|snagged|secured"
    rf"|bagged|been given) the (?:[a-z]+ ){{0,2}}?(?:role|part) of (?P<char>{CAPW}(?:\s+{CAPW}){{0,3}}?)"
    r"(?=\s+in\b|[,.;]|$)",
    r" the (?:[a-z]+ ){0,2}?(?:role|part) of ",
)
# "A has boarded the third season of Stormwatch in the recurring role of Maggie Quill": joining in a part.
ROLE_JOINED_IN = cued(
    rf"(?P<who>{PERSON}) (?:has |have )?(?:boarded|joined|joins|been cast|signed on|is set)\b[^.;]{{0,80}}?"
    rf" in the (?:[a-z]+ ){{0,2}}?(?:role|part) of (?P<char>{CAPW}(?:\s+{CAPW}){{0,3}}?)(?=\s+in\b|[,.;]|$)",
    r" in the (?:[a-z]+ ){0,2}?(?:role|part) of ",
)
IS_RELATIVE = re.compile(
    rf"(?:^|,\s+and\s+|;\s+)({PERSON}|{CAPW}) is (?:{CAPW}['’]s|his|her|their|the) (?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:mother|father|son|daughter|sister|brother|wife|husband|boss|partner|friend|rival|aunt|uncle"
    rf"|cousin|grandmother|grandfather|assistant|lawyer|agent|mentor|ex-wife|ex-husband),\s+({CAPW}(?:\s+{CAPW}){{0,2}})"
    rf"(?=[.,;]|$)"
)
# "Saldana's character Joe": the actor's role, named through the actor.
ACTORS_CHARACTER = cued(
    rf"({PERSON}|{CAPW})['’]s (?:character|role),? ({CAPW}(?:\s+{CAPW}){{0,2}})\b",
    r"['’]s (?:character|role)",
)


def character_list(text: str, before: str = "") -> list[str]:
    """'Conrad and Jeremiah Fisher, ...' -> ['Conrad', 'Jeremiah Fisher']: the names a list of roles gives."""
    match = re.match(rf"{CAPW}(?:\s+{CAPW})*(?:(?:\s*,\s*|\s*,?\s+and\s+){CAPW}(?:\s+{CAPW})*)+", text)
    # The roles end the list: "Conrad and Jeremiah Fisher." is two; "Rand, Madeleine Madden as ..." is not.
    if (
        not match
        or not re.search(r"\band\s+\S+(?:\s+\S+)*$", match.group())
        or re.match(r"\s+as\b", text[match.end() :])
    ):
        return []
    roles = [r for r in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group()) if r]
    family = re.search(r"\b(?:brothers|sisters|siblings|twins|cousins)\s+$", before)
    if family and len(roles[-1].split()) == 2 and all(len(r.split()) == 1 for r in roles[:-1]):
        # "the brothers Conrad and Jeremiah Fisher" share the surname.
        roles = [f"{r} {roles[-1].split()[1]}" for r in roles[:-1]] + roles[-1:]
    return roles


# "Charlie Spring (Locke)", "DI Tess Hollin (Gemma Arterton)": a role, then its actor in brackets.
ROLE_THEN_ACTOR = cued(
    # A role may be quoted whole, as a nickname: “King Bo” (Ana Ruiz); a small word may sit inside a role:
    # "Ivan the Terrible (A)", "Anna of Kiev (B)".
    # ("As Tam (A) and Jory (B) prepare ...": a conjunction opening the sentence is no part of the role.)
    rf"(?:(?<=[“\"‘])|(?<![\w”\"’]))(?!(?:As|When|While|After|Before|Once|If|Until|Since|And|But|So|Then)\s)"
    rf"({CAPW}(?:\s+(?:[“\"‘]{CAPW}[”\"’]|(?:(?:of|the|de|von|van)\s+)?{CAPW})){{0,3}})"
    # ("her son John (Heroes' Thomas Dekker)": the actor may be named through other work.)
    rf"[”\"’]?\s+\((?:(?:[A-Z][\w&.-]*\s+){{0,3}}[A-Z][\w&.-]*['’]s?\s+(?=[A-Z]))?({PERSON}|{CAPW})\)",
    r"\s\(",
)


# "A has joined the series as an executive producer": joining, but not the cast.
JOINS_AS_CREW = re.compile(
    r"[^.;,]*?\bas (?:an? |the |its )?(?:co-)?"
    r"(?:executive producer|producer|showrunner|director|writer|creator)s?\b(?!['’])"
)

# "... alongside B in Other Title": the cast of a title other than a season of the show at hand.
IN_OTHER_TITLE = re.compile(r"[^.;]*?\bin\s+[“\"‘']?(?!(?:[Ss]eason|[Ss]eries|Part)\b)[A-Z]")

# After "Name (Bracket)": a crew post the named person holds, so the bracket is their other work.
CREW_AFTER = re.compile(
    r",?\s+(?:[a-z]+\s+){0,2}as\s+(?:an?\s+|the\s+|its\s+)?(?:co-)?"
    r"(?:showrunner|executive producer|producer|writer|head writer|director|creator)s?\b"
)
