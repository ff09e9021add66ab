"""Questions about a show's reported picture ("who's in the new bts pic", "which account posted it", "where'd
it drop", "is it from the new season", "is william gao in the bts photo?", "was it on tiktok?"), answered
from the picture the news reported (intents.pictures_held). The whole message is read: the picture is often
named in chatter before the sentence that asks ("NOT ME SCREAMING AT THE BTS PIC ... which account posted
it"). Without a reported picture, or when the asking sentence is about something else, nothing is answered
here (the missing-fact reader then says Marquee keeps no record of who posts pictures)."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from db.knowledge import Knowledge, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.pictures_held import Picture, pictures_held
from intents.query import join_names, latest_season_number, sources_for
from intents.resolve import Resolution
from intents.text import fold
from intents.timefmt import long_date
from intents.title_words import WH_WORDS
from intents.understand.picture_sites import POSTING_SITES
from intents.understand.sentences import sentences

# Words for a still picture, typed slips included ("foto", "pix"); clips and trailers are not pictures, and
# "still" is left out ("is he still in it").
_PICTURE = (
    r"(?:photo|photos|foto|fotos|photograph|pic|pics|pix|picture|pictures|image|images|snap|snaps|selfie)"
)
_PICTURE_WORD = re.compile(rf"\b{_PICTURE}\b")
_BEHIND_THE_SCENES = re.compile(
    r"\b(?:is|was) (?:it|that|this)(?: an?)? (?:bts|behind the scenes|behind-the-scenes)\b"
)
_POINTER = re.compile(r"\b(?:it|that|this|that one|this one)\b")
_YES_NO = re.compile(
    r"^(?:(?:oh|ok|okay|and|so|wait|but|also|hey|um|uh|lol|omg|ngl|fr|random)\s+)*"
    r"(?:is|was|are|were|did|does|do|has|had)\b"
    # "and back to the photo, was it bts?"
    r"|\bback to (?:the|that|this) \w+ (?:is|was|are|were|did|does) (?:it|that|this)\b"
    r"|\b(?:right|yeah|yea|yes|correct|true|innit|no)$"  # a claim with a tag: "... on X yeah?"
)
# A span of time asked ("how many days from the photo to the premiere"): the date readers answer it.
_SPAN = re.compile(r"\bhow (?:many|much|long)\b.*\b(?:days?|weeks?|months?|time|long)\b|\bhow long\b")
# Other facts asked beside the picture: the show's, not the picture's.
_OTHER_ASK = re.compile(
    r"\b(?:direct\w*|creat\w*|wrote|writ\w*|plays?|playing|starring|network|ratings?|scores?|episodes?|awards?)\b"
)
# A sentence that asks though it has no question mark ("anyway how many days till s3 drops").
_ASKS = re.compile(r"\b(?:how|when|whens|what|whats|who|whos|where|wheres|which)\b")
# A short guess of where it was posted, after the question ("who posted it? nf x acct?").
_GUESS_WORDS = 4
_SITE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, POSTING_SITES), key=len, reverse=True)) + r")\b")
_POSTER = re.compile(
    r"\b(?:account|acount|accounts|page|handle|profile|where|wheres|whered|post|posted|posting|share|shared"
    r"|upload|uploaded|tweet|tweeted|put out|put up|unveil|unveiled|drop|dropped|who put|who shared)\b"
)
_SEASONS = r"(?:season|seasons|szn|s\d+|series \d)"
_SEASON = re.compile(
    rf"\b(?:{_SEASONS}\b.*\bfrom|from\b.*\b{_SEASONS}|(?:which|what) (?:season|szn)|new one|old one|older"
    r"|new or old|old or new|new season or|or (?:an )?old)\b"
)
# Putting a picture out ("when did netflix drop that photo"); without one, "when" asks about the show.
_POSTED = re.compile(
    r"\b(?:post|posted|posting|share|shared|upload|uploaded|tweet|tweeted|put out|put up|unveil|unveiled"
    r"|reveal|revealed|drop|dropped|release the|released the)\b"
)
# A season's release asked ("is s3 out yet", "when does it come out"): the show's, not the picture's.
_ABOUT_THE_SHOW = re.compile(
    r"\b(?:out yet|come out|comes out|coming out|premiere|premieres|premiering|airs?|airing|stream|streaming"
    r"|released yet|coming back|renewed|landing|lands|arrive|arrives|arriving)\b"
)
# Whom it shows: "who's in it", "who was in the bts pic", "which two actors are in it", "what was in it".
_PEOPLE = re.compile(
    r"\bwho(?:s| is| was| are| were)? (?:all )?(?:in|on)\b|\b(?:which|what) (?:\w+ )?(?:actors?|cast|people"
    r"|stars?|characters?|boys|guys)\b|\bwhat(?:s| is| was)? in\b|\bwho(?:s| is| was)? (?:pictured|shown)\b"
)
_WHEN = re.compile(r"\bwhen(?:s| s| is| was| did)?\b|\bwhat (?:day|date)\b")
_NEW = re.compile(r"\b(?:new|newest|latest|upcoming|next|new season|coming)\b")


_DETERMINERS = frozenset("the that this those these a an teh tha da dat dis thee".split())  # slips too
# Words that describe a picture but name no show: "the new official bts pic", "the behind the scenes photo".
_DESCRIBING = frozenset(
    """new latest recent official leaked first promo promotional cast group set behind the scenes sceens bts
    season one cute viral""".split()
)
_SEASON_WORD = re.compile(r"[a-z]{0,3}\d{1,2}")  # "s3", "hs3", "3"


class Asked(enum.Enum):
    """What a question about a picture asks."""

    POSTER = "poster"
    SEASON = "season"
    PEOPLE = "people"
    WHEN = "when"


def names_a_picture(message: str) -> bool:
    """Whether the message has a word for a still picture (a cheap gate before any reading of it)."""
    return _PICTURE_WORD.search(fold(message)) is not None


def picture_answer(
    message: str, asked: str, kb: Knowledge, link: Callable[[str], Resolution], after_picture: bool = False
) -> Answer | None:
    """The answer about a reported picture, or None: no picture word in the message, none reported, or the
    asking sentence asks about something else. `asked` is the sentence that asks; `link` reads the shows
    and people a text names (called only once the message is about a picture); `after_picture` when the
    last answer was about one ("where'd they post it" then asks where it was posted)."""
    whole = fold(message)
    if not (after_picture or names_a_picture(message)) or not pictures_held(kb):
        return None
    # The sentence chosen as asking, and every sentence with a question mark ("where'd they post it btw?
    # insta?"), each of which must name the picture or point back at it.
    chosen = fold(asked)
    asking = [chosen, *(fold(s) for s in sentences(message) if "?" in s or _ASKS.search(fold(s)))]
    if any(_SPAN.search(p) or (_ABOUT_THE_SHOW.search(p) and not _POSTED.search(p)) for p in asking):
        return None  # "saw the bts pic! how many days till s3 drops": the show's release is asked
    parts = [p for p in dict.fromkeys(asking) if p and (_PICTURE_WORD.search(p) or _POINTER.search(p))]
    if not parts:
        return None  # "the bts pic is so cute! who directed s3?": the question is not about it
    sentence = " ".join(parts)
    if after_picture and not _PICTURE_WORD.search(whole) and not _POSTER.search(sentence):
        return None  # "who do they play" after the picture: the show's facts answer it
    named = link(message)
    picture = _the_picture(kb, named.shows)
    if picture is None:
        return None
    told = _Told(kb, picture, kb.shows[picture.show_id])
    if not named.shows and _names_another(whole, told.show):
        return None  # "who's in the new stranger things photo": a show Marquee has no picture of
    # A short guess of the site after the question ("who posted it? nf x acct?") is checked too.
    guess = any(
        len(p.split()) <= _GUESS_WORDS and _SITE.search(p) and not set(p.split()) & WH_WORDS for p in asking
    )
    if (guess or any(_YES_NO.search(part) for part in parts)) and " or " not in f" {sentence} ":
        lead = _checked(sentence, told, named.people)
        if lead is None:
            return None  # "is he in that bts pic?": whom "he" means is the conversation's to say
        return told.answer(f"{lead} {told.people()}", (lead.split(",")[0].rstrip("."),))
    asked_for = _asked(sentence)
    if asked_for is None:
        return None
    site = _SITE.search(sentence)
    other_site = (
        POSTING_SITES[site.group(0)]
        if site is not None and POSTING_SITES[site.group(0)] != picture.site
        else None
    )
    text = {
        Asked.POSTER: lambda: told.poster(other_site),
        Asked.SEASON: told.season,
        Asked.PEOPLE: told.people,
        Asked.WHEN: told.when,
    }[asked_for]()
    return told.answer(text, picture.showing)


def _the_picture(kb: Knowledge, shows: list[ShowFacts]) -> Picture | None:
    """The named show's newest reported picture, else the newest reported of any show."""
    held = pictures_held(kb)
    named = {s.id for s in shows}
    return next((p for p in held if p.show_id in named), None) or (held[0] if not named else None)


