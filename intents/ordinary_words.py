"""Ordinary words: what a name nobody knows is not made of, unless something else says it is a name.

A run of words Marquee cannot link is only worth "I don't have facts about X" when X reads as a name. Fans'
chatter is full of everyday words ("did netflix just buy it from somewhere", "in like one sentence", "his
on-screen love interest") that no fact holds; alone, with nothing marking them as a name (a capital in a
mixed-case message, quotes, a title's place in the question), they are chatter, not an unknown title.

The list is a hand-made frequency notion: words among the few thousand most used in English conversation
(verbs in their common forms, everyday nouns, adjectives and adverbs), beyond the stopwords. Rarer words
("stranger", "arcane", "lotus") and names ("joe", "kit") are not in it: those still read as names.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from intents.more_ordinary_words import MORE_ORDINARY_WORDS, RATERS
from intents.text import STOPWORDS

_VERBS = """
be been being am get gets got getting gotten go goes went gone going come comes came coming make makes made
making take takes took taken taking give gives gave given giving see sees saw seen seeing look looks looked
looking find finds found finding keep keeps kept keeping let lets put puts putting call calls called calling
name named titled feel feels felt feeling leave leaves left leaving turn turns turned start starts started
end ends ended ending finish finishes finished finishing buy buys bought buying sell sells sold pay paid
post posts posted posting share shares shared sharing drop drops dropped dropping leak leaked reveal revealed
base based want wants wanted need needs needed love loves loved hate hated like liked likes enjoy enjoyed
remember remembered recall recalled remind reminded reminder forget forgot forgotten sleep slept
cry cried wait waited waiting happen happened
live lived living work works worked working move moved read reads reading heard hear hearing swear swears
think thinks thinking thought plan plans planning planned hope hopes hoping hoped try tries trying tried
say says saying tell telling ask asking know knows knowing guess guessing mean meaning wonder wondering
write writing wrote written learn learning learned study studying
sound sounds seem seems seemed show showed shown help helped change changed stop stopped head heading
adapt adapts adapted adapting cover covers covered
headed meet met play played win lost lose run ran running walk talk talked explain explained send sent
land lands landed landing arrive arrives arrived arriving
bill billed billing mention mentioned mentioning credit credited crediting
""".split()
_NOUNS = """
thing things stuff someone somebody somewhere anywhere everywhere nowhere elsewhere anyone anybody everyone
everybody nobody something anything everything nothing place places way ways time times day days night
nights week weeks year years month months moment minute minutes hour hours life world people person man
woman men women kid kids friend friends family home house school work job word words sentence sentences
question questions answer answers thought thoughts idea ideas point fact facts reason case part parts side
sides end story stories book books page pages picture pictures pic pics photo photos image images video
videos clip clips post posts poster look looks scene scenes screen screens set sets interest interests
love heart fan fans bit lot lots kind sort type number test tests class game games phone news group club
night morning evening weekend today hand hands head eyes face name names love interest couple pair
category mum mom dad mother father parent sister brother son daughter wife husband partner cousin aunt
uncle niece nephew grandma grandpa kid child children baby roommate boyfriend girlfriend teacher coworker
teen teenager teenage romance drama comedy genre queer gay lesbian trans lgbt lgbtq rumour rumor
gap gaps difference distance contest boy boys lead leads age ages
""".split()
_DESCRIBING = """
same different other single whole every each all some such own real true good bad great nice lovely big
small little long short old young new high low full half sure right wrong able free best better worst
dumb weird funny cute sad happy actual entire certain usual main total quick slow hard easy early late
basic simple silly stupid obvious exact precise rough general overall brief complete serious
closer nearer closest nearest
one two three four five first second third last final
jan feb mar apr jun jul aug sep sept oct nov dec
like just only also even still ever never again already really actually literally basically honestly
probably maybe definitely totally pretty quite rather enough almost nearly exactly around back away
""".split()
# How fans feel and what they say of their day around a question ("so nervous about s3", "crying screaming
# throwing up", "been out of the loop"): talk, never a title by itself.
_TALK = """
nervous excited scared terrified worried anxious obsessed hyped shook dying dead crying sobbing screaming
throw throwing shaking mad angry upset confused embarrassed surprised shocked curious desperate glad sorry
apology apologies rumour rumor gossip loop argument argue bet fight war chat chats rn ngl tbh lowkey
highkey honestly obviously obvious apparently seriously clearly literally absolutely properly kinda sorta
worry worries yesterday tonight tomorrow lately recently recent recently soon ago whole half round apart
close far near opposite next latest known unknown way ways cute sweet adorable amazing awesome perfect
brilliant lovely huge tiny crazy insane wild beautiful gorgeous mess brain heart soul tears mood vibe vibes
behind over under through ahead
""".split()
# How fans greet, thank, apologise and address the others ("greetings fellow fans", "apologies in advance",
# "thank you kindly", "ta muchly", "splendid.") and take in an answer ("understood.", "noted.", "gotcha"):
# talk around a question, never a name, even when capitalised.
GREETINGS = frozenset(
    """greetings greeting salutations hello hi hiya heya hey howdy cheers evening morning fellow apologise
    apologize apologising apologizing apologies apology ta kindly muchly obliged appreciated splendid
    marvellous marvelous superb excellent fab fabulous brill smashing delightful terrific understood noted
    gotcha righto roger alright alrighty aight""".split()
)
# Exclamations fans open or break a sentence with ("ah yes, another beloved ...", "oh wow ok so"): talk,
# never a title's first word nor a name, even when capitalised.
INTERJECTIONS = frozenset(
    """ah ahh ahhh oh ohh ohhh ooh oooh aw aww awww wow woah whoa ugh ughh hmm hmmm mmm hm meh welp yay
    yikes oops eh huh ooo""".split()
)
# Function words beyond the stopwords: they join a fan's talk, never make a name by themselves.
_JOINING = """
but if because cause cuz bc though tho although while whether unless until not no yes very too much many
more most less either neither since after before during without within against between among toward
towards onto upon off than whom who whose which otherwise whoever whatever whichever wherever whenever
beyond
""".split()
# Social sites and what is posted on them ("which instagram account shared that pic"): where a post was
# seen, never a title. YouTube and X stay out: they name networks too.
SOCIAL_SITES = frozenset(
    """instagram insta ig twitter tiktok tumblr reddit facebook snapchat threads bluesky account profile
    handle feed reel tweet upload""".split()
)
ORDINARY_WORDS: frozenset[str] = (
    frozenset(_VERBS + _NOUNS + _DESCRIBING + _TALK + _JOINING)
    | GREETINGS
    | INTERJECTIONS
    | SOCIAL_SITES
    | MORE_ORDINARY_WORDS
)
# Words a capital never makes a name of: function words ("Fight Me On This"), greetings, interjections and
# fan talk ("Greetings", "Honestly", "Fight me").
UNNAMING_WORDS: frozenset[str] = STOPWORDS | frozenset(_JOINING + _TALK) | GREETINGS | INTERJECTIONS
# The words that join a sentence and frame its question: stopwords and joining words ("that", "between").
FUNCTION_WORDS: frozenset[str] = STOPWORDS | frozenset(_JOINING)
# Endings an everyday word takes ("points", "crying", "moved", "closer"), each with what it may replace.
_ENDINGS = (
    ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
    ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("ly", ""), ("n", ""),
    ("en", ""), ("d", ""),
)  # fmt: skip
# The same by the ending's length: a word's ending of each length is one look-up, not a test per ending.
_ENDINGS_BY_SIZE: tuple[tuple[int, dict[str, tuple[str, ...]]], ...] = tuple(
    (size, {e: tuple(b for e2, b in _ENDINGS if e2 == e) for e, _b in _ENDINGS if len(e) == size})
    for size in sorted({len(e) for e, _b in _ENDINGS})
)
# Forms no ending rule reaches: "had", "been", "did".
_IRREGULAR = frozenset("had has have having been did does done doing was were is are went".split())
# Pieces of news media: "the (behind the) scenes photo" is about the news, never a title.
_MEDIA = frozenset(
    "photo photos pic pics picture pictures image images video videos clip clips scene scenes".split()
)
# Who gives a score ("the critics or the punters") heads no title either.
_NOT_A_HEAD = (frozenset(_VERBS + _DESCRIBING) - frozenset(_NOUNS)) | _MEDIA | RATERS
# Words that describe or limit what follows them ("only the baftas", "just the cast"), never a noun.
_MODIFIERS = frozenset(_DESCRIBING) - frozenset(_NOUNS)


def ordinary(words: Iterable[str], known: frozenset[str] = frozenset()) -> bool:
    """Whether every word is an everyday word (or a number, or one of `known`): nothing in it reads as a
    name by itself."""
    return all(everyday(w) or w in STOPWORDS or w in known or w.isdigit() or len(w) <= 1 for w in words)


# A question's words recur from question to question, and a word's answer never changes.
@functools.lru_cache(maxsize=8192)
def everyday(word: str) -> bool:
    """Whether a folded word is an everyday word or one of its forms ("points", "crying", "closer")."""
    if word in ORDINARY_WORDS or word in _IRREGULAR:
        return True
    for size, bases_of in _ENDINGS_BY_SIZE:
        ending = word[-size:]
        if ending not in bases_of:
            continue  # the word has no ending of this length
        stem = word[:-size]
        if len(stem) < 3:
            continue
        for base in bases_of[ending]:
            # "stopped": the consonant doubled before the ending
            if stem + base in ORDINARY_WORDS or (stem[-1] == stem[-2] and stem[:-1] in ORDINARY_WORDS):
                return True
    return False


def name_shaped(words: list[str]) -> bool:
    """Whether the words are shaped like a title: "the" and a phrase ending in a noun ("the way", "the
    office"), where "the same" or "the one posted" end in no noun and "the scenes photo" in news media."""
    return len(words) > 1 and words[0] == "the" and words[-1] not in _NOT_A_HEAD


_DETERMINERS = frozenset("the a an this that these those his her their my your our".split())


def a_modifier(words: list[str], after: list[str]) -> bool:
    """Whether the words are one describing word before a determiner ("only the baftas then?", "just the
    cast"), or "the" and such words before what they describe ("the basic premise"): they limit what follows
    and name nothing by themselves ("never have i ever" is no such word)."""
    if words[:1] == ["the"] and len(words) > 1 and after[:1] != []:
        # "the basic premise", "the full plot": "the" and describing words only describe what follows them
        return all(w in _MODIFIERS for w in words[1:])
    return len(words) == 1 and words[0] in _MODIFIERS and after[:1] != [] and after[0] in _DETERMINERS
