"""Word classes the title slot reader (intents/title_slot.py) reads a question's shape with.

None of these lists holds a title: titles are found by the place they stand in, never by their words.
"""

from __future__ import annotations

from intents.networks import NETWORK_WORDS
from intents.understand.people_words import RELATIVES

# Franchise shorthands and the words a synopsis uses for them ("is joe locke in the mcu"): a group of
# shows, never a title nobody knows.
FRANCHISES: dict[str, tuple[str, ...]] = {
    "mcu": ("marvel",),
    "marvel": ("marvel",),
    "superhero": ("marvel", "dc"),
    "dcu": ("dc",),
    "starwars": ("star", "wars"),
}
WH_WORDS = frozenset("when whens where wheres what whats who whos how hows which why".split())
AUXILIARIES = frozenset(
    """is are was were does do did has have will can could should would isnt wasnt arent werent doesnt didnt
    wont hasnt havent""".split()
)
# Auxiliaries whose subject is one third person ("is you on netflix": "you" is then a title, not the fan).
SINGULAR_AUXILIARIES = frozenset("is was does has isnt wasnt doesnt hasnt whens wheres whats hows".split())
# A wh-word folded with "is" ("when's X back"): the subject follows at once.
WH_IS = frozenset("whens wheres whats hows".split())
# Nouns between a wh-word and its auxiliary: "how many seasons does X have", "what channel is X on".
WH_NOUNS = frozenset(
    """many much long seasons season episodes episode eps channel network service platform app streamer day
    date time year month else kind sort type genre streaming age rating certificate""".split()
)
# What "how" asks of a show before its auxiliary ("how good is X", "how long is X", "how popular is X").
HOW_ADJECTIVES = frozenset("good bad long old popular big scary funny sad dark gay famous".split())
# "how well rated is X", "how highly reviewed is X": an adverb, then what is asked of X.
HOW_RATED = frozenset("rated reviewed received regarded liked".split())

# Pronouns that point at a show or a person already talked about.
POINTING_PRONOUNS = frozenset(
    "it they them this that these those there he she him her something anything everything nothing".split()
)
# The people talking: a title only where the verb wants a third person ("is you renewed", "who's in you").
SPEAKER_PRONOUNS = frozenset("i me you u ya we us".split())
DETERMINERS = frozenset("the a an this that these those its his her their my your our any which what".split())
# Words that pick a show, season or fact out of those talked about ("the new one", "the main cast").
POINTING_MODIFIERS = frozenset(
    """new next last latest upcoming first second third fourth fifth final other another main whole full
    entire original current same recent newest previous earlier old older fav favorite favourite best worst
    uk us usa american british english actual official real more most both all few each every two three four
    five six else own single behind""".split()
)  # "behind": "the behind the scenes photo" (fans' "bts")
# People named by what they are ("the boys", "old friends"): in a title's place they are a title, never a
# way of pointing at a show.
PERSON_HEADS = (
    frozenset(
        """guy guys girl girls boy boys kid kids people person family villain son sons daughter daughters wife
        husband partner child children baby""".split()
    )
    | RELATIVES
)
# Nouns for a show, a season or a fact: "the show", "that one", "the cast", "the rt score".
POINTING_HEADS = (
    frozenset(
        """show shows series season seasons one ones episode episodes ep eps finale premiere trailer score
        scores rating ratings movie movies film films book books novel novels comic comics role roles
        character characters director directors creator creators writer writers network networks service app
        platform date dates news article source spin spinoff thing things part parts version tv adaptation
        nomination nominations award awards emmy emmys bafta baftas actor actors actress actresses lead leads
        fans viewers cast crew critics audience audiences music
        soundtrack song songs author story plot ending end name school way list rotten tomatoes rt imdb
        metacritic main pic pics photo photos picture pictures image images poster posters clip clips video
        videos teaser teasers footage still stills scenes""".split()
    )
    | PERSON_HEADS
)
POINTING_WORDS = POINTING_PRONOUNS | DETERMINERS | POINTING_MODIFIERS | POINTING_HEADS
# Words after a description that only say it was talked about before: "the other show we talked about".
TALKED_ABOUT_TAILS: tuple[tuple[str, ...], ...] = (
    ("we", "talked", "about"), ("we", "were", "talking", "about"), ("you", "mentioned"), ("we", "discussed"),
    ("from", "before"), ("from", "earlier"), ("i", "asked", "about"), ("we", "talked", "about", "earlier"),
    ("you", "said"),
)  # fmt: skip

