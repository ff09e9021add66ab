"""The phrases that describe a subject by a relation, as patterns over a question marked <E0>, <E1>, <S>."""

from __future__ import annotations

import re

from intents.seasons import SEASON_TAG

ROLE_QUESTIONS = {
    "director": "who directed",
    "directors": "who directed",
    "creator": "who created",
    "creators": "who created",
    "writer": "who wrote",
    "writers": "who wrote",
    "author": "who wrote",
    "showrunner": "who is the showrunner of",
    "star": "who stars in",
    "stars": "who stars in",
    "lead": "who stars in",
}
_ROLE = "|".join(ROLE_QUESTIONS)
_CREW_ROLE = "|".join(role for role in ROLE_QUESTIONS if role not in ("star", "stars", "lead"))
# A season the linker did not mark (a question names two): "the first season of", "season 1 of", "s3".
_RAW_SEASON = (
    r"(?:(?:the )?(?:first|second|third|fourth|fifth|new|latest|next|upcoming) season (?:of )?"
    r"|season (?:\d+|one|two|three|four|five) (?:of )?"
    r"|(?:the )?first (?:\d+|two|three|four|five|six|eight|ten) episodes(?: of)?(?= |$) ?"
    # "the first 16 heartstopper eps": the show named inside the count of episodes
    r"|(?:the )?first (?:\d+|two|three|four|five|six|eight|ten) <E\d+> (?:episodes|eps)(?= |$) ?)"
)
# One word that says which season a role was held in: "the new heartstopper director".
_WHICH_SEASON = {"new": "the new season of", "newest": "the new season of", "latest": "the new season of",
                 "current": "the new season of", "original": "season 1 of", "first": "season 1 of",
                 "og": "season 1 of"}  # fmt: skip
