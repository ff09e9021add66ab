"""Questions about a picture a show's makers posted, answered from its `post` fact (db.posts): "what
did netflix post about hs3?", "where was the bts pic posted", "who posted it", "which season is it from",
"when was it posted", "was it behind the scenes?", "was it on instagram?".

Read only when the question names a picture ("the bts pic") or the act of posting ("what did they post"), or
follows a turn that did ("posted where?", "which season is it from"); what a picture shows ("who's in it", "is
kit in the bts pic") stays with the cast (intents.understand.media_references). A clip, trailer or poster is
never this picture: those questions go on to say what is missing.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from db.fact_records import ShowFacts
from db.knowledge import Knowledge
from db.posts import Post, posts_of
from intents.answer import Answer
from intents.query import sources_for
from intents.seasons import find_season
from intents.text import fold
from intents.timefmt import long_date
from intents.understand.memory import remember
from intents.understand.picture_sites import POSTING_SITES

if TYPE_CHECKING:
    from intents.dialogue import Conversation
    from intents.engine import QuestionEngine

# ("still" and "snap" are everyday words too: "is he still in it")
_PICTURE = frozenset("photo photos pic pics picture pictures image images snaps stills selfie bts".split())
_BEHIND = ("behind the scenes", "bts")
# Media a posted photo is not: "when did netflix post the trailer" asks about something else.
_OTHER_MEDIA = frozenset(
    "trailer trailers teaser teasers video videos clip clips poster posters footage date episode".split()
)
# ("share" is posting only of a picture named: "movies that share directors" share nothing posted)
_POSTED = re.compile(r"\b(post|posts|posted|posting|unveil(ed|s)?|upload(ed|s)?|tweet(ed|s)?|put out)\b")
_SHARED = re.compile(r"\b(shared?|shares)\b")
_CONTRACTED = {
    "whered": "where", "wheres": "where", "whod": "who", "whos": "who", "whens": "when", "seasons": "season"
}  # fmt: skip
# Whether someone is in the picture: the cast answers that ("is kit in the bts pic", "who's in it").
_SHOWN = re.compile(
    r"\b(in|on) (the|that|this|a|it)\b(?! (x|twitter|instagram|insta|tiktok|facebook|youtube))"
)
# Who else a picture shows: "his co-star in it", "the other actor in that photo", "who else is in it".
_PARTNER_WORDS = frozenset("costar costars other else".split())
_UNTIL = frozenset("until till til to before".split())
_PRONOUNS = frozenset("he him his she her".split())
_WH_ASKS = frozenset("who whos what whats where when which how".split())
_CHECKS = frozenset("was is did does has were".split())
_POSTERS = frozenset("netflix disney hbo hulu bbc apple prime amazon peacock paramount itv channel".split())
_TURNS_BACK = 2  # a follow-up may point at the picture talked about one or two questions ago
_ELLIPSIS_WORDS = 3  # "posted where?", "by who?", "where was it"
_LEAD_AT = 3  # where "back to" may start: "ok so back to the photo"
_PICTURE_TURNS_BACK = 4  # "back to the photo" may come after a few questions about something else


class Asked(enum.Enum):
    """What a question asks of the picture."""

    WHERE = "where"
    WHO = "who"
    WHEN = "when"
    SEASON = "season"
    WHAT = "what"
    CHECK = "check"
    SPAN = "span"  # the days from its posting to the premiere of the season it is from
    PARTNER = "partner"  # who else it shows: "who is his co-star in the bts photo"


def _asked(words: list[str], text: str, posting: bool, named: bool, raw: str) -> Asked | None:
    """What is asked of the picture, by the question's words (None: nothing about the picture itself).
    `named`: whether the question names the picture or its posting itself; a follow-up that does not
    ("posted where?", "by who?", "which season is it from") asks in a few words or of where it is from."""
    said = {_CONTRACTED.get(w, w) for w in words}
    asking = _past_lead(words)
    short = len(words) <= _ELLIPSIS_WORDS
    if named and said & {"who", "whos"} and (said & _PARTNER_WORDS or "co star" in text):
        return Asked.PARTNER
    if "how" in said and said & _UNTIL and (posting or named):
        return Asked.SPAN  # "how many days from when the bts photo was posted until hs3 premieres"
    if _SHOWN.search(text) or "how" in said:
        return None  # "is he in that bts pic": whom it shows is the cast's (media_references)
    if _guessed(raw):
        return Asked.CHECK  # "who posted the hs3 bts pic? nf x acct?": the fan's guess is checked
    if asking and asking[0] in _CHECKS and ("it" in said or _PICTURE & said or posting):
        return Asked.CHECK
    if "where" in said and (named or short):
        return Asked.WHERE  # (not "where can i watch it" after the picture: that asks of the show)
    if "season" in said and said & {"which", "what", "whats"} and (named or said & {"from", "of", "for"}):
        return Asked.SEASON
    if ("who" in said and (posting or ("by" in said and short))) or "which account" in text:
        return Asked.WHO
    if "when" in said and posting:
        return Asked.WHEN
    about = re.search(
        r"\bwhat (was|is|s) (that|it|this)( \w+)? about\b|\bwhats (that|it|this)( \w+)? about\b", text
    )
    if about or ("what" in said and posting) or re.search(r"\btell me about (the|that|this)\b", text):
        return Asked.WHAT
    return None


def _guessed(text: str) -> bool:
    """Whether a question is followed by the fan's guess at its answer ("...? nf x acct?")."""
    parts = [fold(p).split() for p in text.split("?") if fold(p).strip()]
    return len(parts) > 1 and parts[0][:1] != [] and parts[0][0] in _WH_ASKS and not _WH_ASKS & set(parts[-1])


