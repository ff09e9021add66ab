"""Greetings and asides fans wrap a question in, as data (folded: lower case, no punctuation)."""

from __future__ import annotations

import re

# Greetings and asides that wrap a question: dropped wherever they stand (folded, longest first matters not:
# each is matched as a whole-word phrase).
CHATTER_PHRASES: tuple[str, ...] = (
    "sorry if this was asked already",
    "sorry if this has been asked already",
    "sorry if this has been asked before",
    "sorry if this was already asked",
    "sorry if this has been asked",
    "sorry if this is a dumb question",
    "sorry if this is a stupid question",
    "sorry if someone already asked",
    "sorry to bother you",
    # Where the fan lives, as learners open ("in my country the show is very popular").
    "in my country",
    "here in my country",
    "in my city",
    "in my town",
    "in our country",
    "where i live",
    "sorry for bothering",
    "quick question",
    "quick q",
    "quick one",
    "one more question",
    # Saying it is the last question ("the last one" alone may be a season: "when does the last one air").
    "ok last one",
    "okay last one",
    "last one i promise",
    "last question",
    "one last question",
    "one last thing",
    "me again",
    "no rush",
    "random q",
    "q for you",
    "real quick",
    "as well",
    "random question",
    # Saying the question changes the subject: "totally unrelated, who directed X".
    "totally unrelated",
    "completely unrelated",
    "unrelated question",
    "changing the subject",
    "change of subject",
    "different question",
    "switching gears",
    "switching topics",
    "switching subjects",
    "on another note",
    "on a different note",
    "dumb question",
    "stupid question",
    "silly question",
    "genuine question",
    "serious question",
    "question for you",
    "i have a question",
    "i got a question",
    "does anyone know",
    "does anybody know",
    "anyone know",
    "anybody know",
    "can someone tell me",
    "can anyone tell me",
    "can somebody tell me",
    "could someone tell me",
    "could you tell me",
    "could you also tell me",
    "can you also tell me",
    "could you remind me",
    "can you tell me",
    "can u tell me",
    "i was wondering",
    "just wondering",
    "i m wondering",
    "i am wondering",
    "im wondering",
    "i wonder",
    "thanks in advance",
    "thank you so much",
    "thank you",
    "thanks so much",
    "thanks",
    "hello everyone",
    "hi everyone",
    "hey everyone",
    "hi all",
    "hey all",
    "hello there",
    "hey there",
    "hi there",
    "good morning",
    "good evening",
    "good afternoon",
    "would like to know",
    "i would like to know",
    "id like to know",
    "i d like to know",
    "would love to know",
    "id love to know",
    "need to know",
    "i need to know",
    "help me out",
    "be honest",
    "or not",
    "asking for a friend",
    "someone tell me",
    "somebody tell me",
    "anyone tell me",
    "just wondering",
    "pls say yes",
    "please say yes",
    "random thought",
    # Openers that sum up or set the scene before the question: "long story short: ...", "for context, ...".
    "long story short",
    "for context",
    "some context",
    "bit of background",
    "unpopular opinion",
    "real talk",
    "this is probably a long shot",
    "this might be a long shot",
    "long shot",
    "this might be random",
    "this is gonna sound dumb",
    "this might be a dumb question",
    "this is probably a dumb question",
    "as one does",
    "i forgot",
    "i forget",
    "i always forget",
    "i keep forgetting",
    "keep forgetting",
    "i cant remember",
    "i can t remember",
    "cant remember",
    "can you remind me",
    "remind me",
    "just curious",
    "real question",
    "in advance",
    "if anyone knows",
    "if you know",
    # Pleading for an answer ("yall im begging on my knees here is s3 out", "pretty please"): no title.
    "begging on my knees here",
    "begging on my knees",
    "on my knees here",
    "on my knees",
    "begging you",
    "im begging",
    "i m begging",
    "i am begging",
    "begging here",
    "desperate here",
    "pretty please",
)

# "out of curiosity" however it is qualified ("purely out of idle curiosity", "just out of professional
# interest", "as a matter of personal interest"): the fan saying why they ask, never a title.
_WHY_ASKING_ADVERBS = ("", "just ", "purely ", "simply ", "only ", "mostly ")
_WHY_ASKING_ADJECTIVES = (
    "", "pure ", "sheer ", "idle ", "professional ", "morbid ", "personal ", "genuine ", "academic ",
    "general ",
)  # fmt: skip
CHATTER_PHRASES += tuple(
    f"{adverb}{frame} {adjective}{noun}".replace("  ", " ")
    for adverb in _WHY_ASKING_ADVERBS
    for adjective in _WHY_ASKING_ADJECTIVES
    for noun in ("curiosity", "interest")
    for frame in ("out of", "as a matter of")
)
# A fan counting off their points ("first of all i love this bot, ... third of all who's in it"): the count
# says nothing of what is asked.
CHATTER_PHRASES += tuple(f"{n} of all" for n in "first second third fourth fifth last".split()) + tuple(
    "firstly secondly thirdly fourthly lastly".split()
)

# Asking and thanking at once at the end ("pls and thank", "please and thank you"): a courtesy, no title.
CHATTER_PHRASES += tuple(
    f"{ask} and {thanks}"
    for ask in ("please", "pls", "plz")
    for thanks in ("thank", "thanks", "thank you", "thank u", "ty")
)
# Asking for help ("help a girl out, who ..."): whom the fan calls themselves names nobody asked about.
CHATTER_PHRASES += tuple(
    f"help {who} out" for who in ("a girl", "a guy", "a sister", "a brother", "a fan", "me", "us")
)

# Words a fan's feeling or watching opens with ("obsessed with nick and charlie rn", "finished s2 in one
# sitting"): a clause they open says what the fan feels or did, even when it names someone, and is no part of
# the question after it.
FEELING_OPENERS = frozenset(
    """obsessed obsessing crying screaming sobbing dying living loving missing hyped excited nervous scared
    terrified shaking finished finishing binged bingeing binging rewatching rewatched""".split()
)
# A remark after the question with no subject ("..., feels like forever ago", "..., cant wait"): the
# fan's feeling, never a question.
FEELING_REMARKS = FEELING_OPENERS | frozenset("feels feel felt seems seemed been cant".split())


# "is it just me or ...", "am i the only one who ...", "am i crazy or ...": the fan's own view, put to the
# others.
OWN_VIEW = re.compile(
    r"^(?:is it (?:just|only) me|am i (?:the only one|alone|crazy|wrong|tripping|imagining))\b"
)
# Words of an impression rather than a fact ("did s2 feel shorter", "does it seem slower").
IMPRESSIONS = frozenset(
    "feel feels felt seem seems seemed look looks looked sound sounds sounded vibe vibes".split()
)