# Nouns a network named before them makes a show's description ("the bbc one drama", "the fx series").
_SHOW_NOUNS = r"(?:show|series|drama|programme|program|one)"
_RAW_SEASON_AFTER = rf"(?: (?:season|series) (?:\d+|one|two|three|four|five)| {SEASON_TAG})"
# "all 16 episodes of", "every episode of", "all of", "2 episodes of": how much of the object the role
# covered.
_PORTION = (
    r"(?:(?:(?:all|every|each)(?: of)?(?: the)?(?: \d+| one| single)?(?: episodes?)?|\d+ episodes?)"
    r"(?: of)? )?"
)
_OBJECT = (
    rf"(?P<obj>{_PORTION}(?:the )?(?:(?:new|latest|next|upcoming) )?"
    rf"(?:<S>(?: (?:and|n|&) (?:s ?\d+|season \d+|\d+))?(?: of)?(?= |$) ?|{_RAW_SEASON})?"
    r"(?:<E\d+>(?: (?:books?|novels?|comics?|graphic novels?)(?= |$))?)?"  # "the author of the X books"
    # "the writer of the bbc one drama": a network named with a show noun describes the show
    rf"(?:(?<=<E\d>) {_SHOW_NOUNS}(?= |$))?"
    rf"(?: <S>|{_RAW_SEASON_AFTER})?(?:(?<=<S> <E\d>) (?:seasons?|episodes))?)"
)
_PATTERNS = (
    # "the director of season 3", "the creator of heartstopper", "the season 3 director", "season 3's director
    # of heartstopper" (a start not inside a word: "<S>" at the very start has no word boundary before it)
    re.compile(
        r"(?<!\w)(?<!casting )(?:the |a )?(?:(?:new|current|latest|upcoming|original) (?=<S>))?"
        rf"(?P<pre><S> )?(?:main |lead |new )?(?P<role>{_ROLE}) "
        r"(?:of|for|on|behind|from) "
        rf"{_OBJECT}"
    ),
    # "the new s3 director": a word saying when adds nothing to the season named
    re.compile(
        rf"\bthe (?:(?:new|current|latest|upcoming|original) (?=<S>))?(?P<obj><S>|<E\d+>(?: <S>)?) "
        rf"(?P<role>{_ROLE})\b"
    ),
    # "was season 1's director the same as ...": a check opening on the described subject needs no "the"
    re.compile(rf"^(?:was|is|are|were) (?P<obj><S>|<E\d+>(?: <S>)?) (?P<role>{_ROLE})\b"),
    # "did hs's author create the show too": nor one asking what its crew did ("star" there is a verb)
    re.compile(rf"^(?:did|does|has|had) (?P<obj><S>|<E\d+>(?: <S>)?) (?:s )?(?P<role>{_CREW_ROLE})\b"),
    # "heartstopper's writer, what are her other shows", "season 3's director, what else has he done": a
    # show's (or a season's) role put first needs no "the" either
    re.compile(rf"^(?P<obj><S>|<E\d+>(?: <S>)?) (?:s )?(?P<role>{_ROLE})\b(?= [a-z])"),
    # "the new heartstopper director", "the original heartstopper director": a season said by one word
    re.compile(rf"\bthe (?P<when>{'|'.join(_WHICH_SEASON)}) (?P<obj><E\d+>) (?P<role>{_ROLE})\b"),
    # "the man behind heartstopper season 3", "the woman behind heartstopper"
    re.compile(rf"\b(?:the )?(?:man|woman|guy|person|people|one|mind|brain|team) behind {_OBJECT}"),
    # "that director who did all the episodes of s1": the role noun says the relation, whatever the verb
    re.compile(
        rf"\b(?:the |that |this )?(?P<role>{_ROLE}) (?:who |that )(?:did|made|worked on|was behind|helmed|"
        rf"handled|shot|directed|created|wrote|is doing|is behind) {_OBJECT}"
    ),
    re.compile(
        r"\b(?:whoever |(?:the )?(?:guy|person|man|woman|one|people|actor|actress|dude) "
        r"(?:who |that )?(?:is )?)"
        rf"(?P<verb>directed|directing|directs|created|creating|wrote|writing) {_OBJECT}"
    ),
    # "the guy who did all 16 heartstopper episodes", "the one who handled season 3": a verb of doing with
    # episodes or a season for its object says who directed them
    re.compile(
        r"\b(?:the )?(?:guy|person|man|woman|one|people|actor|actress|dude) (?:who |that )"
        r"(?P<doing>did|handled|helmed|shot|made) "  # "... who did (the) first two seasons"
        r"(?P<obj>(?:(?:all|every|each)(?: of)?(?: the)? |the )?(?:\d+ )?(?:<E\d+> )?"
        r"(?:<S>|episodes?|seasons?(?: \d+)?)(?: of <E\d+>)?)"
    ),
    # "the actor who plays charlie", "the guy playing nick"
    re.compile(
        # ("this young actor who plays charlie": a pointing word and a describing word or two before it)
        r"\b(?:(?:the|this|that)(?: (?!who\b|that\b)[a-z]+){0,2} |the )?"
        r"(?:actor|actress|person|guy|girl|one|dude|woman|man|kid|boy)(?: (?:from|in|on) <E\d+>)? "
        r"(?:who |that )?(?:plays|play|played|is playing|playing|portrays|portraying|behind|as"
        # "the guy rumoured to be wiccan": a part said of someone, however surely
        r"|(?:is )?(?:rumou?red|speculated|said|thought|tipped|expected) to (?:be|play)|might (?:be|play)) "
        r"(?P<char><E\d+>)"
    ),
    # "the charlie spring actor", "heartstopper's charlie actor"
    re.compile(r"(?:\bthe |<E\d+> (?:s )?)?(?P<char><E\d+>) (?:actor|actress|guy|girl)\b"),
    # "the show with nick nelson", "the show andy newberry directs", "the netflix show kit connor is in"
    re.compile(
        r"\b(?:(?:the |that )(?:(?:[a-z0-9]+|<E\d+>) )?)?"
        r"(?:show|series|tv show|one|(?<=next )(?:thing|project))\s"
        r"(?:that |which |where )?"
        r"(?:(?:with|starring|featuring|about|(?<=show |ries )of|"  # "the new show of X", never "one of X"
        r"(?:co )?(?:created|directed|written|made|produced) by|by) )?"
        r"(?P<who><E\d+>)(?P<others>(?: (?:and|n) <E\d+>)*)(?: both| all)?"
        r"(?: (?P<how>(?:plays|played|is playing|playing) <E\d+>|directs|directed|is in|was in|stars in|"
        r"starred in|star in|are in|were in|act in|(?:co )?created|co directed|wrote|plays in|acts in|"
        r"works on|worked on|"
        r"made|plays|is directing|appears in|was on|is on|is joining|joins|joined|will join|"
        r"produces|produced|producer|runs|ran|"
        r"will be in|is starring in|will star in|(?:co )?wrote(?: the (?:books?|novels?))?"
        r"(?: for)?|(?:is|was) (?:a |an |the )?(?:[a-z]+ ){0,2}(?:on|for|of|in)))?"
        # "the show joe locke is in with aubrey plaza": someone else in it, said after the verb
        r"(?: (?:with|alongside|opposite) (?P<beside><E\d+>))?"
    ),
    # "the show whose season 3 director is andy newberry": the role noun says how they made it
    re.compile(
        r"\b(?:the |that )?(?:show|series|tv show|one) whose (?:<S> )?(?:(?:main|lead|new) )?"
        rf"(?P<how>{_ROLE}) (?:is|was|are|were) (?P<who><E\d+>)(?P<others>(?: (?:and|n) <E\d+>)*)"
    ),
    # "the show whose season 3 is directed by andy newberry": the verb says how they made it
    re.compile(
        r"\b(?:the |that )?(?:show|series|tv show|one) whose (?:<S> )?(?:is|was|are|were) "
        r"(?P<how>directed|created|written|made|produced) by "
        r"(?P<who><E\d+>)(?P<others>(?: (?:and|n) <E\d+>)*)"
    ),
    # "the show based on alice oseman's novels", "the series adapted from her books", "the show from
    # the novels by alice osman"
    re.compile(
        r"\b(?:the |that )?(?:show|series|tv show|one) (?:that s |thats |which is |that is )?(?:based on "
        r"|adapted from |from (?=(?:the |a |<E\d+> (?:s )?)?(?:novels?|books?|comics?|graphic novels?)\b))"
        r"(?:(?:the |a )?(?:novels?|books?|comics?|graphic novels?|work) (?:by|of|from) )?"
        r"(?P<who><E\d+>)(?: s)?(?: (?:novels?|books?|comics?|graphic novels?|work))?"
    ),
    # "joe locke's new show", "joe locke's marvel show": words of the show's description may come between
    # "joe locke's non-heartstopper show": a show set aside by "non" is not the one meant
    # (its "show" is left out of the marked words after a title)
    # "joe locke's marvel debut": a debut said with what sets it apart is the show it was in
    re.compile(
        r"(?P<who><E\d+>) (?:s )?(?:(?:non|not) <E\d+>(?= |$)|(?:[a-z0-9]+ |<E\d+> )?(?:show|series)\b"
        r"|(?:[a-z0-9]+|<E\d+>) debut\b)"
    ),
)
