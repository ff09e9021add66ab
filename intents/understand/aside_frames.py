"""The words of fans' asides that frame a title, as data (read by intents.understand.aside_titles).

All folded: lower case, no apostrophes ("im", "cant").
"""

from __future__ import annotations

from intents.title_words import FAN_ACTIVITIES

# A word after which fans name a title: "i love X", "just finished X", "rewatching X".
TITLE_INTRODUCERS = frozenset(
    """love loved loving luv adore adored finished finishing watched watching rewatched rewatching rewatch
    binged binging bingeing started starting miss missed missing loves adores watches rewatches
    binges""".split()
)
# Introducing words that are also title words ("love island"): the fan's verb only after a lead word.
BARE_INTRODUCERS = frozenset("love luv adore rewatch miss missing".split())
# Words before an introducing word that make it the fan's own doing ("i love X", "just finished X", "not me
# rewatching X"); elsewhere it may be part of the title ("is love island on", "who's in love island").
INTRODUCER_LEADS = frozenset(
    """i im ive id we weve were just so soo really literally still finally totally lowkey highkey been
    currently also and me honestly ngl ok okay omg""".split()
) | frozenset(
    # Someone else's doing told by the fan ("my sister loves X", "mum watched X"): the same frame.
    """he she they hes shes theyre everyone everybody mum mom dad sister brother wife husband boyfriend
    girlfriend friend friends daughter son kids partner cousin roommate""".split()
)
# Two words after which fans name a title: "obsessed with X", "crying over X", "thinking about X".
TITLE_INTRODUCING_PAIRS = frozenset(
    {
        ("obsessed", "with"),
        ("hooked", "on"),
        ("addicted", "to"),
        ("crying", "over"),
        ("obsessing", "over"),
        ("thinking", "about"),
        ("up", "about"),  # "won't shut up about X"
        # "my sister won't stop talking about X", "everyone's raving about X": someone's talk of a title
        ("talking", "about"),
        ("talks", "about"),
        ("talked", "about"),
        ("raving", "about"),
        ("raves", "about"),
        ("ranting", "about"),
        ("gushing", "about"),
        ("into", "watching"),
        ("me", "into"),  # "my cousin got me into X", "dragged me into X"
        ("got", "into"),  # "i finally got into X"
        ("getting", "into"),
        ("clip", "of"),  # "just saw a clip of X"
        ("clips", "of"),
        ("trailer", "for"),
        ("trailer", "of"),
        ("episode", "of"),
    }
)
# Words after a title that say the fan is a fan of it: "X fan here", "X stans".
FAN_WORDS = frozenset("fan fans stan stans".split())
# Words before a fan word that say how much of a fan ("big fan of this bot", "huge fan here"): no title.
FAN_DEGREES = frozenset(
    """big bigger biggest huge massive giant longtime lifelong diehard hardcore loyal avid proud true
    real""".split()
)
# Words that follow a title an aside opens with: "X fan here", "X is better", "X has me", "X made me cry",
# "X messed me up", "X slaps".
TITLE_TRAILERS = frozenset(
    """fan fans stan stans is was has had made makes keeps kept got gets broke broken again season seasons
    s finale ending episode episodes cast trailer soundtrack ruined destroyed wrecked messed killed
    traumatised traumatized devastated shattered healed slaps slapped""".split()
)
# Words that end a title's run: feelings, time, fillers and the next clause.
TITLE_ENDS = frozenset(
    """so soo sooo sm much worth tbh ngl lol lmao omg fr rn now lately again already tho though but also too
    right yesterday today tonight last this all over for with at on from im me my it its which""".split()
)
# Fillers an aside opens with before the title: "ok X is better", "ugh X again".
ASIDE_FILLERS = frozenset("ok okay ugh omg ngl honestly so anyway well lol wow oh yeah".split())
# Words a title (other than one Marquee knows) does not start with: pronouns, determiners, feelings.
NOT_TITLE_STARTS = (
    frozenset(
        """a an my our your his her their this that these those it its him them me us some every all any
        what how who why when where which each both no not very really just so i im ive you""".split()
    )
    | FAN_ACTIVITIES
)
# Words that judge a show after "X is ..." ("friends is so funny", "X is a classic", "X is underrated"): the
# words before them are a title even when they are everyday words ("the office", "two and a half men").
SHOW_JUDGEMENTS = frozenset(
    """funny hilarious classic underrated overrated iconic goated peak masterpiece mid boring better best
    funnier greatest brilliant genius legendary timeless comfort rewatchable bingeable""".split()
)
# Words between the title and its judgement: "is so funny", "was such a classic", "is the best sitcom".
JUDGEMENT_LEADS = frozenset("is was s so soo such a an the really lowkey highkey still honestly way".split())
# Words after which the fan reports someone else's judgement of a title: "my sister says X is better".
JUDGEMENT_REPORTERS = frozenset(
    "says said think thinks thought reckon reckons swears insists feel feels".split()
)
# Words that open an aside about another title: "what about 1899, ...", "how about the office, ...".
ABOUT_OPENERS = (("what", "about"), ("how", "about"), ("and", "what", "about"), ("and", "how", "about"))
# Words of an aside that only talks ("nvm, who's in it", "real talk, when is it out", "serious answers only",
# "no spoilers pls"): never a bare title.
ASIDE_TALK_WORDS = frozenset(
    """nvm nevermind hmm hmmm hm sry oops whoops ugh damn dang welp yikes aww omfg alright srsly okie kk um
    uh erm argh ah ahh oh ooh wow lol lmao omg ok okay yes yeah yep yup no nope nah wait actually
    hi hey hello thanks thank cool nice great awesome perfect cheers bestie babe pls please talk question
    thought thoughts note update morning night evening afternoon fact facts psa confession rant opinion
    theory sidenote amazing lovely
    wonderful sweet cute gorgeous incredible insane crazy wild beautiful stunning yay hooray finally excited
    exciting sad happy true false hyped hype ready nervous scared obsessed stoked pumped thing things point
    request query ask check quiz test trivia poll reminder background context disclaimer recap
    tryna smth sth lemme dunno gotta gonna wanna kinda sorta
    answer answers reply replies response responses spoiler spoilers""".split()
)
# Parts of a show fans judge ("the acting is so good", "the vibes are peak"): never a title judged.
SHOW_PARTS = frozenset(
    """acting writing animation chemistry vibe vibes dialogue pacing cinematography representation fandom
    characters character couple ship romance storyline scenes scene intro theme""".split()
)
# Words that point back at someone or something talked about ("what about the other one", "and the new guy,
# ..."): never part of a title an aside's shape names.
POINTING_WORDS = frozenset(
    """other one ones same another both either back previous former latter guy guys girl girls man woman dude
    lady person kid boy boys older younger""".split()
)