# Phrases that set something aside: "who's in it besides the leads", "what else besides heartstopper".
ASIDE_WORDS: tuple[tuple[str, ...], ...] = (
    ("besides",), ("apart", "from"), ("other", "than"), ("aside", "from"), ("except",), ("except", "for"),
    ("excluding",), ("not", "counting"), ("outside", "of"), ("beyond",),
)  # fmt: skip
# Words a title never ends with: a span read up to them is cut before them.
NOT_LAST_WORDS = frozenset("of the a an and or for to in on with at by from my your n".split())
# Words after the question proper: "... now", "... rn", "... lol", "... anywhere", "made since".
TAIL_WORDS = frozenset(
    """yet now rn anymore anywhere already still ever lol lmao pls plz please tho though online legally
    today tonight soon here too also ok okay right actually really finally officially even asap guys since
    elsewhere otherwise besides
    before after recently lately originally together then else again""".split()
)
# Adverbs between an auxiliary and its predicate: "is X actually on netflix", "will X ever come back".
PREDICATE_ADVERBS = frozenset(
    "actually really still ever finally officially even definitely already ever gonna going to be".split()
)
# Countries and regions a fan writes from or watches in ("in the uk", "here in brazil"): a place, never a
# title. Names that are also everyday words or shows ("chad", "jordan", "turkey", "georgia") are left out.
PLACES = frozenset(
    """uk us usa america canada australia ireland india europe england scotland germany france spain wales
    brazil brasil mexico argentina chile colombia peru portugal italy netherlands holland belgium austria
    switzerland sweden norway denmark finland iceland poland russia ukraine greece romania hungary czechia
    japan china korea philippines indonesia malaysia singapore thailand vietnam pakistan bangladesh
    egypt nigeria kenya morocco africa asia latam""".split()
)
STREAMING_WORDS = NETWORK_WORDS - frozenset({"one", "the", "1", "4", "channel", "plus"})

# What is said of a show as the subject of a question, read back from the question's end, by the auxiliary it
# follows: "is X renewed", "is X on netflix", "what is X about"; "when does X come back", "how many seasons
# does X have"; "has X been cancelled". The auxiliary decides the verb's form, so "is fresh start on netflix"
# keeps its "start".
_PARTICIPLES = "renewed cancelled canceled released axed confirmed announced picked-up".split()
_WITH_BE = """out back coming coming-out coming-back returning premiering airing starting ending dropping
    streaming streaming-on airing-on showing-on available-on available on about any-good good worth-watching
    worth-it worth-a-watch rated filmed a-true-story based-on-a-true-story popular scary for-kids
    based-on-a-book over up born
    finished done getting getting-another getting-a continuing happening ended getting-another-season
    getting-a-new-season getting-more-seasons rated-well rated-highly rated-high rated-highest well-rated
    highly-rated well-reviewed reviewed-well well-received acclaimed critically-acclaimed""".split()
_WITH_DO = """come-out come-back return premiere air start begin end drop release have get-another
    have-another get-a have-a finish continue happen get-another-season have-another-season
    get-a-new-season get-good-reviews get-bad-reviews get-good-ratings""".split()
_WITH_HAVE = """come-out come-back returned premiered aired started ended finished dropped released""".split()


def _phrases(*groups: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(phrase.split("-")) for group in groups for phrase in group)


