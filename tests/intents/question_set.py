"""Questions as fans type them, with what Marquee must (and must not) answer: part 1.

Written from the seed article (/work/shared/seed/heartstopper-s3-article.txt, dated 2024-09-03) alone,
without looking at the phrasings the intent handlers were built from, so it works like a held-out set.
Part 1: premieres, countdowns, cast, characters, directors, creator and crew. Part 2 is in
question_set_more.py. Each case is asked in a fresh conversation, "before" (2024-09-03) unless after=True
(2026-11-25).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Values that can only come from the seed facts: a reply about anything else must contain none of them.
SEED_VALUES = (
    "Netflix",
    "Disney+",
    "2024-10-03",
    "2024-09-18",
    "2022-04-22",
    "October 3",
    "Kit Connor",
    "Joe Locke",
    "Alice Osman",
    "Euros Lyn",
    "Andy Newberry",
    "Lauren James",
    "98%",
    "96%",
)
HS_CAST = ("Joe Locke", "Kit Connor", "William Gao", "Yasmin Finney", "Tobie Donovan", "Olivia Colman")
AGATHA_CAST = ("Joe Locke", "Kathryn Hahn", "Aubrey Plaza", "Paul Adelstein")
S3_BEFORE = "Heartstopper season 3 premieres on Netflix on Thursday, October 3, 2024, in 30 days."
S3_AFTER = "Heartstopper season 3 premiered on Netflix on Thursday, October 3, 2024 (2 years ago)."
S3 = "2024-10-03"
SERIES = "2022-04-22"
AGATHA = "2024-09-18"
CHARLIE, NICK = "Charlie Spring", "Nick Nelson"
LYN, NEWBERRY = "Euros Lyn", "Andy Newberry"
OSMAN = "Alice Osman"


@dataclass(frozen=True, slots=True)
class Case:
    """One question and the expectations on its Answer (an empty field expects nothing)."""

    question: str
    kinds: tuple[str, ...] = ("answer",)  # acceptable Answer.kind values; () accepts any
    intents: tuple[str, ...] = ()  # acceptable Answer.intent values; () accepts any
    first: str | None = None  # answers[0] must equal this
    has: tuple[str, ...] = ()  # each must be one of the answers
    text: str | None = None  # a regular expression the text must match (re.search)
    banned: tuple[str, ...] = ()  # substrings allowed in neither the answers nor the text
    not_answers: tuple[str, ...] = ()  # values that must not be among the answers
    after: bool = False  # asked on 2026-11-25 instead of 2024-09-03

    @property
    def id(self) -> str:
        """A readable pytest id."""
        return self.question + (" @after" if self.after else "")


def a(
    question: str,
    intent: str | tuple[str, ...] | None,
    first: str | None = None,
    *,
    has: tuple[str, ...] = (),
    text: str | None = None,
    banned: tuple[str, ...] = (),
    not_answers: tuple[str, ...] = (),
    after: bool = False,
    kinds: tuple[str, ...] = ("answer",),
) -> Case:
    """An answerable question."""
    intents = (intent,) if isinstance(intent, str) else (intent or ())
    return Case(question, kinds, intents, first, has, text, banned, not_answers, after)


def exactly(text: str) -> str:
    """A pattern matching exactly this text."""
    return "^" + re.escape(text) + "$"


def unknown(question: str, subject: str) -> Case:
    """A question about a show or person Marquee has no facts about: it must say so, and nothing else."""
    text = rf"^I don['’]t have facts about .*(?i:{subject})"
    return Case(question, ("unknown",), text=text, banned=(*SEED_VALUES, "Did you mean"))


def chatter(question: str, kinds: tuple[str, ...] = ("unknown",), *, names_something: bool = False) -> Case:
    """Out-of-domain talk: no fact at all, and (unless it names something) not taken for a show or person."""
    banned = SEED_VALUES if names_something else (*SEED_VALUES, "have facts about")
    return Case(question, kinds, banned=banned)


PREMIERE = [
    a("when does heartstopper season 3 come out?", "premiere", S3, text=exactly(S3_BEFORE)),
    a("when is heartstopper season 3 coming out", "premiere", S3),
    a("heartstopper s3 release date", "premiere", S3),
    a("When's season three of Heartstopper out?", "premiere", S3),
    a("when does the third season of heartstopper premiere", "premiere", S3),
    a("when does the new season of heartstopper come out", "premiere", S3),
    a("heartstopper series 3 release date", "premiere", S3),
    a("what date does heartstopper season 3 drop on netflix", "premiere", S3),
    a("when can i watch heartstopper season 3", "premiere", S3),
    a("is heartstopper season 3 out yet?", ("premiere", "countdown"), text="in 30 days"),
    a("when does heartstopper come back", "premiere", S3),
    a("when does season 3 come out", "premiere", S3),
    a("heartstopper season 3 premiere date", "premiere", S3),
    a("what day of the week does heartstopper season 3 release", "premiere", S3, text="Thursday"),
    a("when did heartstopper first come out", "premiere", SERIES),
    a("when did heartstopper season 1 come out", "premiere", SERIES),
    a("when did the first season of heartstopper premiere", "premiere", SERIES),
    a("what year did heartstopper start", "premiere", SERIES, text="2022"),
    a("when does agatha all along come out", "premiere", AGATHA, text=r"Disney\+"),
    a("agatha all along release date", "premiere", AGATHA),
    a("when does the wandavision spin-off premiere", "premiere", AGATHA),
    a("when does the new marvel show with joe locke come out", "premiere", AGATHA),
    a("when did wandavision come out", "premiere", text="2021"),
    a("when is heartstopper season 2 coming out", None, kinds=(), not_answers=(S3, SERIES)),
    a("when will heartstopper season three be released", "premiere", S3),
    a("When is the Heartstopper S3 premiere?", "premiere", S3),
    a("heartstopper 3rd season release", "premiere", S3),
    a("when does heartstoper season 3 come out", "premiere", S3),
    a("when does hartstopper s3 come out", "premiere", S3),
    a("heart stopper season 3 release date", "premiere", S3),
    a("HEARTSTOPPER SEASON 3 RELEASE DATE", "premiere", S3),
    a("heartstopper... s3... when?!", "premiere", S3),
    # After the premiere (2026-11-25).
    a("when did heartstopper season 3 come out?", "premiere", S3, text=exactly(S3_AFTER), after=True),
    a("is heartstopper season 3 out yet", ("premiere", "countdown"), text="premiered", after=True),
    a("when did the new season of heartstopper come out", "premiere", S3, after=True),
    a("when does heartstopper season 3 come out", "premiere", S3, text=r"\(2 years ago\)", after=True),
    a("when did agatha all along premiere", "premiere", AGATHA, text="premiered", after=True),
    a("when did heartstopper first come out", "premiere", SERIES, text="4 years ago", after=True),
]

COUNTDOWN = [
    a("how long till heartstopper season 3 comes out", "countdown", text=r"\b30 days\b", has=(S3,)),
    a("how many days until heartstopper season 3", "countdown", text=r"\b30 days\b"),
    a("how many days left until the new season of heartstopper", "countdown", text=r"\b30 days\b"),
    a("countdown to heartstopper s3", "countdown", text=r"\b30 days\b"),
    a("how long do i have to wait for heartstopper season 3", "countdown", text=r"\b30 days\b"),
    a("how many days till agatha all along", "countdown", text=r"\b15 days\b", has=(AGATHA,)),
    a("how long until agatha all along premieres", "countdown", text=r"\b15 days\b"),
    a("how many weeks until heartstopper season 3", "countdown", text=r"30 days|4 weeks|four weeks"),
    a(
        "how long until heartstopper season 3",
        ("countdown", "premiere"),
        text="premiered",
        banned=("in 30 days",),
        after=True,
    ),
    a("how many days until heartstopper season 3", ("countdown", "premiere"), text="premiered", after=True),
]

CAST = [
    a("who is in heartstopper", "cast", has=("Joe Locke", "Kit Connor")),
    a("heartstopper cast", "cast", has=HS_CAST),
    a("who stars in heartstopper?", "cast", has=("Joe Locke", "Kit Connor")),
    a("who are the actors in heartstopper", "cast", has=("Joe Locke", "Kit Connor")),
    a("who's in the cast of heartstopper season 3", "cast", has=("Joe Locke", "Kit Connor")),
    a("main cast of heart stopper", "cast", has=("Joe Locke", "Kit Connor")),
    a("who acts in heartstopper", "cast", has=("Joe Locke", "Kit Connor")),
    a("is olivia colman in heartstopper", ("cast", "plays_whom", "profile"), text="Olivia Colman"),
    a("is william gao in heartstopper", ("cast", "plays_whom", "profile"), text="William Gao"),
    a("who is in agatha all along", "cast", has=AGATHA_CAST, not_answers=("Kit Connor",)),
    a("agatha all along cast", "cast", has=("Kathryn Hahn",), not_answers=("Kit Connor",)),
    a("who stars alongside joe locke in agatha all along", "cast", has=("Kathryn Hahn", "Aubrey Plaza")),
    a("who else is in heartstopper besides joe locke and kit connor", "cast", has=("William Gao",)),
    a("list the heartstopper actors", "cast", has=HS_CAST),
    a("full cast list for heartstopper", "cast", has=HS_CAST),
    a("who’s in heartstopper", "cast", has=("Joe Locke", "Kit Connor")),
]

WHO_PLAYS = [
    a("who plays nick nelson", "who_plays", "Kit Connor"),
    a("who plays charlie in heartstopper", "who_plays", "Joe Locke"),
    a("who plays charlie spring?", "who_plays", "Joe Locke"),
    a("who is the actor that plays nick", "who_plays", "Kit Connor"),
    a("charlie spring actor", "who_plays", "Joe Locke"),
    a("who played nick nelson in heartstopper", "who_plays", "Kit Connor", after=True),
    a("which actor plays charlie", "who_plays", "Joe Locke"),
    a("who plays nik nelsen", "who_plays", "Kit Connor"),
    a("who plays nick in hartstopper", "who_plays", "Kit Connor"),
    a("who is nick played by in heartstopper", "who_plays", "Kit Connor"),
    a("who plays the mystery teen in agatha all along", "who_plays", "Joe Locke"),
    a("who is playing wiccan in agatha all along", "who_plays", "Joe Locke", text="(?i)speculat"),
    a("who's charlie played by", "who_plays", "Joe Locke"),
    a("WHO PLAYS NICK NELSON???", "who_plays", "Kit Connor"),
    a("Heartstopper: who plays Nick?", "who_plays", "Kit Connor"),
    a("who plays charlie spring in heart-stopper", "who_plays", "Joe Locke"),
]

PLAYS_WHOM = [
    a("what character does kit connor play", "plays_whom", NICK),
    a("who does joe locke play in heartstopper", "plays_whom", CHARLIE),
    a("who is joe locke playing in agatha all along", "plays_whom", "Mystery Teen"),
    a("what role does kit connor have in heartstopper", "plays_whom", NICK),
    a("is joe locke playing wiccan?", ("plays_whom", "who_plays"), text="(?i)speculat"),
    a("kit conor role in heartstopper", "plays_whom", NICK),
    a("what part does joe locke play in the mcu", "plays_whom", has=("Mystery Teen",)),
    a("who does joe locke play", "plays_whom", has=(CHARLIE, "Mystery Teen")),
    a("which character is joe locke in heartstopper", "plays_whom", CHARLIE),
    a("who did kit connor play in heartstopper", "plays_whom", NICK, after=True),
]

DIRECTORS = [
    a("who directed heartstopper", "directors", has=(LYN, NEWBERRY)),
    a("who is directing heartstopper season 3", "directors", NEWBERRY, not_answers=(LYN,)),
    a("heartstopper s3 director", "directors", NEWBERRY, not_answers=(LYN,)),
    a("who's directing the new season of heartstopper", "directors", NEWBERRY, not_answers=(LYN,)),
    a("who directed the first season of heartstopper", "directors", LYN, not_answers=(NEWBERRY,)),
    a("who directed heartstopper season 2", "directors", LYN, not_answers=(NEWBERRY,)),
    a("director of heartstopper seasons 1 and 2", "directors", LYN, not_answers=(NEWBERRY,)),
    a("how many episodes of heartstopper did euros lyn direct", None, text=r"\b16\b"),
    a("who directed the third season", "directors", NEWBERRY, not_answers=(LYN,)),
    a("who directed agatha all along", None, kinds=(), banned=(LYN, NEWBERRY)),
    a("who directed heartstoper", "directors", has=(LYN, NEWBERRY)),
    a("who are the directors on heartstopper", "directors", has=(LYN, NEWBERRY)),
]

CREATOR_AND_CREW = [
    a("who is the creator of heartstopper", "creator", OSMAN),
    a("who wrote heartstopper", "creator", OSMAN),
    a("who wrote the heartstopper books", "creator", OSMAN),
    a("who's the author of the heartstopper novels", "creator", OSMAN),
    a("who came up with heartstopper", "creator", OSMAN),
    a("is heartstopper based on a book", ("creator", "about"), text=OSMAN),
    a("whos the creator of heartstopper", "creator", OSMAN),
    a("who made heartstopper", "creator", OSMAN),
    a("heartstopper creator", "creator", OSMAN),
    a("who was the story consultant on heartstopper", "crew", "Lauren James"),
    a("heartstopper story consultant", "crew", "Lauren James"),
    a("what does lauren james do on heartstopper", ("crew", "profile"), text="story consultant"),
]

CASES = [*PREMIERE, *COUNTDOWN, *CAST, *WHO_PLAYS, *PLAYS_WHOM, *DIRECTORS, *CREATOR_AND_CREW]
