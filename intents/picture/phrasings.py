"""How fans ask about a show's reported picture: the words for a picture, for putting one out and for the
sites it is put out on, and the shapes of what they ask of it. Both readers of the picture unit read these:
the whole message (intents.picture.message_asks: "NOT ME SCREAMING AT THE BTS PIC ... which account posted
it") and the question asked, often a follow-up (intents.picture.followups: "posted where?"); where their
words differ, the comment says why."""

from __future__ import annotations

import enum
import re

from intents.seasons import SEASON_TAG


class Asked(enum.Enum):
    """What a question asks of a picture (each reader reads the kinds its questions come in)."""

    PEOPLE = "people"  # whom it shows: "who's in the bts pic"
    POSTER = "poster"  # who put it out where: "which account posted it", "posted where?"
    SEASON = "season"  # "which season is it from"
    WHEN = "when"  # "when did netflix drop that photo"
    WHAT = "what"  # the picture itself: "what did netflix post about hs3?"
    CHECK = "check"  # a yes/no of the fan's claim: "was it on instagram?"
    SPAN = "span"  # the days from its posting to the premiere of the season it is from
    PARTNER = "partner"  # who else it shows: "who is his co-star in the bts photo"


# The sites a show's pictures are posted on, by the words fans use for them.
POSTING_SITES: dict[str, str] = {
    "x": "X", "twitter": "X", "tweet": "X", "tweeted": "X", "instagram": "Instagram", "insta": "Instagram",
    "ig": "Instagram", "tiktok": "TikTok", "tik tok": "TikTok", "facebook": "Facebook", "fb": "Facebook",
    "youtube": "YouTube", "yt": "YouTube", "threads": "Threads", "tumblr": "Tumblr", "bluesky": "Bluesky",
}  # fmt: skip
SITE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, POSTING_SITES), key=len, reverse=True)) + r")\b")

# Words for a still picture, typed slips included ("foto", "pix", "bts snap"); clips and trailers are not
# pictures, and "still" is an everyday word too ("is he still in it").
PICTURE_WORDS = frozenset(
    """photo photos foto fotos photograph pic pics pix picture pictures image images snap snaps stills
    selfie""".split()
)
PICTURE_WORD = re.compile(r"\b(?:" + "|".join(sorted(PICTURE_WORDS)) + r")\b")
# A follow-up's few words name the picture by "bts" alone ("was it bts?", "who's in the bts?"); a whole
# message with "bts" but no picture word may be about anything behind the scenes.
FOLLOW_UP_PICTURE_WORDS = PICTURE_WORDS | {"bts"}
BEHIND_THE_SCENES = ("behind the scenes", "bts")

# Who put a show's picture or clip out ("which account posted the bts pic", "hs3 bts pic who posted it",
# "where was the bts pic posted"): for a show with no picture reported, said missing
# (intents.understand.missing) rather than answered with another fact.
_MEDIA = r"(photos?|pics?|pictures?|images?|snaps?|stills?|posters?|videos?|clips?|trailers?|teasers?|scenes)"
_POSTED_VERB = r"(posted|post|shared|uploaded|tweeted|unveiled|put out)"
WHO_POSTED = (
    r"\b(which|what) (\w+ )?(account|page|profile|handle|user)s?\b.*"
    r"\b(post|shar|upload|tweet|unveil|put out)\w*"
    rf"|\bwho\b.*\b{_POSTED_VERB}\b.*\b{_MEDIA}\b"
    # the picture named first: "hs3 bts pic who posted it", "where was the bts pic posted"
    rf"|\b{_MEDIA}\b.*\bwho\b.*\b{_POSTED_VERB}\b|\bwhere\b.*\b{_MEDIA}\b.*\b{_POSTED_VERB}\b"
)  # (not "who tweeted it" alone: no picture is asked about there)

# --- The whole message (message_asks), which names a picture ---

