"""More everyday words, beside intents.ordinary_words' lists: common verbs (base and irregular forms; the
regular endings are read there), adverbs of how sure a report is, prepositions of extent and chat spellings.

Each was found standing alone as "a name nobody knows" in fans' questions ("how many nominations did it
earn?" -> "I don't have facts about Earn", "who directed throughout s1 and s2", "tryna keep track lol").
Left out on purpose: verbs the intents ask with (release, score, create, confirm, announce, appear, return,
report, count, sign), and words that are often a name or a title on their own (mark, rose, rush, will, miss,
drive, fall, hidden, along).
"""

from __future__ import annotations

_VERBS = """
accept achieve add admit agree allow apply attend avoid become became begin began begun believe belong borrow
break broke broken bring brought build built care carry catch caught celebrate choose chose chosen claim
collect compete complain consider contain continue deal decide deliver deny depend describe deserve design
develop die draw drew drawn dream earn expect experience fail fill follow gain grow grew grown hang hold held
hurt imagine include increase intend introduce involve join jump knock lay manage matter measure mention
notice obtain pass prefer prepare pretend prevent promise prove provide pull push raise reach realise realize
receive recognise recognize recommend reduce refer refuse relate rely remain repeat replace reply represent
require ride rise risen save search seek sought serve settle shake shoot shot sing sang sit sat skip smile
solve speak spoke spoken spend spent stand stood stay steal stick stuck succeed suggest supply support suppose
surprise teach taught tend thank threw touch track train travel treat trust understand understood use used
visit vote wake woke wear wore worn wish worry yell pose posing posed snap meant note noted assume assumed
assuming presume presumed reckon insist
""".split()
# How sure a report is ("has it been officially confirmed", "who is he rumoured to play"): never a name.
_HEARSAY = """
officially publicly currently originally initially supposedly reportedly allegedly rumoured rumored speculated
speculate speculating speculation
""".split()
# Words of extent ("across both seasons", "in total", "throughout s1"): never the start of a title.
EXTENT_WORDS = frozenset("across throughout altogether overall combined total".split())
# Chat spellings of everyday words ("tryna binge smth"): talk, never a name.
_CHAT = "tryna smth sth somethin nothin sumn summat smthn sumthin somethn sumthing nuthin".split()
# Guessed amounts and running counts ("dozens surely?", "the bafta tally stands at", "zero emmy noms"): a
# fan's estimate of a number, never a title.
_AMOUNTS = "tally tallies loads heaps tons dozens hundreds zero surely presumably".split()
# Someone's working life in the fan's words ("what's his background", "her pedigree outside of it"): what is
# asked of a person (their other work), never a title.
_CAREER = "background backgrounds pedigree career careers".split()
# Who a score comes from, in the fan's words ("the critics or the punters"): people, never a title.
RATERS = frozenset("critics punters viewers audiences audience reviewers public fans".split())
# What kind of rater ("regular viewers", "normal people", "the general public").
_RATER_KINDS = "regular normal average general".split()

# Fans' words for people of a cast ("one of the heartstopper lads"): never a name of their own.
_FOLK = "lad lads bloke blokes chap chaps gal gals lass lasses".split()

# Words for someone unnamed ("someone at work mentioned", "anybody else credited"): never a name, even
# where a question opens with its title.
SOMEONE_UNNAMED = frozenset("someone somebody anyone anybody everyone everybody nobody noone".split())
# Common nouns fans use around how a show is made and talked of ("who's at the helm", "behind the camera",
# "the roster", "ok confession", "the fan theory"): talk, never a title by themselves.
_MAKING_TALK = "helm camera cameras roster rosters confession confessions theory theories".split()

# The fan's own company and pets, and a plea on their knees ("my hamster is my official watch buddy", "yall
# im begging on my knees here"): the fan's life, never a title.
_OWN_LIFE = """buddy buddies pal pals mate mates pet pets dog dogs cat cats puppy kitten hamster hamsters knee
knees beg begging begged""".split()

MORE_ORDINARY_WORDS: frozenset[str] = (
    frozenset(
        _VERBS + _HEARSAY + _CHAT + _AMOUNTS + _CAREER + _RATER_KINDS + _FOLK + _MAKING_TALK + _OWN_LIFE
    )
    | SOMEONE_UNNAMED
    | EXTENT_WORDS
    | RATERS
)
