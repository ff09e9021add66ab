"""Where a capitalised phrase can only be a show's title: the contexts titles.py looks for."""

from __future__ import annotations

import re

from ingest.names import ANY_NETWORK, CAPW, TITLE

NET = ANY_NETWORK
GENRE = (
    r"(?:series|show|drama|comedy|sitcom|thriller|mystery|miniseries|docuseries|anthology|satire|adaptation"
    r"|film|movie|epic|spinoff|spin-off|prequel|sequel|procedural|saga|romance|horror|western|musical"
    r"|commission|reboot|revival|documentary|dramedy|rom-com|romcom|soap|telenovela|whodunn?it|docudrama"
    r"|noir)"  # ("Prime Video's new surf noir")
)
# People named by the kind of show they make or appear in: "a comedy writer", "the drama's star".
MAKER_NOUN = (
    r"(?:writers?|actors?|actress(?:es)?|stars?|directors?|producers?|veterans?|legends?|icons?|creators?"
    r"|showrunners?|fans?|critics?|hosts?|executives?|alums?|performers?|queen|king|specialists?)\b"
)
# A nationality's or language's word: "Spanish-language", "Korean", "French".
_NATIONAL = (
    r"(?:[A-Z][a-z]+(?:an|ese|ish|ic|ern)|French|Dutch|Greek|Thai|Swiss|Welsh|Czech|Basque"
    r"|[A-Z][a-z]+-language)"
)
# Words describing a show before its title: "its freshman hit", "the long-running".
_DESCRIBED = r"(?:(?:its|the|their) (?:[a-z][\w'’-]* ){0,3}?)?"
# Each pattern's group 1 is a title in a context only a title fits.
SHOW_CONTEXTS = [
    # (A capital after the closing quote is a headline's title case, unless a comma closes the title first:
    # "“Stranger Things,” Netflix's darling".)
    re.compile(rf"(?:^|(?<![A-Z][\w'’-])[\s(—–-])[“\"‘']({TITLE})(?:,[”\"’']|[.!?]?[”\"’'](?=[\s,.;:!?)]|['’]s\b|$)"
               rf"(?!\s[A-Z]))"),
    # ("'Copper Sky' Season 2 is official": the title may be quoted.)
    re.compile(rf"({TITLE})[”\"’']?\s+(?:[Ss]eason|[Ss]eries|Part)\s+(?:\d+|One|Two|Three|Four|Five|Six)\b"),
    re.compile(
        # "has set a premiere date of Sunday, Oct. 20 for Iron Bay": the date, then what it is for (tried
        # first: "date of Sunday" would otherwise be read as a title).
        rf"\b(?:premiere|release|return|debut|launch) date of (?:\w+day,? )?[A-Z][a-z]{{2,8}}\.? \d{{1,2}}"
        rf"(?:st|nd|rd|th)?(?:,? \d{{4}})?,? for [“\"‘']?({TITLE})"
        # ("stars as the older version of Sunja": a character's age, never a remake of a title.)
        rf"|\b(?:seasons?|episodes?|cast|premieres?|finale|trailer|teaser|return|renewal|run|pilot|showrunners?"
        rf"|(?<!older )(?<!younger )(?<!young )(?<!adult )(?<!teen )(?<!teenage )(?<!elder )version"
        # "has set an August 14 premiere date for Iron Bay".
        rf"|premiere date|release date|return date|debut date"
        # "The second series of Moorland": British usage's season (never "a series of" anything).
        rf"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|next|latest|final)"
        rf" series)"
        rf" (?:of|for) ({TITLE})"
    ),
    # "Disney+'s upcoming Marvel TV series Secret Invasion": the words before the genre describe it.
    # ("Netflix's new Spanish-language thriller", "its new British cooking show": a describing word.)
    re.compile(rf"(?:{NET})['’‘]s (?:[a-z][\w-]* ){{0,4}}?(?:(?:{CAPW} ){{0,3}}?{GENRE} )?"
               rf"(?!{_NATIONAL}\s+[a-z])({TITLE})"),
    # ("new comedy series, The Ranch, which ...": a title set off by commas after its genre word.)
    # ("The comedy Small Mercies debuts ...": a sentence may open with the genre word.)
    # ("the contemporary Western series Longmire": a capitalised describing word may stand before it.)
    # ("the French thriller Réseau": a nationality's word need not end like "Danish" or "Korean".)
    re.compile(rf"(?:\b(?:[a-z][\w-]*|\d{{4}}|New)|^(?:The|A|An))"
               rf"(?: (?:[A-Z][a-z]+(?:an|ese|ish|ic|ern)|French|Dutch|Greek|Thai|Swiss|Welsh|Czech|Basque))?"
               # ("the procedural pilot Dead Reckoning": a kind of show's pilot, never "a stranded pilot".)
               rf" {GENRE}(?: pilot)? ({TITLE})"
               rf"|\b(?:{GENRE}|spin-?off|prequel|sequel), ({TITLE}),"),
    # ("It's official: Iron Bay is getting ...": a colon after a word opens the clause too.)
    re.compile(rf"(?:^|\b(?:that|when|after|before|since|until|because|as|and|but) |(?<=[a-z])[,:] )"
               rf"({TITLE})(?:['’]s)? "
               rf"(?:follows|also stars|stars(?! as\b| in\b| opposite\b| alongside\b)|premieres|premiered"
    rf"|will premiere|will return"
               # "Ember Hill returns next month", "Larkspur returns to BBC One": a run resumes.
               rf"|returns (?:next|this|later this|early next) (?:week|month|year|spring|summer|fall|autumn"
               rf"|winter)|returns to (?:{NET})"
               rf"|returns for|is set to|is set in|was created|has been renewed|was renewed|holds|is based"
               # "Glimmer Bay has set a premiere date of March 3": only a show has a premiere date.
               rf"|has (?:now |officially )?set (?:a|an|its) (?:premiere|release|return|debut|launch) date"
               rf"|is written|was written|is directed|was directed|is executive produced|"
               rf"comes from|debuted|debuts|will debut|centers|centres|is adapted|is an adaptation"
               # "X centered on a cook", "X has reached the end of its run": a story told, a run ended.
               rf"|cent(?:er|re)ed (?:on|around)|has reached the end of its run"
               # "Bodyguard is a contemporary thriller", "X will be exec produced by".
               # ("X is a British/American sitcom": a slashed pair of describing words.)
               rf"|is an? (?:[\w'’/-]+,? ){{0,3}}?{GENRE}|will be (?:exec(?:utive)? )?produced"
               # "Iron Bay tells the story of".
               rf"|tells the story of"
               # "Iron Bay is officially over", "Iron Bay is ending": only a show's run ends (people return).
               rf"|is (?:officially )?(?:over|ending)(?! the)"
               # "Iron Bay will not return for a fourth season": only a show has seasons.
               rf"|(?:will not|won['’]t) (?:return|be back) for (?:(?:a|an) \w+ season|[Ss]eason \w+\b)"
               # "Iron Bay is getting a second season".
               rf"|is getting (?:a|an) \w+ season"
               # "Iron Bay marks the first series from Tom Vale": what a show marks for its maker.
               rf"|marks (?:the|a|an) (?:[\w-]+ )?(?:series|show|drama|comedy|collaboration|return))\b"),
    re.compile(
        r"\b(?:[Rr]enew(?:ed|s)?|[Cc]ancel(?:l?ed|s)?|[Aa]xe[ds]?|[Oo]rder(?:ed|s)?|[Gg]reenlit"
        r"|[Gg]reenlights?|[Pp]ick(?:ed|s) up|[Pp]ull(?:ed|s|ing) the plug on|[Cc]ommission(?:ed|s)"
        # "is bringing back A and B for second seasons", "handed renewals to A and B": renewed in other words.
        # ("brings back Ora Lind as Mae": a person brought back in a role is no title.)
        r"|(?<=\s)(?:[Bb]ring(?:s|ing)?|[Bb]rought) back(?! (?:[A-Z][\w'’-]+ ){1,3}[Aa]s )|[Rr]enewals? to) "
        # ("also canceled the sitcom Two Left Feet": the kind of show may come between.)
        rf"(?:(?:the|its|their) (?:[a-z][\w-]* ){{0,2}}?{GENRE} )?({TITLE})\b"
    ),
    # ("Ana Ruiz stars in Iron Bay": one stars in a show; "who stars in" names someone's other work.)
    re.compile(rf"\b(?:will|to|set to|tapped to) (?:star|appear|return) in ({TITLE})|\bjoin(?:s"
    rf"|ed)? the cast of ({TITLE})"
               rf"|(?<!\bwho )(?<!\balso )(?<!\bcurrently )(?<!\bnow )(?<![,(] )\bco-?stars in ({TITLE})"
               rf"|(?<![Ww]ho )(?<!\balso )(?<!\bcurrently )(?<!\bnow )(?<!\bwhich )(?<![,(] )"
               rf"\bstars in ({TITLE})"),
    # "Tracker, which stars Justin Hartley", "Marshals, a Yellowstone spinoff, follows ...".
    # "drawn to Fault Line, a new police thriller", "is Dead End, the latest offering from ...".
    re.compile(rf"(?:^|\b(?:in|on|of|including|to|is|for) |;\s)({TITLE}), "
               rf"(?:which (?:stars|follows|premiered|premieres|returns|released|debuted|aired|launched"
               # "the death of Kathleen, the show also covers": a bare "the show" opens the next clause.
               rf"|is based|was created|centers|centres)\b"
               rf"|(?:(?:a|an) (?:[\w'’+-]+ ){{0,3}}?|the (?:[\w'’+-]+ ){{1,3}}?)(?:{GENRE}|offering)\b"
               # ("Dana Whitlock, a comedy writer": the kind word describes a person's work.)
               rf"(?!\s+{MAKER_NOUN})"
               # "Pale Row, Showtime's new limited series, premieres ...".
               rf"|(?:{NET})['’]s? (?:[\w'’-]+ ){{0,3}}?{GENRE}\b"
               # "Storm Runner, Warner Bros.' disaster movie, opened ...": a studio's, a comma closing it.
               # ("Tom Vale, Ana Ruiz's co-star in the series," is a person: the words describe the title.)
               rf"|(?:[A-Z][\w.&-]*\s+){{0,2}}[A-Z][\w.&-]*['’]s? "
               rf"(?:(?!(?:in|on|of|from|at|with)\b)[\w'’-]+ ){{0,3}}?{GENRE},)"),
    # Chart and schedule lines: "Peacemaker (HBO Max) — 510 million minutes", "8 pm — Tracker (Season 3 ...".
    re.compile(rf"^({TITLE})\s+\((?:{NET})(?:\s+on\s+(?:{NET}))?\)"),
    re.compile(rf"^\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?\s*[—–-]+\s*({TITLE})"),
    re.compile(rf"({TITLE})\s+\((?:[Ss]eason \d+ |[Ss]eries |[Ss]eason )?(?:premiere|finale)\)"),
    # "Marvel's upcoming Disney+ series Wonder Man": a network's genre word before the title.
    # ("the Hulu original Glass Orchard": a network's original needs no genre word.)
    # ("the Netflix limited series The Lamplighter's Daughter": one describing word may come first.)
    re.compile(
        rf"(?:{NET}) (?:original |limited |new |upcoming )?{GENRE} ({TITLE})|(?:{NET}) [Oo]riginal ({TITLE})"
    ),
    # "the actors who will be joining Tidewatch as its new regular cast".
    re.compile(rf"\bjoin(?:s|ed|ing)? ({TITLE}) as (?:its|a|an|the)\b"),
    # "her Maple Falls spin-off Ivy Blake has also been cut".
    re.compile(rf"\b{CAPW} (?:spin-?off|prequel|sequel) ({TITLE})"),
    # A studio's film: "Gareth Edmunds goes back to sci-fi with 20th Century Studios The Maker".
    re.compile(rf"\b(?:Studios|Pictures|Animation)['’]?s? ({TITLE})"),
    # Renewal round-ups: "dramas Little Lanterns (for season four) and The Cadet (season four)".
    re.compile(rf"({TITLE})\s+\((?:for\s+)?[Ss]eason\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\)"),
    # 17: a slate's plural genre word: "comedies MacGruber, ...", "dramas A Million Little Things".
    re.compile(rf"\b(?:comedies|dramas|sitcoms|thrillers|docuseries|miniseries|films|movies)\s+[“\"‘']?({TITLE})"),
    # 18: "Good Cop, starring Warren Brown", "Sean Saves the World, starring ...": a cast follows a title.
    # ("from writer Frank Moss, starring A": the name after a maker's role is that person's.)
    re.compile(rf"(?:^|(?<=[\s(“\"‘']))(?<!writer )(?<!creator )(?<!director )(?<!showrunner )(?<!producer )"
               rf"(?<!\bby )({TITLE})[”\"’']?,?\s+(?:starring|co-starring|which stars)\s+[A-Z]"),
    # 19: "will star as Ada Reed in Lady Reed", "lead the cast of Cold Money".
    # ("has been cast as Ellen in Night Orchard": a role, then the show it is in.)
    re.compile(rf"\b(?:star|stars|starring|plays?|playing|cast|recast)\s+as\s+(?:[A-Z][\w'’-]*\s+){{1,3}}in\s+"
               rf"[“\"‘']?({TITLE})"
               rf"|\blead(?:s|ing)? the cast of\s+[“\"‘']?({TITLE})"
               # "Lia Ortega and Ben Tallis star in tense thriller Gold Seeker".
               rf"|\bstar(?:s|ring)? in (?:[a-z][\w-]*\s+){{0,4}}?{GENRE}(?: pilot)?,?\s+[“\"‘']?({TITLE})"),
    # 20: "Call Your Mother has been canceled", "'Quantico' was renewed": only shows are renewed.
    re.compile(rf"({TITLE})[”\"’']? (?:has been|have been|was|were|got|would be|will be) (?:also )?"
               rf"(?:canceled|cancelled|axed|renewed)\b"),
    # 21: a slate's entry: "...; Expecting, executive produced by Mindy Kaling; ...".
    re.compile(rf"(?:^|;\s+)({TITLE}),\s+(?:starring|(?:executive )?produced by|created by|(?:co-)?written by"
               rf"|directed by|from (?:creator|writer)s?)\b"),
    # 22: a quoted title with commas inside, after a word saying it is one: the "Peacock Original Series,
    # “Michael Phelps: Medals, Memories & More,”".
    re.compile(rf"\b(?:{GENRE}|[Ss]eries|[Dd]ocumentary)[,:]?\s+[“\"]([A-Z][^”\"]{{2,80}}?)[,.!?]?[”\"]"),
    # 23: "an adaptation of Jane Doe's The Long Summer", "asked to adapt The Long Summer": what is adapted is
    # the title of the work the show is made from, which the show shares.
    # ("an adaptation of Mary Shelley's 1818 novel" describes the book, no title.)
    # ("an adaptation of Corinne Vasquez-Hale's novel": a title never stops inside a hyphenated word.)
    re.compile(rf"\badapt(?:ation of|s|ed|ing)? [“\"‘']?({TITLE})(?<!['’]s)(?![\w'’-])(?!\s+[A-Z\d])"
               rf"(?!\s+(?:novels?|books?|memoir|story|stories|comics?|graphic novels?|play)\b)"
               # "an adaptation of Wendell Price's bestseller The Orchard Keepers": the book's author, its
               # kind, then the title the show shares.
               rf"|\badapt(?:ation of|s|ed|ing)? (?:{CAPW} ){{1,3}}?{CAPW}['’]s? (?:[\w-]+ ){{0,2}}?"
               rf"(?:best-?sellers?|novels?|books?|memoir|comics?|graphic novels?|play) [“\"‘']?({TITLE})"),
    # 24: "Peacock will premiere Gold Ridge", "Netflix has released The Long Fall": a network airs a show.
    re.compile(rf"(?:{NET}) (?:will |is set to |has |is going to |plans to )?"
               rf"(?:premiere|debut|launch|air|stream|premiered|debuted|launched|aired|streamed"
               # "HBO has dated Grey Orchard": a network gives its own show a date.
               rf"|dated|set a (?:premiere |release |return )?date for)"
               rf" [“\"‘']?({TITLE})"),
    # 25: "Moss Garden (April 2, Hulu)", "Stone Harbor — HBO's most-watched drama —": a network beside it.
    re.compile(rf"({TITLE})[”\"’']?\s+\((?:[^()]{{0,25}}[,;]\s*)?(?:{NET})\s*[,;)]"
               rf"|({TITLE})[”\"’']?\s+[—–]\s+"
               rf"(?:(?:a|an|the) (?:[\w'’-]+ ){{0,3}}?|(?:{NET})['’]s? (?:[\w'’-]+ ){{0,3}}?){GENRE}\b"),
    # 26: "Amazon gave Homecoming a two-season order", "handed Low Tide a third-season renewal": only a show
    # is given a season order. ("handed its freshman hit Static Bloom a second-season order": words before.)
    re.compile(rf"\b(?:gave|gives|given|handed|hands|granted|grants) {_DESCRIBED}"
               rf"[“\"‘']?({TITLE})[”\"’']? (?:a|an) "
               rf"(?:[\w-]+[- ])?(?:season|series|episode)s?(?: \d+)? (?:order|renewal|pickup|pick-up)\b"
               # "Fox has given Iron Bay a second season": a numbered season is only ever a show's.
               rf"|\b(?:gave|gives|given|handed|hands|granted|grants) {_DESCRIBED}"
               rf"[“\"‘']?({TITLE})[”\"’']? (?:a|an) "
               rf"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
               rf"[- ]season\b"),
    # 27: "Glass Tide, out in cinemas on May 2, brings back ...": a title opening its sentence, an aside
    # between commas, then what only a show or film does.
    re.compile(rf"^({TITLE})[”\"’']?, [^,;]{{3,60}}, (?:brings back|introduces|stars)\b"
               # 27 too: "Iron Bay ran for three seasons on Fox": a run of seasons is a show's.
               rf"|^({TITLE}) (?:ran|aired) for (?:\w+ )?(?:seasons|series)\b"
               # 27 too: "new shows of its own, including Salt Road and Iron Bay": a slate's list.
               rf"|\b(?:shows|series|dramas|comedies|originals|titles)(?: of (?:its|their) own)?,?"
               rf" (?:including|such as) ((?:{TITLE}, )*{TITLE},? and {TITLE})(?=[.,;]|$)"
               # 27 too: "second season orders of A and B": only shows get season orders.
               rf"|\b(?:season|series) (?:orders|renewals|pickups) (?:of|for)"
               rf" ((?:{TITLE}, )*{TITLE},? and {TITLE})(?=[.,;”\"’']|$)"
               # 27 too: "renewed A, B and C on Monday": three shows renewed (or cancelled) at once.
               rf"|\b(?:[Rr]enew(?:ed|s)|[Cc]ancell?(?:ed|s)|[Aa]xe[ds]|[Oo]rder(?:ed|s)|[Pp]icked up)"
               rf" ((?:{TITLE}, )+{TITLE},? and {TITLE})(?=[.,;]|$|\s+(?:for|on|at|after|this|last)\b)"
               # 27 too: "Good news for Iron Bay fans: the drama ...": a show's fans (never a network's).
               rf"|\b(?:news|treat|surprise|message|update) (?:for|to) ({TITLE}) fans\b"
               rf"(?=[,:;.!]|\s+(?:have|will|can|are|who)\b)"
               rf"|^({TITLE}) fans,"
               # 27 too: "will play the lead role of Nell Hart in Iron Bay": the role's show.
               rf"|\b(?:role|part) of (?:{CAPW} ){{0,3}}{CAPW} in ({TITLE})"
               # 27 too: "will direct the Blackglass pilot": only a show has a pilot.
               rf"|\b(?:direct|directs|directing|helm|helms|helming|write|writes|writing) the ({TITLE})"
               rf" (?:pilot|series premiere)\b"
               # 27 too: a recap's line "Castle – “After the Storm”": the show, then its episode's title.
               rf"|^({TITLE})\s[–—]\s+[“\"‘'][^”\"’']{{2,60}}[”\"’']$"
               # 27 too: "the Pine Hollow series revival", "the Copper Bells TV reboot": a show brought back.
               # ("The Lantern House revival will ...": a sentence's first "The" may be the title's own.)
               rf"|(?:^|\bthe )({TITLE}) (?:series |TV |television )?(?:revival|reboot)\b"
               # 27 too: "Amazon has set Halcyon Gate for a July 9 premiere": a show is given its day.
               rf"|\b(?:has|have) (?:set|slated|dated) [“\"‘']?({TITLE})[”\"’']? for (?:an? |its )?"
               rf"(?:[\w.,-]+ ){{0,4}}?(?:premiere|debut|return|launch)\b"
               # 27 too: "her last season as Judge Vera Santos on Courtside", "playing Sister Agnes on the
               # BBC's Convent Hill": a character's name, then the show it is on.
               rf"|\b(?:as|playing|played|plays) (?:{CAPW} ){{0,3}}{CAPW} on (?:the )?(?:(?:{NET})['’]s )?"
               rf"[“\"‘']?({TITLE})"
               # 27 too: a week's round-up entry on a line of its own, "La Caja Negra (Thursday)".
               rf"|^[“\"‘']?({TITLE})[”\"’']?(?: (?:Season|Series|Part) \d+)? "
               rf"\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^()]{{0,20}}\)$"),
    # 28 (a weak context): "won't be leaving Quarry Hill anytime soon", "is exiting Iron Bay after five
    # seasons": a cast member's departure from a show, said with a show's own measures of time.
    re.compile(rf"\b(?:leaving|leave|leaves|exit|exits|exiting|departing) ({TITLE})(?= (?:any ?time soon"
               rf"|after (?:\w+ )?(?:seasons?|series|episodes?)"
               rf"|at the end of (?:the|its|this) (?:\w+ )?season))"),
]  # fmt: skip
# A literal part every match of a title-led context holds: a sentence without it is never scanned with the
# context's slow title pattern (which is tried at every capital). Keyed by the context's number.
CONTEXT_CUES = {
    1: re.compile(r"[Ss]eason|[Ss]eries|Part"),
    11: re.compile(r"(?:premiere|finale)\)"),
    16: re.compile(r"[Ss]eason\s+\w+\)"),
    18: re.compile(r"starring|which stars"),
    20: re.compile(r"canceled|cancelled|axed|renewed"),
    25: re.compile(r"[(—–]"),
}
# Quoted names that are no shows: episodes, songs, nicknames.
NOT_SHOW_QUOTE = re.compile(
    r"\b(?:episodes?|chapter|installment|song|single|track|album|podcast|(?:sub|en)?titled|called|nicknamed|dubbed"
    r"|known (?:\w+ ){0,5}?as|episode titled)(?: the)?\s*,?\s*[“\"‘']?$",
    re.IGNORECASE,
)
# A quoted name the next words call an episode ("returns with “Moonrise,” an episode written by A"): the
# episode's, never a show's ("“Harbor,” the drama whose first episode ..." still names the show).
EPISODE_APPOSITIVE = re.compile(
    r"(?=[”\"’']?,)[”\"’',]*\s*(?:an?|the|this|its)\s+"
    r"(?:(?!(?:series|show|drama|comedy|thriller|whose|which|that|with)\b)[\w'’-]+\s+){0,3}?episode\b"
)
STRONG_CONTEXTS = {0, 1, 2, 3, *range(6, 28)}
# Contexts where an ordinary word (names.ORDINARY_TITLE_WORDS) is taken as a title.
WORD_TITLE_CONTEXTS = {0, 2, 3, 18, 20}
# Words that open a sentence in title case but never begin a title.
LEADING_JUNK = frozenset(
    "Stream Watch Check Fans Viewers Will Who When How What Where Why Meanwhile Also And But So After Before "
    "While Since Ahead Here Everything In On At As For Like Unlike With Without Despite Both New "
    "Fellow Catch "
    "Binge Revisit See The Former".split()
)

# What a person comes back "as": a character's name, or a post on the crew ("will be back as showrunner").
AS_PART = re.compile(
    r"\s+as\s+(?:[A-Z]|(?:the |an? |its )?(?:(?:co-|executive )?(?:showrunner|producer)|writer|director"
    r"|creator|host|narrator)s?\b)"
)
# "renewed Iron Bastion for a Third season": a capitalised ordinal after a small word is the season's.
ORDINAL_TAIL = re.compile(
    r"\s+(?:for|into|after|with|in)\s+(?:an?|its|the|their)\s+(?:Second|Third|Fourth|Fifth|Sixth|Seventh"
    r"|Eighth|Ninth|Tenth|Final|Last|New)$"
)

# "Paramount+ Renews Two Dramas": a count of shows, not a show's title.
COUNTED_SHOWS = re.compile(
    r"(?:Two|Three|Four|Five|Six|Both|Several|Many|More|Its|Their|\d+)(?: [A-Z][\w-]*)? "
    r"(?:Shows|Series|Dramas|Comedies|Sitcoms|Thrillers|Westerns|Titles|Originals)"
)