# What a show was made from, in every form a fan says it ("is X based on a graphic novel", "is X based on the
# comics"), built from the source words below so each noun and kind has every form.
_SOURCE_WORDS = (
    "book books novel novels comic comics manga webtoon webtoons webcomic webcomics manhwa".split()
)
_SOURCES = [
    f"{verb}-{det}{kind}{noun}"
    for verb in ("based-on", "adapted-from")
    for det in ("", "a-", "the-")
    for kind in ("", "graphic-", "original-", "light-", "web-")
    for noun in _SOURCE_WORDS
]
# Prizes said of a show ("has X won any awards", "has X been nominated for anything").
_PRIZES = [
    f"won-{det}{prize}"
    for det in ("any-", "an-", "a-")
    for prize in "awards award emmys emmy baftas bafta".split()
]
_PRIZES += ["won-anything", "been-nominated", "been-nominated-for-anything", "got-any-nominations"]
# "was X nominated for anything", "is X award-winning": the prizes said after "be".
_BE_PRIZES = ["nominated", "award-winning"] + [
    f"nominated-for-{prize}"
    for prize in "anything any-awards an-award awards an-emmy any-emmys emmys a-bafta any-baftas".split()
]
_BE = _phrases(_WITH_BE, _PARTICIPLES, [f"getting-{p}" for p in _PARTICIPLES], _SOURCES, _BE_PRIZES)
# "did X win any emmys", "does X have any awards": the prizes asked after "do"
_DO_PRIZES = [
    p.replace("won-", verb, 1) for p in _PRIZES if p.startswith("won-") for verb in ("win-", "have-")
]
# "did X get nominated for any emmys": the prizes said after "be", got instead.
_GOT_PRIZES = [f"get-{p}" for p in _BE_PRIZES if p.startswith("nominated")]
_DO = _phrases(_WITH_DO, [f"get-{p}" for p in _PARTICIPLES], _DO_PRIZES, _GOT_PRIZES) | {
    ("be", *p) for p in _BE
}
_HAVE = _phrases(_WITH_HAVE, [f"got-{p}" for p in _PARTICIPLES], _PRIZES) | {("been", *p) for p in _BE}
PREDICATES_AFTER: dict[str, frozenset[tuple[str, ...]]] = {
    **dict.fromkeys("is are was were isnt wasnt arent werent".split(), _BE),
    **dict.fromkeys("does do did will can could would should doesnt didnt wont".split(), _DO),
    **dict.fromkeys("has have hasnt havent".split(), _HAVE),
    # "when's X back", "when's X start": fans fold both "when is" and "when does" into "when's".
    **dict.fromkeys(WH_IS, _BE | _DO),
}


def _third_person(phrase: str) -> str:
    """ "come-out" -> "comes-out", "have-another" -> "has-another", "finish" -> "finishes"."""
    verb, *rest = phrase.split("-")
    said = "has" if verb == "have" else f"{verb}es" if verb.endswith(("sh", "ch", "s")) else f"{verb}s"
    return "-".join([said, *rest])


# What is said of a show after a bare "when" ("anyone know when X returns", "when X comes back"): the verbs
# "does" takes, in the third person, or plain after a plural title or a fan's dropped "-s" ("when friends
# come out", "the boys return when").
WHEN_PREDICATES = _phrases([_third_person(p) for p in _WITH_DO], _WITH_DO)
LONGEST_PREDICATE = max(len(p) for p in _BE | _DO | _HAVE | WHEN_PREDICATES)