def _names_another(whole: str, show: ShowFacts) -> bool:
    """Whether the words right before a picture word ("the new stranger things photo") hold one that neither
    describes a picture nor names the show or its network (a slip of its title counts: "heartstoper")."""
    own = {w for name in (show.title, *show.aliases, show.network or "") for w in fold(name).split()}
    words = whole.split()
    for at, word in enumerate(words):
        if not _PICTURE_WORD.fullmatch(word):
            continue
        for before in reversed(words[max(0, at - 5) : at]):
            if before in _DETERMINERS:
                break
            if before in _DESCRIBING or _SEASON_WORD.fullmatch(before) or before in own:
                continue
            if not any(fuzz.ratio(before, w) >= 80 for w in own):
                return True
    return False


def _asked(sentence: str) -> Asked | None:
    """What the asking sentence wants of the picture: whom it shows ("who's in it"), when, who put it out
    where ("which account posted it"), which season; else (a picture named, nothing else asked) whom it
    shows."""
    if _PEOPLE.search(sentence):
        return Asked.PEOPLE
    if _OTHER_ASK.search(sentence):
        return None  # "saw the bts pic from s3, who's the director for this season": the show's crew
    if _WHEN.search(sentence):
        return Asked.WHEN if _POSTED.search(sentence) else None
    if _POSTER.search(sentence) or _SITE.search(sentence):
        return Asked.POSTER
    if _SEASON.search(sentence):
        return Asked.SEASON
    if _PICTURE_WORD.search(sentence) and not any(w in WH_WORDS for w in sentence.split()):
        return Asked.PEOPLE  # "bts pic?": what it shows; "who created it" asks about the show
    return None


