"""A whole message read as one about a show's reported picture ("who's in the new bts pic", "which account
posted it", "where'd it drop", "is it from the new season", "is william gao in the bts photo?", "was it on
tiktok?"), answered from the picture the news reported (intents.picture.held). The whole message is read:
the picture is often named in chatter before the sentence that asks ("NOT ME SCREAMING AT THE BTS PIC ...
which account posted it"). When the asking sentence is about something else, nothing is answered here (the
question asked may still be one about the picture: intents.picture.followups)."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from db.knowledge import Knowledge, PersonFacts, ShowFacts
from intents.answer import Answer
from intents.picture.held import Picture, pictures_held
from intents.picture.phrasings import (
    ABOUT_THE_SHOW,
    ASKS,
    BEHIND_THE_SCENES_CHECK,
    DESCRIBING,
    DETERMINERS,
    GUESS_WORDS,
    NEW,
    OTHER_ASK,
    PEOPLE,
    PICTURE_WORD,
    PICTURE_WORDS,
    POINTER,
    POSTER,
    POSTING_SITES,
    PUT_OUT,
    SEASON,
    SEASON_NUMBER,
    SEASON_WORD,
    SITE,
    SPAN,
    WHEN,
    YES_NO,
    Asked,
)
from intents.picture.told import PictureTold
from intents.query import join_names
from intents.resolve import Resolution
from intents.text import fold
from intents.title_words import WH_WORDS
from intents.understand.sentences import sentences


def names_a_picture(message: str) -> bool:
    """Whether the message has a word for a still picture (a cheap gate before any reading of it)."""
    return PICTURE_WORD.search(fold(message)) is not None


_TITLE_SPAN = 8  # words a title holding a picture word may run to ("the kid stays in the picture")
_TITLE_LEAST = 3  # shorter known names ("the photograph") are the fans' words as often as titles


def pictured_in_titles_only(message: str, names_of: Callable[[str], list[str]]) -> bool:
    """Whether every picture word of the message lies inside a known title of three or more words ("which
    films share actors with The Kid Stays in the Picture"): then no photo is asked about."""
    words = re.findall(r"[\w']+", fold(message))
    at_pictures = [at for at, word in enumerate(words) if word in PICTURE_WORDS]
    return bool(at_pictures) and all(_in_a_title(words, at, names_of) for at in at_pictures)


def _in_a_title(words: list[str], at: int, names_of: Callable[[str], list[str]]) -> bool:
    for start in range(max(0, at - _TITLE_SPAN + 1), at + 1):
        for end in range(max(at + 1, start + _TITLE_LEAST), min(len(words), start + _TITLE_SPAN) + 1):
            if names_of(" ".join(words[start:end])):
                return True
    return False


def answer_whole_message(
    message: str, asked: str, kb: Knowledge, link: Callable[[str], Resolution], after_picture: bool
) -> Answer | None:
    """The answer about a reported picture to a message that names one or follows an answer about one
    (`after_picture`: "where'd they post it" then asks where it was posted), or None when the asking
    sentence asks about something else. `asked` is the sentence that asks; `link` reads the shows and people
    a text names (called only once the message is about a picture)."""
    whole = fold(message)
    # The sentence chosen as asking, and every sentence with a question mark ("where'd they post it btw?
    # insta?"), each of which must name the picture or point back at it.
    chosen = fold(asked)
    asking = [chosen, *(fold(s) for s in sentences(message) if "?" in s or ASKS.search(fold(s)))]
    if any(SPAN.search(p) or (ABOUT_THE_SHOW.search(p) and not PUT_OUT.search(p)) for p in asking):
        return None  # "saw the bts pic! how many days till s3 drops": the show's release is asked
    parts = [p for p in dict.fromkeys(asking) if p and (PICTURE_WORD.search(p) or POINTER.search(p))]
    if not parts:
        return None  # "the bts pic is so cute! who directed s3?": the question is not about it
    sentence = " ".join(parts)
    if after_picture and not PICTURE_WORD.search(whole) and not POSTER.search(sentence):
        return None  # "who do they play" after the picture: the show's facts answer it
    named = link(message)
    picture = _the_picture(kb, named.shows)
    if picture is None:
        return None
    told = PictureTold(kb, picture, kb.shows[picture.show_id])
    if not named.shows and _names_another(whole, told.show):
        return None  # "who's in the new stranger things photo": a show Marquee has no picture of
    # A short guess of the site after the question ("who posted it? nf x acct?") is checked too.
    guess = any(
        len(p.split()) <= GUESS_WORDS and SITE.search(p) and not set(p.split()) & WH_WORDS for p in asking
    )
    if (guess or any(YES_NO.search(part) for part in parts)) and " or " not in f" {sentence} ":
        lead = _checked(sentence, told, named.people)
        if lead is None:
            return None  # "is he in that bts pic?": whom "he" means is the conversation's to say
        return told.answer(f"{lead} {told.people()}", (lead.split(",")[0].rstrip("."),))
    asked_for = _asked(sentence)
    if asked_for is None:
        return None
    site = SITE.search(sentence)
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
        if not PICTURE_WORD.fullmatch(word):
            continue
        for before in reversed(words[max(0, at - 5) : at]):
            if before in DETERMINERS:
                break
            if before in DESCRIBING or SEASON_WORD.fullmatch(before) or before in own:
                continue
            if not any(fuzz.ratio(before, w) >= 80 for w in own):
                return True
    return False


def _asked(sentence: str) -> Asked | None:
    """What the asking sentence wants of the picture: whom it shows ("who's in it"), when, who put it out
    where ("which account posted it"), which season; else (a picture named, nothing else asked) whom it
    shows."""
    if PEOPLE.search(sentence):
        return Asked.PEOPLE
    if OTHER_ASK.search(sentence):
        return None  # "saw the bts pic from s3, who's the director for this season": the show's crew
    if WHEN.search(sentence):
        return Asked.WHEN if PUT_OUT.search(sentence) else None
    if POSTER.search(sentence) or SITE.search(sentence):
        return Asked.POSTER
    if SEASON.search(sentence):
        return Asked.SEASON
    if PICTURE_WORD.search(sentence) and not any(w in WH_WORDS for w in sentence.split()):
        return Asked.PEOPLE  # "bts pic?": what it shows; "who created it" asks about the show
    return None


def _checked(sentence: str, told: PictureTold, people: list[PersonFacts]) -> str | None:
    """The verdict of a yes/no about the picture: someone in it, the site it was posted on, its season."""
    picture = told.picture
    if people:
        shown = [p.name for p in people if p.name in picture.showing]
        unshown = [p.name for p in people if p.name not in picture.showing]
        if not unshown:
            return f"Yes, {join_names(shown)} {'is' if len(shown) == 1 else 'are'} in it."
        return f"No, {join_names(unshown)} {'isn' if len(unshown) == 1 else 'aren'}'t in it."
    site = SITE.search(sentence)
    if site is not None and picture.site is not None:
        named = POSTING_SITES[site.group(0)]
        if named == picture.site:
            return f"Yes, it was posted on {picture.site}."
        return f"No, it was posted on {picture.site}, not {named}."
    if SEASON.search(sentence) and picture.season is not None:
        number = SEASON_NUMBER.search(sentence)
        if number is not None:
            verdict = "Yes" if int(number.group(1)) == picture.season else "No"
            return f"{verdict}, it's from season {picture.season}."
        if NEW.search(sentence):
            verdict = "Yes" if told.newest else "No"
            return f"{verdict}, it's from season {picture.season}."
    if BEHIND_THE_SCENES_CHECK.search(sentence):
        behind = "behind" in picture.what.lower()
        return f"{'Yes' if behind else 'No'}, it's a {picture.what}."
    return None