# The crew a show credits, each the head of a title after "of", "for" or "on" ("the story consultant on X",
# "who composed the music for X", "the showrunner of X"): one table, so no preposition lacks one of them.
CREW_HEADS = frozenset(
    """director directors creator creators writer writers showrunner showrunners producer producers composer
    composers music soundtrack consultant consultants""".split()
)
# Where crew work, said after "on" ("the director on set", "the writer on screen"): places, no title.
ON_PLACES = frozenset("set location screen camera stage air tv tour".split())
# Words before a preposition whose object is a show ("who's in X", "cast of X", "tell me about X").
TITLE_PREPOSITION_HEADS: dict[str, frozenset[str]] = {
    "in": frozenset(
        """whos stars star starring starred plays play played playing acts acted acting appears appeared
        appear cast lead leads character characters actor actors actress actresses role roles happens
        happened episodes seasons""".split()
    ),
    "of": frozenset(
        """cast director directors creator creators writer writers showrunner author star stars lead leads
        episodes episode seasons characters premiere finale ending trailer rating ratings score scores
        reviews spinoff reboot remake sequel network rest fans plot plots synopsis premise summary
        storyline date dates release""".split()
    )
    | CREW_HEADS,
    "from": frozenset("guy girl actor actress people cast someone everyone anyone kid boy".split()),
    "about": frozenset("me more know knew anything info information facts news details talk heard".split()),
    "on": frozenset(
        """news info information update updates anything thoughts opinions details word score scores rating
        ratings reviews""".split()
    )
    | CREW_HEADS,
    "for": frozenset(
        """score scores rating ratings date release premiere cast trailer reviews director directors network
        creator writer episodes renewal news""".split()
    )
    | CREW_HEADS,
}
# "who is in X", "who was in X": the auxiliary after "who" licenses the "in" too.
WHO_AUXILIARIES = frozenset("is are was were".split())
# Verbs of a credit and of watching: what follows them is a title ("who created ms marvel", "anyone watching
# loki", "did alice write one day").
CREDIT_VERBS = frozenset(
    """created creates create directed directs direct wrote writes write produced produces produce made
    makes make""".split()
)
WATCHING_VERBS = frozenset(
    """watch watching watched stream rewatch rewatching rewatched binge binging binged started starting
    finished finishing finish""".split()
)
# Words for something unnamed: no title follows them after a verb of watching ("watching anything like it").
UNNAMED_THINGS = frozenset("anything something stuff things".split())
# What a fan does besides watching, after "just finished" or "started" ("just finished reading the novels"):
# no title follows a verb of watching there.
FAN_ACTIVITIES = frozenset("reading rereading listening".split())
# A question asked in a verb's object place ("lyn directed how many episodes"): no title follows the verb.
COUNT_QUESTIONS = frozenset({("how", "many"), ("how", "much"), ("how", "long"), ("how", "often")})
CHARACTER_VERBS = frozenset({"plays", "played", "playing", "play", "voices", "voiced", "portrays", "as"})
# Verbs of news being put out ("the bts pic posted where?"): a span with one says something of a fact.
NEWS_VERBS = frozenset("posted shared dropped leaked revealed unveiled released teased".split())
# Verbs that introduce a title after a show noun ("the netflix show called one day").
NAMING_VERBS = frozenset("called named titled".split())
# Fan shorthand that leads a question with its title: "X cast", "X season 2 when", "X rotten tomatoes".
# (A season counts only with its number, a season reference: "amazing season" is no title and its fact.)
FACT_WORDS = frozenset(
    """cast release premiere date rotten rt imdb metacritic score
    scores rating ratings reviews director directors creator creators writer writers showrunner renewed
    renewal cancelled canceled trailer network channel streaming news finale plot synopsis author book
    awards nominations emmy emmys when where who whos out worth episodes episode eps count runtime""".split()
)
# Nouns for the credit or prize a question asks about ("who made the direction of s3", "newberry credits",
# "how many prizes"): the fact asked for, never a title's head by themselves.
RELATION_NOUNS = frozenset(
    """directing direction writing casting producing production credits credit prizes prize awards award
    nominations nomination noms storytelling count tally category categories screenplay screenplays
    teleplay teleplays
    resume resumes filmography portfolio age ages birthday birthdays""".split()
)  # the last line: a person's record of work and facts ("his resume", "their age"), never a name's word
# Words a fan may start with before the title: "so", "ok", "yo".
LEADING_FILLERS = frozenset("so ok okay hey yo omg guys and but also wait um hmm pls please right".split())
# Words that make the start of a message no title: "i", "im", "my friend says ...".
# "meant": a correction of what was asked ("she meant season 3"), never a title's word.
NOT_A_LEADING_TITLE = frozenset(
    "i im ive id me my we our you youre your u but if because cause cuz meant".split()
)
# What a show was made from, said after its title ("the turned novel", "the slow horses books").
SOURCE_NOUNS = frozenset("book books novel novels comic comics manga".split())
# Words saying what kind of source it was ("the graphic novels", "the original books"): no title's words.
SOURCE_KINDS = frozenset("graphic original source".split())
# Words that pick an episode or a season after a leading title ("X next ep", "X new trailer").
EPISODE_PICKERS = frozenset("new next latest upcoming last final first".split())
