"""Fans' words as data: shorthand that stands for ordinary words, and filler that carries no meaning.

Keys and values are folded (lower case, no punctuation). A value of () drops the word.
"""

from __future__ import annotations

from intents.understand.drawn_out_fillers import DRAWN_OUT_FILLERS
from intents.understand.learner_frames import FIRST_LANGUAGE_WORDS
from intents.understand.people_words import PEOPLE_WORDS

# One fan word -> the words it stands for.
FAN_WORDS: dict[str, tuple[str, ...]] = {
    "rt": ("rotten", "tomatoes"),
    "eta": ("release", "date"),
    "rd": ("release", "date"),  # "hs3 rd?"
    "dird": ("directed",),  # "dir'd"
    "mcu": ("marvel",),
    "whom": ("who",),  # "whom is joe locke playing in it": the same question as "who"
    "telly": ("tv",),  # "best show on telly"
    "yr": ("year",),
    "isin": ("is", "in"),  # "who isin heartstopper": a space lost between two short words
    "showrunners": ("showrunner",),
    "renewed": ("renewed",),
    # A network's decision in headline words: "did netflix axe it", "x got the chop".
    "axe": ("cancel",),
    "axed": ("cancelled",),
    "axes": ("cancels",),
    "scrapped": ("cancelled",),
    "canned": ("cancelled",),
    "greenlit": ("renewed",),
    "szn": ("season",),
    "szns": ("seasons",),
    "ssn": ("season",),
    "sn": ("season",),
    "seaon": ("season",),
    "sesaon": ("season",),
    "ep": ("episode",),
    "eps": ("episodes",),
    "epi": ("episode",),
    "emmies": ("emmys",),  # a plural spelt like "bodies"
    "rates": ("scores",),  # "what rt rates it"
    "noms": ("nominations",),
    "newcomers": ("new", "cast", "members"),  # "any newcomers in s3": who is new to the cast
    "nom": ("nomination",),
    "nommed": ("nominated",),
    "bts": ("behind", "the", "scenes"),
    "rn": ("now",),  # a known word (resolve.DOMAIN_WORDS), never a title
    "atm": ("now",),
    "wen": ("when",),
    "els": ("else",),  # "what els did he direct": the last letter dropped
    "wut": ("what",),
    "wat": ("what",),
    "wht": ("what",),
    "wats": ("whats",),
    "wuts": ("whats",),
    "hw": ("how",),
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "n": ("and",),  # "nick n charlie"
    "w": ("with",),
    "ppl": ("people",),
    "og": ("original",),  # "who wrote the og books"
    "ntflx": ("netflix",),  # vowels dropped, two letters off: too far for the spelling reader
    "nflx": ("netflix",),
    "nf": ("netflix",),  # "hs on nf?"
    "programme": ("show",),  # British: "a marvel programme"
    "programmes": ("shows",),
    "tmrw": ("tomorrow",),
    "tmr": ("tomorrow",),
    "b4": ("before",),
    "prev": ("other",),  # "lyn prev work": the work besides the show asked about
    "previous": ("other",),
    # Fans' abbreviations of relations and fields ("aud score rt", "lyn's other creds", "hs cast ft. colman").
    "aud": ("audience",),
    "crit": ("critics",),
    "crits": ("critics",),
    "creds": ("credits",),
    "cred": ("credits",),
    "ft": ("featuring",),
    "feat": ("featuring",),
    "irl": (),
    "dir": ("director",),
    "consult": ("consultant",),  # "story consult hs"
    "dirs": ("directors",),
    "prem": ("premiere",),
    "premier": ("premiere",),
    "premiers": ("premieres",),
    "premeire": ("premiere",),
    "premire": ("premiere",),
    "rel": ("release",),
    "rlease": ("release",),
    "relase": ("release",),
    "realease": ("release",),
    "tho": (),
    "thx": (),
    "ty": (),
    "tysm": (),
    "pls": (),
    "plz": (),
    "pleaseee": (),
    "plsss": (),
    "ngl": (),
    "jk": (),
    "too": (),
    "haha": (),
    "hahaha": (),
    "hehe": (),
    "lmaooo": (),
    "tbh": (),
    "tbf": (),
    "imo": (),
    "lol": (),
    "lmao": (),
    "lmfao": (),
    # Chat shorthand that says the fan is coming or going, never part of a question.
    "brb": (),
    "afk": (),
    "gtg": (),
    "g2g": (),
    "ttyl": (),
    "omw": (),
    "omg": (),
    "omgg": (),
    "ikr": (),
    "fr": (),
    "asap": (),
    "frfr": (),
    "istg": (),
    "smh": (),
    "bruh": (),
    "bro": (),
    "sis": (),
    "nah": (),
    "fam": (),
    "guys": (),
    "yall": (),
    "yo": (),
    "hiii": (),
    "hii": (),
    "heyy": (),
    "heyyy": (),
    "hiya": (),
    "ok": (),
    "okay": (),
    "okok": (),
    "ahh": (),
    "ahhh": (),
    "um": (),
    "umm": (),
    "uh": (),
    "hmm": (),
    "idk": (),
    "btw": (),
    "anyways": (),
    "anyway": (),
    "actually": (),
    "literally": (),
    "honestly": (),
    "seriously": (),
    "lowkey": (),
    "highkey": (),
    "deadass": (),
    "kinda": (),
    "sooo": (),
    "soooo": (),
    "yay": (),
    "wait": (),
    "merci": (),
    "gracias": (),
    "danke": (),
    "obrigado": (),
    "obrigada": (),
    "bonjour": (),
    "hola": (),
    "ciao": (),
    "cheers": (),
    "xx": (),
    "xoxo": (),
    "even": (),  # "who even created that show"
    # Word forms the intent examples don't spell.
    "premiering": ("premiere",),
    "dropping": ("drop",),
    "dropped": ("drop",),
    "drops": ("drop",),
    "releasing": ("release",),
    "airing": ("air",),
    "aired": ("air",),
    "airs": ("air",),
    "streaming": ("stream",),
    "directing": ("directs",),
    "starring": ("stars",),
    "returning": ("return",),
    "comin": ("coming",),
    # A season "lands" as it drops ("when does the next season land on netflix").
    "land": ("drop",),
    "lands": ("drop",),
    "landing": ("drop",),
    # The slips fans make most in the shortest words, too short for the spelling readers.
    "teh": ("the",),
    "em": ("them",),  # "how many days between em"
    "hte": ("the",),
    "rol": ("role",),
    "starts": ("start",),  # never "stars" (one letter off)
    "begins": ("start",),
    "begin": ("start",),
    "make": ("made",),  # "who is make the series"
    "char": ("character",),
    "spinof": ("spinoff",),
    "actin": ("acting",),  # "what is he actin in"
    # Trade words for a director's and a writer's work ("who helmed s3", "who penned it").
    "helmed": ("directed",),
    "helming": ("directing",),
    "helmer": ("director",),
    "penned": ("wrote",),
    "prize": ("award",),
    "prizes": ("awards",),
    # Rotten Tomatoes' own names for its two scores.
    "tomatometer": ("critics", "score"),
    "popcornmeter": ("audience", "score"),
    "streamer": ("streaming", "service"),  # "hs streamer": the service it streams on
    "streamers": ("streaming", "services"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "whens": ("when", "is"),
    "whos": ("who", "is"),
    "whois": ("who", "is"),  # "whois alice osman", as a chat command is typed
    "whats": ("what", "is"),
    "wheres": ("where", "is"),
    "thats": ("that", "is"),  # "the show that's coming back october 3"
    "hows": ("how", "is"),
    "isnt": ("is", "not"),
    "didnt": ("did", "not"),
    "doesnt": ("does", "not"),
    "wasnt": ("was", "not"),
    "arent": ("are", "not"),
    "hasnt": ("has", "not"),
    "havent": ("have", "not"),
    "ive": ("i", "have"),
    "im": ("i", "am"),
    "theyre": ("they", "are"),
    # "is it netflix or sumn else": chat spellings of "something" (never "someone", whom "sum" is near).
    "sumn": ("something",),
    "summat": ("something",),
    "smthn": ("something",),
    "sumthin": ("something",),
    "sumthing": ("something",),
    "smth": ("something",),
}
FAN_WORDS = DRAWN_OUT_FILLERS | FAN_WORDS  # "ummm", "okkk": fillers, never a name
FAN_WORDS |= PEOPLE_WORDS  # "the lad who plays nick", "kit connor's castmates"
FAN_WORDS |= FIRST_LANGUAGE_WORDS  # "temporada", "realisateur": a learner's own language's word
# A clipped noun takes a plural "s" as the whole word does: "chars" are characters, "prems" premieres.
FAN_WORDS |= {
    f"{clip}s": (f"{words[0]}s",)
    for clip, words in list(FAN_WORDS.items())
    if len(words) == 1 and words[0].startswith(clip) and words[0] != clip and f"{clip}s" not in FAN_WORDS
}

# Words that name a relation or ask a question: the only words a misspelling is corrected to (names never
# are; see normalize._relation_word). Two equally near ("directer": director, directed) go to the one listed
# first.
RELATION_WORDS: tuple[str, ...] = tuple(
    """creator creators created create director directors directed direct premiere premiered release released
    episode episodes season seasons cast network streaming stream rating ratings nominated nomination
    nominations renewed cancelled showrunner producer composer consultant character characters tomatoes
    tomato rotten plays played playing wrote written books novels watch critics audience score emmys
    baftas awards which where when what actor actress role starring stars channel coming confirmed
    announced trailer author writer writers based other shows else known marvel gonna platform
    before""".split()
)

# Ordinary words fans use in short follow-ups ("lead actor?", "fine, who's in it", "the rest of them"): never
# read as the name of a show or person nobody knows.
COMMON_WORDS: frozenset[str] = frozenset(
    """lead leads main exec executive away one ones fine win wins won rest total whole anything something
    everything sure yeah yes yep yup nope please far soon those these three highest lowest higher lower more
    less most least either both each any though already ever really very much many bit guess think thought
    know knew mean meant say said tell told ask asked asking talk talking wondering curious excited hyped
    waiting finally doing trying try watched watching binge binged rewatch rewatched liked hate
    folks better worse best worst bigger smaller sooner earlier later apart altogether combined overall gap
    separate separates separated percent percentage id
    typo ugh two between another after before since newer older fewer versus compared compare against
    drops exactly precisely specifically roughly approximately actually weekday weekdays version adaptation
    working across throughout instead per among amongst yesterday today tonight tomorrow weekend members
    member according critically acclaimed pilot pilots applicable
    """.split()
) | frozenset(word for word, means in FAN_WORDS.items() if not means)  # "brb", "lol": filler, never a name
COMMON_WORDS |= frozenset({"average", "averaged", "avg"})  # "how many per season on average"