def _checked(sentence: str, told: _Told, people: list[PersonFacts]) -> str | None:
    """The verdict of a yes/no about the picture: someone in it, the site it was posted on, its season."""
    picture = told.picture
    if people:
        shown = [p.name for p in people if p.name in picture.showing]
        unshown = [p.name for p in people if p.name not in picture.showing]
        if not unshown:
            return f"Yes, {join_names(shown)} {'is' if len(shown) == 1 else 'are'} in it."
        return f"No, {join_names(unshown)} {'isn' if len(unshown) == 1 else 'aren'}'t in it."
    site = _SITE.search(sentence)
    if site is not None and picture.site is not None:
        named = POSTING_SITES[site.group(0)]
        if named == picture.site:
            return f"Yes, it was posted on {picture.site}."
        return f"No, it was posted on {picture.site}, not {named}."
    if _SEASON.search(sentence) and picture.season is not None:
        number = re.search(r"\b(?:season |s)(\d+)\b", sentence)
        if number is not None:
            verdict = "Yes" if int(number.group(1)) == picture.season else "No"
            return f"{verdict}, it's from season {picture.season}."
        if _NEW.search(sentence):
            verdict = "Yes" if told.newest else "No"
            return f"{verdict}, it's from season {picture.season}."
    if _BEHIND_THE_SCENES.search(sentence):
        behind = "behind" in picture.what.lower()
        return f"{'Yes' if behind else 'No'}, it's a {picture.what}."
    return None


@dataclass(frozen=True, slots=True)
class _Told:
    """The picture's fact said for each thing asked of it."""

    kb: Knowledge
    picture: Picture
    show: ShowFacts

    @property
    def of(self) -> str:
        """ "Heartstopper season 3"."""
        season = self.picture.season
        return f"{self.show.title} season {season}" if season is not None else self.show.title

    @property
    def newest(self) -> bool:
        """Whether the picture is of the show's newest season."""
        return self.picture.season is not None and self.picture.season == latest_season_number(self.show)

    def _by(self) -> str:
        """ "the official Netflix X account" (with " on SITE" when the poster does not say it)."""
        by, site = self.picture.by or "", self.picture.site
        return f"{by} on {site}" if by and site and site not in by.split() else by

    def _shown(self) -> str:
        return join_names([f"{name}{_playing(self.kb, self.show, name)}" for name in self.picture.showing])

    def _reported(self) -> str:
        return f" (reported {long_date(self.picture.on)})" if self.picture.on else ""

    def people(self) -> str:
        """ "The behind-the-scenes photo of X season 3 shows A (Charlie) and B (Nick); Y posted it (...)."""
        posted = f"; {self._by()} posted it{self._reported()}" if self.picture.by else self._reported()
        return f"The {self.picture.what} of {self.of} shows {self._shown()}{posted}."

    def poster(self, other_site: str | None) -> str:
        """ "The official Netflix X account posted it (...): the behind-the-scenes photo of ..."."""
        if not self.picture.by:
            return self.people()
        lead = f"Not on {other_site}: {self._by()}" if other_site else _capitalised(self._by())
        what = f"the {self.picture.what} of {self.of}"
        return f"{lead} posted it{self._reported()}: {what}, showing {self._shown()}."

    def season(self) -> str:
        """ "It's from Heartstopper season 3, the newest season: ..."."""
        if self.picture.season is None:
            return self.people()
        newest = ", the newest season" if self.newest else ""
        return f"It's from {self.of}{newest}. {self.people()}"

    def when(self) -> str:
        """ "The behind-the-scenes photo of X was reported on DATE: ..."."""
        if self.picture.on is None:
            return self.people()
        by = f"{self._by()} posted it, showing" if self.picture.by else "it shows"
        day = long_date(self.picture.on)
        return f"The {self.picture.what} of {self.of} was reported on {day}: {by} {self._shown()}."

    def answer(self, text: str, answers: tuple[str, ...]) -> Answer:
        """The reply, citing the article the show's facts come from."""
        return Answer(
            text=text, kind="answer", intent="picture", confidence=0.9, answers=answers,
            sources=sources_for(self.kb, [self.show.article_id]), show_id=self.show.id,
        )  # fmt: skip


def _playing(kb: Knowledge, show: ShowFacts, name: str) -> str:
    """ " (Charlie Spring)" for someone credited with a character in the show, else nothing."""
    for credit in show.credits:
        person = kb.people.get(credit.person_id)
        if credit.character and person is not None and person.name == name:
            return f" ({credit.character})"
    return ""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
