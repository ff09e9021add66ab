"""How crew credits are worded: "created by A and B", "X serves as showrunner", "directed two episodes"."""

from __future__ import annotations

import re

from ingest.dates import NUMBERS as _DATE_NUMBERS

NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen|twenty)"
NUMBERS = {**_DATE_NUMBERS, "sixteen": 16, "twenty": 20}
# "created by LIST": the role follows from the words just before the list.
BEFORE_LIST = [
    # ("written and created by A", "co-created and co-written by A": the two verbs in either order.)
    (
        re.compile(
            r"\b(?:co-)?created and (?:co-)?written by\s+|\b(?:co-)?written and (?:co-)?created by\s+"
            r"|\bcreators? and writers?\s+",
            re.I,
        ),
        ("creator", "writer"),
    ),
    # "Season 3 will again be run by A and co-showrunner B": who runs a show is its showrunner.
    (
        re.compile(
            r"\b(?:be|is|are|was|were|been|being) (?:again |also |still |now |jointly )?(?:co-)?run by\s+"
        ),
        ("showrunner",),
    ),
    # "The series is created and executive produced by showrunners A and B": both roles, however A and B
    # are described.
    (
        re.compile(
            r"\bcreated and (?:executive )?produced by\s+(?:(?:showrunners?|writers?|producers?)\s+)?", re.I
        ),
        ("creator", "executive_producer"),
    ),
    (
        re.compile(
            r"\b(?:from|with) (?:a|the) (?:script|screenplay) by\s+|\b(?:script|screenplay) (?:is|was) by\s+"
            # "written and executive produced by A", "written and directed by A", "writer-director A".
            r"|\bwritten and (?:executive )?(?:produced|directed) by\s+|\bwriter[-/]directors?\s+",
            re.I,
        ),
        ("writer",),
    ),
    # ("directed and executive produced by A": the producing half is read by its own cue.)
    (re.compile(r"\bdirected and (?:co-)?(?:written|(?:executive )?produced) by\s+", re.I), ("director",)),
    # "The musical drama from Ida Crane and Tom Beck": a series is from those who created it.
    (re.compile(r"\b(?:series|drama|comedy|sitcom|dramedy) from\s+(?=[A-Z][a-z]+ [A-Z])"), ("creator",)),
    # "Iron Bay comes from Ada Brisk", "a fantasy series by acclaimed director Ada Brisk": its maker.
    (
        re.compile(
            r"\b(?:comes|hails) from\s+(?=[A-Z][a-z]+ [A-Z])"
            r"|\b(?:series|drama|comedy|sitcom|dramedy|thriller) by\s+(?:[\w-]+\s+){0,2}?"
            r"(?:(?:director|writer|filmmaker|auteur)\s+)?(?=[A-Z][a-z]+ [A-Z])"
        ),
        ("creator",),
    ),
    (re.compile(r"\b[Cc]reated by and starring\s+"), ("creator",)),
    # "Created for HBO Max by A" names the network it was made for.
    (
        re.compile(
            r"\b(?:[Cc]o-c|[Cc])reated "
            r"(?:for (?:television|TV|the screen|[A-Z][\w+]*(?: [A-Z+][\w+]*)?) )?by\s+"
        ),
        ("creator",),
    ),
    # "Directed Kim Do-yun and written Han Seo-rin": a dropped "by" before a name.
    (re.compile(r"(?:^|,\s+|\band\s+)[Dd]irected (?=[A-Z][a-z])"), ("director",)),
    (re.compile(r"(?:^|,\s+|\band\s+)[Ww]ritten (?=[A-Z][a-z])"), ("writer",)),
    (re.compile(r"\b[Dd]eveloped (?:for (?:television|TV) )?by\s+"), ("creator",)),
    (re.compile(r"\b(?:[Cc]o-)?[Cc]reator,? and (?:co-)?showrunner\s+"), ("creator", "showrunner")),
    # ("added creator and producer Abrams": the creator, whatever else the person produces.)
    (re.compile(r"\b(?:[Cc]o-)?[Cc]reator,? and (?:executive )?producer\s+"), ("creator",)),
    # "Creator Ann Lee confirmed ...": a role's noun may open the sentence, capitalised.
    # ("Series co-creators A and B": the show's own word may open the sentence, capitalised.)
    (re.compile(r"(?<!/)\b(?:from )?(?:[Ss]eries |[Ss]how |[Tt]he )?(?:[Cc]o-c|[Cc])reators?\s+"),
     ("creator",)),
    # "Its creator, Hal Brody, thanked the crew": the name between commas, when the creator is the show's
    # (never "the nuclear bomb's creator, Robert Oppenheimer").
    (re.compile(r"\b(?:[Ii]ts|[Tt]he (?:show|series|drama|comedy|sitcom)['’]s?|[Ss]eries|[Ss]how)"
                r" (?:co-)?creators?,\s+(?=[A-Z])"),
     ("creator",)),
    # "Creator and star Ana Ruiz said ...": both her credits (the acting one is read with the cast).
    (re.compile(r"\b(?:[Cc]o-)?[Cc]reators?,? and (?:co-)?stars?\s+"), ("creator",)),
    (re.compile(r"\bfrom the (?:mind|minds|imagination) of\s+"), ("creator",)),
    # "From acclaimed writer/producer/director Ann Lee (Iron Bay), Salt Road follows ...": what opens with
    # "From" and its maker's titles is that maker's show.
    (re.compile(r"^From (?:the )?(?:[a-z][\w-]* ){0,2}?(?:writer|producer|director|filmmaker|showrunner"
                r"|creator)(?:[/-](?:writer|producer|director|filmmaker|showrunner|creator))+\s+"),
     ("creator",)),
    # ("Ted Lasso's co-creator/showrunner A": a slashed run is read whole, with its owner, by slashed_roles.)
    (re.compile(r"(?<!former )(?<!original )(?<!previous )(?<!/)\b(?:co-)?[Ss]howrunners?,?\s+"),
     ("showrunner",)),
    (
        re.compile(
            # "Executive producers of the fantasy series include A, B".
            r"\b[Ee]xecutive producers of (?:the|this) (?:[\w-]+ ){1,4}?include\s+"
            # "Executive produced by A, the series ...": a participle may open the sentence, capitalised.
            r"|\b(?:[Ee]xecutive|[Ee]xec\.?)[- ]produced by\s+"
            r"|(?<!/)\b[Ee]xecutive [Pp]roducers? (?:include |are |is )?"
        ),
        ("executive_producer",),
    ),
    (re.compile(r"(?<![Ee]xecutive )(?<![Ee]xec )(?<![Ee]xec\. )(?<!-)\b[Pp]roduced by\s+"), ("producer",)),
    (re.compile(r"(?<!novel )(?<!book )\b(?:[Ww]ritten|[Pp]enned) by\s+|\bwriters? (?:include )?"),
     ("writer",)),
    (re.compile(r"\b(?:novels?|books?|book series|graphic novels?|memoir|webtoons?|web novels?|manga"
    r"|comics?)(?: of the same name)? by\s+"),
     ("novelist",)),
    (re.compile(r"\bnovels?\b.{0,60}\bcompleted by\s+"), ("novelist",)),
    # ("writer/producer/director Ann Lee": a career's slashed titles describe her, crediting nothing here.)
    (re.compile(r"\b[Dd]irected by\s+|(?<!/)\b[Dd]irectors?\s+|\bthe (?:only )?(?:confirmed )?director (?:for"
    r"|of) .{0,30}? is\s+"),
     ("director",)),
]  # fmt: skip
_ROLE_WORD = r"(?:co-)?(?:creator|writer|showrunner|executive producer|director)"
# "joined the series as", "joins as": someone taking a role on the show the sentence is about.
_JOINED_AS = (
    # ("will also step in as an executive producer", "has signed on as showrunner": other ways to join.)
    r"\b(?:has |have |will |)(?:join(?:s|ed|ing)?|step(?:s|ped|ping)? in|sign(?:s|ed|ing)? on) "
    r"(?:the (?:project|series|show|production|drama|comedy|team) )?"
    r"as (?:an? |the |its )?"
)
# ("will be back as executive producer and showrunner": a returning crew member's posts, listed the same way.)
_SERVES_AS = (
    r"\b(?:serves?|served|serving|(?:will be|is|are) back|(?:will )?returns?|returning) as (?:the )?"
    rf"(?:{_ROLE_WORD}(?:,\s*|,?\s+and\s+))*"
)
# Verb phrases whose subject is the person: "X serves as showrunner", "X created the series".
PREDICATES = [
    # ("who created the animated series": describing words may stand before the show's word.)
    (
        re.compile(
            # ("created the Peacock original show": a network's name may be among them.)
            r"\b(?:co-)?creat(?:ed|es) (?:the (?:(?:[a-z][\w-]*|[A-Z][\w+]*) ){0,3}?"
            r"(?:series|show|drama|comedy|sitcom)|it)\b"
        ),
        ("creator",),
    ),
    # "serves as creator, writer and showrunner": each role of the list.
    # ("serves as executive producer and co-showrunner along with B": a shared post is the post.)
    *(
        (re.compile(_SERVES_AS + r"(?:co-)?" + role + r"\b"), (role,))
        for role in ("creator", "writer", "showrunner")
    ),
    # "serves as creator, executive producer and writer": a producer among the listed roles.
    # ("serves as creator and executive producer for the series": the last of the list.)
    (
        re.compile(
            _SERVES_AS + r"executive producer\b(?=,|\s+and\b|\s+(?:for|on) the (?:series|show)\b|\s*[.;]|$)"
        ),
        ("executive_producer",),
    ),
    (re.compile(r"\bdeveloped (?:the (?:show|series)|it)(?: for (?:television|TV))?\b"), ("creator",)),
    (re.compile(r"\bcreated, wrote\b"), ("creator", "writer")),
    (
        re.compile(
            r"\b(?:serves?|served|serving|will serve|is|are|was|acts? as|takes? over as|took over as"
            r"|returns? as|will return as|returning as|is returning as"
            # "will stay on as showrunner", "remains showrunner".
            r"|(?:will )?stay(?:s|ing)? on as|(?:will )?remains?(?: as)?) "
            r"(?:also )?(?:as )?(?:the )?(?:series['’] )?(?:co-)?showrunners?\b(?! on \w+ (?:other|previous))"
            r"|\bshowruns\b|\b(?:running|runs|ran) the show\b"
            rf"|{_JOINED_AS}(?:co-)?showrunner\b"
        ),
        ("showrunner",),
    ),
    (
        re.compile(
            r"\bshowrunners? and executive producers?\b|\bexecutive produc(?:es?|ing)\b"
            r"|\b(?:is|are|was|were|serves? as|served as|serving as) (?:also )?"
            r"(?:an? |the (?:series['’]|show['’]s) )?"
            r"(?:executive producers?|EPs?)\b"
            r"|^executive producers?\b"
            # "X has joined the project as an executive producer".
            rf"|{_JOINED_AS}(?:co-)?executive producer\b"
        ),
        ("executive_producer",),
    ),
    (re.compile(r"(?<!executive )\b(?:also )?produces\b|\bis (?:also )?a producer\b"), ("producer",)),
    (
        re.compile(
            r"\b(?:credited|serves?|serving|works?|worked) as (?:a |the )?(?:series['’] )?story consultant\b"
        ),
        ("story_consultant",),
    ),
    (
        re.compile(
            r"\b(?:composed the (?:score|music)|(?:is|serves? as) (?:the )?(?:series['’] )?composer)\b"
            # ("is composing the music", "will score the series", "wrote the score": the music's maker.)
            r"|\b(?:compos(?:es|ing)|(?:will|to) (?:also )?compose|(?:is|are) (?:also )?(?:composing|scoring)"
            r"|wr(?:ote|ites|iting) the|(?:will|to) (?:also )?write the) (?:the |its )?(?:original )?"
            r"(?:score|music|soundtrack)\b"
            r"|\b(?:scores|scored|will score|is scoring) the (?:series|show|drama|comedy|season)\b"
        ),
        ("composer",),
    ),
    (
        re.compile(
            # ("will also write all six episodes": a writing credit still to come is a credit too.)
            r"\b(?:wr(?:ote|ites)|(?:will|is set to|is to) (?:also )?(?:co-)?write) (?:and directed )?"
            r"(?:several|the|every|all|many|some|most|\d+|\w+ of the)"
            r"(?: [\w'’-]+){0,2} (?:episodes?|scripts?|pilot|finale|season|film|movie)\b"
            r"|\bjoins? the writers['’] room\b"
            r"|\badapted the (?:books|novels?) for (?:the screen|television)\b"
            # ("adapted the series from her own webtoon", "adapts the novel for Netflix": its writer.)
            r"|\b(?:adapted|adapts|is adapting|will adapt) (?:the (?:series|show|drama|pilot|scripts?"
            r"|novels?|books?|webtoon|manga|comics?)|it) (?:from|for)\b"
            r"|\breturns? as (?:a |the )?writer\b"
            rf"|{_JOINED_AS}writer\b"
            # "will script the series", "will write and serve as showrunner", "writes and showruns".
            r"|\b(?:will |to )?script(?:s|ed)? the (?:series|show|pilot|film|movie|episodes?)\b"
            r"|\b(?:will|to) (?:co-)?write and (?:direct|serve|executive produce|showrun)\b"
            r"|\bwrites and showruns\b"
            # "A and B write and executive produce the series".
            r"|\b(?:write|writes|wrote) and (?:executive )?produc(?:e|es|ed)\b"
        ),
        ("writer",),
    ),
    (re.compile(r"\bwrote the (?:\w+ ){0,2}(?:novels?|books?|graphic novels?)\b"), ("novelist",)),
    (
        re.compile(
            r"\b(?:has |had |also |will |)(?:directed|directs|direct|helmed|helms|helming|is directing"
            r"|returns? to direct|(?:is|are) back to direct|is set to direct)\s+"
            # ("directed an episode of the third season": one episode is a directing credit too.)
            r"(?:(?:all|the|its|every|several|some|many|multiple|first|an|one"
            # ("will direct the season two premiere": the season's number may qualify the episode.)
            rf"|second|third|fourth|fifth|sixth|last|final|other|new|of|more|in|[\w]+['’]s|{NUM}"
            rf"|[Ss]eason (?:\d+|{NUM}))\s+)*"
            rf"(?:episodes?|seasons?|series|pilot|finale|premiere|installments?|film|movie|{NUM}\b"
            r"|Season \d+)|\b(?:are|is) among the directors\b"
            r"|\b(?:returns?|will return|serves?|served) as director\b(?! of photography)"
            # "is attached to direct", "is on board to direct": signed on to direct the show at hand.
            r"|\b(?:is|are) (?:also )?(?:attached|on board|slated|tapped) to direct\b"
            r"(?=\s*[,.;]|\s+(?:the|all|every))"
            rf"|{_JOINED_AS}director\b(?! of photography)"
            # "Ana Ruiz directed from a script by Tom Lee".
            r"|\b(?:directed|directs|will direct) from (?:a|the|his|her|their) (?:own )?"
            r"(?:script|screenplay)\b"
            # "is back in the director's chair for the third part".
            r"|\b(?:is|are|will be|was) (?:back )?in the director['’]s chair\b"
        ),
        ("director",),
    ),
]
AS_ROLE = re.compile(
    r"\s+as (?:the |its )?(executive producer|co-showrunner|showrunner|writer|director)s?\b(?! of)"
)
AS_ROLES = {
    "executive producer": "executive_producer",
    "showrunner": "showrunner",
    "co-showrunner": "showrunner",
    "writer": "writer",
    "director": "director",
}
NEGATED = re.compile(
    # ("the Peacock original show" is the show at hand, never a former post.)
    r"\b(?:former|formerly|previous|original(?! (?:series|show|drama|comedy|sitcom)\b)|ex-|exited|departed"
    r"|left|stepped down|replac\w+"
    r"|takes? over from|took over from|not|n't|won't)\b"
)
# "A will also executive produce, with B attached to direct": what follows "with B" is B's, never A's.
HANDED_OVER = re.compile(
    r",?\s+with\s+[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s+(?:also\s+)?"
    r"(?:attached|set|slated|tapped|on board)\s+to\b"
)
