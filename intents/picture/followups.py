"""The question asked (after the message is split and its asides set apart) read as one about the picture a
show's makers posted: "what did netflix post about hs3?", "where was the bts pic posted", "who posted it",
"which season is it from", "when was it posted", "was it behind the scenes?", "was it on instagram?".

Read only when the question names a picture ("the bts pic") or the act of posting ("what did they post"), or
follows a turn that did ("posted where?", "which season is it from"); whom a picture shows ("is kit in the bts
pic") stays with the cast (intents.understand.media_references). A clip, trailer or poster is never this
picture: those questions go on to say what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.fact_records import ShowFacts
from db.knowledge import Knowledge
from intents.answer import Answer
from intents.picture.held import Picture, pictures_of
from intents.picture.phrasings import (
    ABOUT,
    BEHIND_THE_SCENES,
    CHECKS,
    CONTRACTED,
    ELLIPSIS_WORDS,
    FOLLOW_UP_PICTURE_WORDS,
    LEAD_AT,
    OTHER_MEDIA,
    PARTNER_WORDS,
    POSTERS,
    POSTING,
    POSTING_SITES,
    SHARED,
    SHOWN,
    TELL_ME_ABOUT,
    UNTIL,
    WH_ASKS,
    Asked,
)
from intents.picture.told import ASKED_OUTRIGHT, days_to_premiere, describe, picture_reply
from intents.seasons import find_season
from intents.text import fold


def names_picture(words: list[str], text: str) -> bool:
    """Whether the words name a picture ("the bts pic", "the behind the scenes photo")."""
    return bool(FOLLOW_UP_PICTURE_WORDS & set(words)) or any(phrase in text for phrase in BEHIND_THE_SCENES)


def past_lead(words: list[str]) -> list[str]:
    """The words after a lead back to the picture ("ok back to the bts pic, was it ..."): its question."""
    at = next((i for i in range(min(len(words), LEAD_AT)) if words[i : i + 2] == ["back", "to"]), None)
    if at is None:
        return words
    end = next(
        (i for i in range(at + 2, len(words)) if words[i] in FOLLOW_UP_PICTURE_WORDS or words[i] == "scenes"),
        None,
    )
    return words[end + 1 :] if end is not None else words


def answer_asked(
    text: str,
    words: list[str],
    show: ShowFacts | None,
    followed: bool,
    people: Sequence[str],
    kb: Knowledge,
    tokens: Sequence[str] = (),
) -> Answer | None:
    """The answer to a question about the picture a show's makers posted, or None when the question is not
    one (or the show has no picture on record). `followed`: whether the fan named the picture in one of the
    last questions; `people`: the names of the people the question names."""
    if show is None or not words:
        return None
    pictures = pictures_of(show)
    folded = " ".join(words)
    if not pictures or OTHER_MEDIA & set(words):
        return None
    pictured = names_picture(words, folded)
    posting = bool(POSTING.search(folded) or (pictured and SHARED.search(folded)))
    named = pictured or posting
    if not (named or followed):
        return None
    asked = _asked(words, folded, posting, named, text)
    if asked is None:
        return None
    picture = pictures[0]
    line = describe(picture, show)
    if asked is Asked.SPAN:
        line = days_to_premiere(picture, show) or line
    shown = picture.showing
    if asked is Asked.PARTNER:
        shown = tuple(p for p in picture.showing if p not in people)
        if not people or len(shown) == len(picture.showing) or not shown:
            return None  # nobody of the picture named: the cast's question (media_references)
        line = f"{' and '.join(shown)}, with {' and '.join(people)}: {line}"
    if asked is Asked.CHECK:
        verdict = _verdict(picture, [*words, *tokens], folded, show, people, named)
        if verdict is None:
            return None
        line = f"{'Yes' if verdict else 'No'}. {line}"
    return picture_reply(kb, show, line, shown, ASKED_OUTRIGHT, title=f"{show.title} {picture.what}")


def _asked(words: list[str], text: str, posting: bool, named: bool, raw: str) -> Asked | None:
    """What is asked of the picture, by the question's words (None: nothing about the picture itself).
    `named`: whether the question names the picture or its posting itself; a follow-up that does not
    ("posted where?", "by who?", "which season is it from") asks in a few words or of where it is from."""
    said = {CONTRACTED.get(w, w) for w in words}
    asking = past_lead(words)
    short = len(words) <= ELLIPSIS_WORDS
    if named and said & {"who", "whos"} and (said & PARTNER_WORDS or "co star" in text):
        return Asked.PARTNER
    if "how" in said and said & UNTIL and (posting or named):
        return Asked.SPAN  # "how many days from when the bts photo was posted until hs3 premieres"
    if SHOWN.search(text) or "how" in said:
        return None  # "is he in that bts pic": whom it shows is the cast's (media_references)
    if _guessed(raw):
        return Asked.CHECK  # "who posted the hs3 bts pic? nf x acct?": the fan's guess is checked
    if asking and asking[0] in CHECKS and ("it" in said or FOLLOW_UP_PICTURE_WORDS & said or posting):
        return Asked.CHECK
    if "where" in said and (named or short):
        return Asked.POSTER  # (not "where can i watch it" after the picture: that asks of the show)
    if "season" in said and said & {"which", "what", "whats"} and (named or said & {"from", "of", "for"}):
        return Asked.SEASON
    if ("who" in said and (posting or ("by" in said and short))) or "which account" in text:
        return Asked.POSTER
    if "when" in said and posting:
        return Asked.WHEN
    if ABOUT.search(text) or ("what" in said and posting) or TELL_ME_ABOUT.search(text):
        return Asked.WHAT
    return None


def _guessed(text: str) -> bool:
    """Whether a question is followed by the fan's guess at its answer ("...? nf x acct?")."""
    parts = [fold(p).split() for p in text.split("?") if fold(p).strip()]
    return len(parts) > 1 and parts[0][:1] != [] and parts[0][0] in WH_ASKS and not WH_ASKS & set(parts[-1])


def _season_said(words: list[str], show: ShowFacts) -> int | None:
    """The season a check names ("s3", "season 3", "the third season", "the new season"), if any."""
    ref = find_season(words)
    if ref is None or ref.number is not None:
        return ref.number if ref is not None else None
    return max((r.season for r in show.releases if r.season is not None), default=None)


def _verdict(
    picture: Picture, words: list[str], text: str, show: ShowFacts, people: Sequence[str], named: bool
) -> bool | None:
    """Whether what a check claims of the picture holds: None when it claims nothing Marquee can weigh.
    A network counts only where the picture or its posting is named ("is it on netflix?" after the picture
    asks where the show is)."""
    found: list[bool] = []
    platforms = {POSTING_SITES[w] for w in words if w in POSTING_SITES}
    if platforms and picture.site:
        found.append(picture.site in platforms)
    posters = POSTERS & set(words)
    if posters and named:
        found.append(any(p in fold(picture.by).split() for p in posters))
    if any(phrase in text for phrase in BEHIND_THE_SCENES):
        found.append("behind" in fold(picture.what))
    season = _season_said(words, show)
    if season is not None and picture.season is not None:
        found.append(season == picture.season)
    if people:
        found.append(all(p in picture.showing for p in people))
    return all(found) if found else None