def _past_lead(words: list[str]) -> list[str]:
    """The words after a lead back to the picture ("ok back to the bts pic, was it ..."): its question."""
    at = next((i for i in range(min(len(words), _LEAD_AT)) if words[i : i + 2] == ["back", "to"]), None)
    if at is None:
        return words
    end = next((i for i in range(at + 2, len(words)) if words[i] in _PICTURE or words[i] == "scenes"), None)
    return words[end + 1 :] if end is not None else words


def _names_picture(words: list[str], text: str) -> bool:
    return bool(_PICTURE & set(words)) or any(phrase in text for phrase in _BEHIND)


def _season_said(words: list[str], show: ShowFacts) -> int | None:
    """The season a check names ("s3", "season 3", "the third season", "the new season"), if any."""
    ref = find_season(words)
    if ref is None or ref.number is not None:
        return ref.number if ref is not None else None
    return max((r.season for r in show.releases if r.season is not None), default=None)


def _verdict(
    post: Post, words: list[str], text: str, show: ShowFacts, people: Sequence[str], named: bool
) -> bool | None:
    """Whether what a check claims of the picture holds: None when it claims nothing Marquee can weigh.
    A network counts only where the picture or its posting is named ("is it on netflix?" after the picture
    asks where the show is)."""
    found: list[bool] = []
    platforms = {POSTING_SITES[w] for w in words if w in POSTING_SITES}
    if platforms and post.platform:
        found.append(post.platform in platforms)
    posters = _POSTERS & set(words)
    if posters and named:
        found.append(any(p in fold(post.by).split() for p in posters))
    if any(phrase in text for phrase in _BEHIND):
        found.append("behind" in fold(post.what))
    season = _season_said(words, show)
    if season is not None and post.season is not None:
        found.append(season == post.season)
    if people:
        found.append(all(p in post.people for p in people))
    return all(found) if found else None


def _span(post: Post, show: ShowFacts) -> str | None:
    """The days from the picture's posting to its season's premiere, with both days; None without both."""
    premiere = next((r.on for r in show.releases if r.season == post.season and r.on is not None), None)
    if post.date is None or premiere is None:
        return None
    days = (premiere - post.date).days
    return (
        f"{days} days, from {long_date(post.date)}, when the {post.what} {post.by} posted was reported, to "
        f"the premiere of {show.title} season {post.season} on {long_date(premiere)}."
    )


def describe(post: Post, show: ShowFacts) -> str:
    """The picture in one sentence: who posted what of which season, where and when, and whom it shows."""
    season = f" season {post.season}" if post.season is not None else ""
    where = f" on {post.platform}" if post.platform else ""
    when = f", reported on {long_date(post.date)}" if post.date else ""
    shows = f": it shows {' and '.join(post.people)}" if post.people else ""
    said = f"{post.by} posted a {post.what} of {show.title}{season}{where}{when}{shows}."
    return said[:1].upper() + said[1:]  # "The official Netflix X account posted ..."