# Putting a picture out ("when did netflix drop that photo"): with a picture named, "drop" and "reveal" are
# its posting; without one, "when" asks about the show.
PUT_OUT = re.compile(
    r"\b(?:post|posted|posting|share|shared|upload|uploaded|tweet|tweeted|put out|put up|unveil|unveiled"
    r"|reveal|revealed|drop|dropped|release the|released the)\b"
)
BEHIND_THE_SCENES_CHECK = re.compile(
    r"\b(?:is|was) (?:it|that|this)(?: an?)? (?:bts|behind the scenes|behind-the-scenes)\b"
)
POINTER = re.compile(r"\b(?:it|that|this|that one|this one)\b")
YES_NO = re.compile(
    r"^(?:(?:oh|ok|okay|and|so|wait|but|also|hey|um|uh|lol|omg|ngl|fr|random)\s+)*"
    r"(?:is|was|are|were|did|does|do|has|had)\b"
    # "and back to the photo, was it bts?"
    r"|\bback to (?:the|that|this) \w+ (?:is|was|are|were|did|does) (?:it|that|this)\b"
    # "back to kit, was he in the bts photo": whom the fan returns to, then the check
    r"|^back to (?:\w+ ){1,3}(?:is|was|are|were|did|does) (?:he|she|they|him|her)\b"
    r"|\b(?:right|yeah|yea|yes|correct|true|innit|no)$"  # a claim with a tag: "... on X yeah?"
)
# A span of time asked ("how many days from the photo to the premiere"): the date readers answer it.
SPAN = re.compile(r"\bhow (?:many|much|long)\b.*\b(?:days?|weeks?|months?|time|long)\b|\bhow long\b")
# Other facts asked beside the picture: the show's, not the picture's.
OTHER_ASK = re.compile(
    r"\b(?:direct\w*|creat\w*|wrote|writ\w*|plays?|playing|starring|network|ratings?|scores?|episodes?|awards?)\b"
)
# A sentence that asks though it has no question mark ("anyway how many days till s3 drops").
ASKS = re.compile(r"\b(?:how|when|whens|what|whats|who|whos|where|wheres|which)\b")
GUESS_WORDS = 4  # a short guess of where it was posted, after the question ("who posted it? nf x acct?")
POSTER = re.compile(
    r"\b(?:account|acount|accounts|page|handle|profile|where|wheres|whered|post|posted|posting|share|shared"
    r"|upload|uploaded|tweet|tweeted|put out|put up|unveil|unveiled|drop|dropped|who put|who shared)\b"
)
_SEASONS = rf"(?:season|seasons|szn|{SEASON_TAG}|series \d)"
SEASON = re.compile(
    rf"\b(?:{_SEASONS}\b.*\bfrom|from\b.*\b{_SEASONS}|(?:which|what) (?:season|szn)|new one|old one|older"
    r"|new or old|old or new|new season or|or (?:an )?old)\b"
)
SEASON_NUMBER = re.compile(r"\b(?:season |s)(\d+)\b")
# A season's release or where to watch it asked ("is s3 out yet", "when does it come out", "where can i
# watch it"): the show's, not the picture's.
ABOUT_THE_SHOW = re.compile(
    r"\b(?:out yet|come out|comes out|coming out|premiere|premieres|premiering|airs?|airing|stream|streaming"
    r"|watch|watching|released yet|coming back|renewed|landing|lands|arrive|arrives|arriving)\b"
)
# Whom it shows: "who's in it", "who was in the bts pic", "which two actors are in it", "what was in it".
PEOPLE = re.compile(
    r"\bwho(?:s| is| was| are| were)? (?:all )?(?:in|on)\b|\b(?:which|what) (?:\w+ )?(?:actors?|cast|people"
    r"|stars?|characters?|boys|guys)\b|\bwhat(?:s| is| was)? in\b|\bwho(?:s| is| was)? (?:pictured|shown)\b"
)
WHEN = re.compile(r"\bwhen(?:s| s| is| was| did)?\b|\bwhat (?:day|date)\b")
NEW = re.compile(r"\b(?:new|newest|latest|upcoming|next|new season|coming)\b")
DETERMINERS = frozenset("the that this those these a an teh tha da dat dis thee".split())  # slips too
# Words that describe a picture but name no show: "the new official bts pic", "the behind the scenes photo".
DESCRIBING = frozenset(
    """new latest recent official leaked first promo promotional cast group set behind the scenes sceens bts
    season one cute viral""".split()
)
SEASON_WORD = re.compile(r"[a-z]{0,3}\d{1,2}")  # "s3", "hs3", "3"

# --- The question asked (followups), which may only follow a picture ---

# Media a posted photo is not: "when did netflix post the trailer" asks about something else.
OTHER_MEDIA = frozenset(
    "trailer trailers teaser teasers video videos clip clips poster posters footage date episode".split()
)
# Posting said outright, which alone makes a question one about a picture: narrower than PUT_OUT ("when does
# s3 drop" is a release), and "share" only with a picture named ("movies that share directors").
POSTING = re.compile(r"\b(post|posts|posted|posting|unveil(ed|s)?|upload(ed|s)?|tweet(ed|s)?|put out)\b")
# The fan's own posting ("first post!!", "i don't usually post", "posting from the bus"): no news post.
FANS_POSTING = re.compile(
    r"\b(?:first|my|(?:i|im|ive|we)(?:\s+(?:dont|never|usually|always|just|rarely|also|finally|normally|"
    r"really|actually|literally|am|was|have|had|will))*)\s+(?:time\s+)?post(?:s|ed|ing)?\b|^\W*posting\b"
)
SHARED = re.compile(r"\b(shared?|shares)\b")
CONTRACTED = {
    "whered": "where", "wheres": "where", "whod": "who", "whos": "who", "whens": "when", "seasons": "season"
}  # fmt: skip
# Whether someone is in the picture: the cast answers that ("is kit in the bts pic", "who's in it").
SHOWN = re.compile(
    r"\b(in|on) (the|that|this|a|it)\b(?! (x|twitter|instagram|insta|tiktok|facebook|youtube))"
)
ABOUT = re.compile(r"\bwhat (was|is|s) (that|it|this)( \w+)? about\b|\bwhats (that|it|this)( \w+)? about\b")
TELL_ME_ABOUT = re.compile(r"\btell me about (the|that|this)\b")
# Who else a picture shows: "his co-star in it", "the other actor in that photo", "who else is in it".
PARTNER_WORDS = frozenset("costar costars other else".split())
UNTIL = frozenset("until till til to before".split())
PRONOUNS = frozenset("he him his she her".split())
WH_ASKS = frozenset("who whos what whats where when which how".split())
CHECKS = frozenset("was is did does has were".split())
POSTERS = frozenset("netflix disney hbo hulu bbc apple prime amazon peacock paramount itv channel".split())
ELLIPSIS_WORDS = 3  # "posted where?", "by who?", "where was it"
LEAD_AT = 3  # where "back to" may start: "ok so back to the photo"