def answer_about_post(
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
    posts = posts_of(show)
    folded = " ".join(words)
    if not posts or _OTHER_MEDIA & set(words):
        return None
    pictured = _names_picture(words, folded)
    posting = bool(_POSTED.search(folded) or (pictured and _SHARED.search(folded)))
    named = pictured or posting
    if not (named or followed):
        return None
    asked = _asked(words, folded, posting, named, text)
    if asked is None:
        return None
    post = posts[0]
    line = describe(post, show)
    if asked is Asked.SPAN:
        line = _span(post, show) or line
    shown = post.people
    if asked is Asked.PARTNER:
        shown = tuple(p for p in post.people if p not in people)
        if not people or len(shown) == len(post.people) or not shown:
            return None  # nobody of the picture named: the cast's question (media_references)
        line = f"{' and '.join(shown)}, with {' and '.join(people)}: {line}"
    if asked is Asked.CHECK:
        verdict = _verdict(post, [*words, *tokens], folded, show, people, named)
        if verdict is None:
            return None
        line = f"{'Yes' if verdict else 'No'}. {line}"
    return Answer(
        text=line,
        intent="picture",
        confidence=1.0,
        answers=shown,
        sources=sources_for(kb, [show.article_id]),
        title=f"{show.title} {post.what}",
        show_id=show.id,
    )


def _picture_talked_about(conversation: Conversation, kb: Knowledge, back: int) -> ShowFacts | None:
    """The show whose picture the fan named at most `back` questions before this one."""
    if conversation.pictured is None or conversation.pictured[1] > back:
        return None
    return kb.shows.get(conversation.pictured[0])


def asked_of_post(
    engine: QuestionEngine,
    text: str,
    aside: str,
    tokens: list[str],
    conversation: Conversation,
    default_show: str | None,
    today: dt.date,
) -> Answer | None:
    """A fan's own question read as one about the picture posted of the show it names or talks about (the
    talk around it may name the picture: "netflix posted some photo of hs, what was that about?"), its answer
    remembered in the conversation; None when it is no such question."""
    words = fold(text).split()
    if conversation.pictured is not None:
        conversation.pictured = (conversation.pictured[0], conversation.pictured[1] + 1)
    said = [*fold(aside).split(), *words]
    joined = " ".join(said)
    if not (_names_picture(said, joined) or _POSTED.search(joined)) and (
        _picture_talked_about(conversation, engine.kb, _PICTURE_TURNS_BACK) is None
    ):
        return None  # most messages: no picture or posting named, none talked about (nothing is linked)
    res = engine.link(tokens)
    # "posted where?", "was it netflix that posted it": the words of the picture and its posting are never a
    # title (a title nobody knows left among them still is: "the bear bts pic" is no Heartstopper picture).
    plain = [t for t in _past_lead(tokens) if t not in _PICTURE and not _POSTED.fullmatch(t)]
    named = engine.link(plain) if plain != tokens else res
    show = (
        named.shows[0]
        if named.shows
        else engine.subjects.implied_show(named, conversation, default_show, today)
    )
    if show is not None and res.shows and show.id not in {s.id for s in res.shows}:
        return None  # the question names another show (or film) than the one whose picture this is
    if show is None and not (named.unknown_title or named.named_runs):
        # "back to that photo, ..." after a show nobody knows: the show of the picture talked about before.
        show = _picture_talked_about(conversation, engine.kb, _PICTURE_TURNS_BACK)
    around = fold(aside).split()
    folded = " ".join([*around, *words])
    mentioned = _names_picture([*around, *words], folded)
    if not (named.shows or mentioned or _picture_talked_about(conversation, engine.kb, _TURNS_BACK)):
        return None  # "who tweeted it" with no show, picture or earlier picture: nothing posted is meant
    if show is not None and (mentioned or _POSTED.search(folded)):
        conversation.pictured = (show.id, 0)
    followed = _picture_talked_about(conversation, engine.kb, _TURNS_BACK) is not None
    people = [person.name for person in res.people]
    if not people and _PRONOUNS.intersection(words) and conversation.people:
        talked_of = engine.kb.people.get(conversation.people[0])
        people = [talked_of.name] if talked_of is not None else []  # "who is his co-star in the photo"
    answer = answer_about_post(text, words, show, followed, people, engine.kb, tokens)
    if answer is not None:
        remember(conversation, tokens, res, answer, engine.kb, engine.index, about_person=False)
    return answer
