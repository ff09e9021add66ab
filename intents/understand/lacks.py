"""The kinds of fact no article gives Marquee (an age, a filming location, a budget, a spin-off), each with
the words that ask for it and how to name it; read by intents.understand.missing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intents.picture.phrasings import WHO_POSTED


@dataclass(frozen=True, slots=True)
class Lack:
    """A kind of fact no article gives Marquee, the words that ask for it, and how to name it."""

    pattern: re.Pattern[str]
    about: str  # "person" or "show"
    what: str  # "{name}'s age", with {name} the subject
    # The question whose answer is said after what is missing, with {name} the subject (its season too).
    known: str = "what is {name} about"
    unnamed: str | None = None  # what is missing when no show is named or implied (None: ask as usual)


def _lack(
    pattern: str, about: str, what: str, known: str = "what is {name} about", unnamed: str | None = None
) -> Lack:
    return Lack(re.compile(pattern), about, what, known, unnamed)


LACKS: tuple[Lack, ...] = (
    # "what time does hs3 drop": articles give the day, never the hour.
    _lack(
        r"\b((what|which) time|what hour|time of day|time ?zone)\b.*"
        r"\b(drops?|dropping|out|come|comes|releas\w*|premier\w*|airs?|airing|starts?|stream\w*|launch\w*|live"
        r"|up|available)\b",
        "show",
        "the time of day {name} comes out",
        "when does {name} premiere",
    ),
    # "is kit connor older than joe locke": a comparison of ages is asked of ages, which no article gives
    # ("younger" reaches here as "newer", the word the comparison readers know; not "a newer show").
    _lack(
        r"\bhow old\b|\bage\b|\bbirthday\b|\bborn\b|\bbirth\b|\b(older|younger|oldest|youngest)\b"
        r"|(?<!show )(?<!series )(?<!season )(?<!film )(?<!movie )\b(newer|newest)\b",
        "person",
        "{name}'s age or birthday",
    ),
    _lack(r"\bhow tall\b|\bheight\b|\b(taller|shorter|tallest|shortest)\b", "person", "{name}'s height"),
    # "is andy newberry british": where someone is from is never a credit (not "yes, he directed it").
    _lack(
        r"\bwhere\b.*\bfrom\b|\bnationality\b|\bhometown\b|\bgrew up\b"
        r"|\b(british|english|american|irish|scottish|welsh|australian|canadian)\b",
        "person",
        "where {name} is from",
    ),
    _lack(
        r"\bnet worth\b|\bsalary\b|\bpaid\b|\bearn\w*\b|\bmoney\b|\bhow much (does|did|do) \w+( \w+)? make\b",
        "person",
        "{name}'s pay",
    ),
    _lack(
        r"\bmarried\b|\bdating\b|\bgirlfriend\b|\bboyfriend\b|\bwife\b|\bhusband\b|\bpartner\b"
        r"|\b(gay|bisexual|queer|lesbian|sexuality)\b"
        # "does joe have any famous relatives": a person's family is private life too, never a credit.
        r"|\brelatives?\b|\brelated to\b|\bsiblings?\b|\bparents\b|\b(famous|his|her|their) family\b",
        "person",
        "anything about {name}'s private life",
    ),
    _lack(r"\binstagram\b|\btwitter\b|\btiktok\b|\bsocials?\b", "person", "{name}'s social media"),
    _lack(r"\b(filmed|filming|shot|shoot|shooting)\b|\blocations?\b", "show", "where {name} was filmed"),
    _lack(
        r"\bset in\b|\bsetting\b|\bwhere (is|does) .* take place\b|\bschool\b|\bwhat (town|city)\b",
        "show",
        "where {name} is set",
    ),
    _lack(r"\bhow many (\w+ )?(books|novels|volumes)\b", "show", "how many books {name} has"),
    # "who directs the first episode of hs3": directors are credited by season, never by episode.
    _lack(
        r"\b(first|last|final|opening|\d+(st|nd|rd|th)?) (episode|ep)\b.*\b(direct\w*|wrote|writ\w*)\b"
        r"|\b(direct\w*|wrote|written)\b.*\b(first|last|final|opening) (episode|ep)\b"
        r"|\b(direct\w*|wrote|written)\b.*\b(episode|ep) \d+\b|\bfinale\b.*\bdirect\w*\b"
        r"|\bdirect\w*\b.*\bfinale\b",
        "show",
        "who directed or wrote a single episode of {name}",
        "who directed {name}",
    ),
    # "when did wandavision end": articles date premieres, never a last episode.
    _lack(
        r"\bwhen (did|does|will|is) .*\b(end|ended|ending|finish|finished|conclude|concluded|wrap|wrapped)\b",
        "show",
        "an end date for {name}",
        "when did {name} premiere",
    ),
    # "how many heartstopper novels has alice osman written": the author is credited, the count never given.
    _lack(r"\bhow many (\w+ )?(books|novels|volumes)\b", "person", "how many books {name} has written"),
    _lack(
        r"\bepisode (titles|names)\b|\b(titles|names) of (the )?episodes\b|\bwhat are the episodes called\b"
        # one episode's: "the title of hs season 3 episode 1", "what is s3 episode 1 called"
        r"|\b(title|name) of (?!(\w+ ){0,5}?(guy|actor|actress|person|director|writer|who|character)\b)"
        r"(\w+ ){0,5}?(episode|ep)\b|\b(episode|ep) \d+ (called|titled)\b",
        "show",
        "episode titles for {name}",
    ),
    _lack(r"\bspin ?offs?\b|\bspinoffs?\b|\bspun (off|out)\b", "show", "a spin-off of {name}"),
    _lack(r"\bcasting director\b", "show", "a casting director for {name}"),
    _lack(r"\bguest (stars?|starring|appearances?)\b|\bcameos?\b", "show", "guest stars for {name}"),
    _lack(r"\bbudget\b|\bcost\b", "show", "the budget of {name}"),
    _lack(r"\bbox office\b|\bgross\w*\b", "show", "box office figures for {name}"),
    _lack(
        r"\bviewership\b|\bhours viewed\b|\bhow many (people|viewers) (watched|tuned in|streamed)\b"
        r"|\b(how many|lots of|lot of|many|most|more) (\w+ )?(viewers|views|streams|watchers)\b"
        r"|\b(viewing|viewer|audience) (figures|numbers)\b",
        "show",
        "viewing figures for {name}",
    ),
    _lack(
        r"\b(runtime|run time|how long (is|are) (each |the |an )?(\w+ )?(episodes?|eps?))\b",
        "show",
        "episode runtimes for {name}",
    ),
    # "which account posted the bts pic", "who shared the new photo": who puts a picture or clip out is never
    # a fact Marquee keeps (before the trailer's lack: "who posted the trailer" asks for the poster).
    _lack(
        WHO_POSTED,
        "show",
        "a record of who posts {name}'s photos and clips",
        unnamed="a record of who posts shows' photos and clips",
    ),
    _lack(r"\btrailer\b|\bteaser\b", "show", "a trailer for {name}"),
    _lack(
        r"\b(what|which) (time|hour)\b.*\b(drops?|dropping|comes?|coming|out|premieres?|premiering|releases?|"
        r"air|airs|airing|streaming|available|launch\w*|up|live)\b",
        "show",
        "the time of day {name} comes out",
        "when does {name} premiere",  # the day is known: it is offered
    ),
    _lack(
        r"\bbook \d+\b|\b(next|new|another) (xshowx )?(book|novel|volume)\b|\bvolume \d+\b",
        "show",
        "news of another {name} book",
    ),
    # "when was the shogun novel published": the source books are credited, never dated (not the premiere).
    _lack(
        r"\bpublish\w*\b|\bwhen (was|were|did|do|does|is|are) (the |its |his |her )?(\w+ )?"
        r"(novels?|books?|comics?|graphic novels?)\b",
        "show",
        "when the {name} books came out",
        "is {name} based on a book",
    ),
    # "which volume does season 3 adapt": the novels are known, not which one a season follows.
    _lack(
        r"\b(which|what) (\w+ )?volumes? (does|is|did|will|do)\b"
        r"|\bwhich of the (\w+ )?(books|novels|volumes|comics)\b"
        # a season's book: "xseasonx" is where the question named the season
        r"|\b(which|what) (\w+ )?(book|novel|comic)s? (does|is|did|will) (the )?"
        r"(season|series|s\d|new season|xseasonx)",
        "show",
        "which book {name} adapts",
    ),
    _lack(
        r"\b(season |series )?finale\b|\b(final|last) (episode|ep)\b",
        "show",
        "the day of {name}'s finale",
        "when does {name} premiere",
    ),
    _lack(r"\b(what|which) episodes?\b", "show", "episode-by-episode details of {name}"),
    _lack(
        r"\bwhat did (?!critics|audiences|fans|people|viewers|reviewers)(the )?\w+ (say|think|write)\b",
        "show",
        "what that outlet said about {name}",
    ),
    _lack(r"\b(a|an|the) (\w+ )?(movie|film)\b", "show", "a film of {name}"),
    # "kit connor new film", "is joe locke in a movie soon": a person's film no article names (not "a
    # lighthouse movie", a title nobody knows).
    _lack(
        r"\b(a|an|the|new|next|upcoming|any|his|her|their)( new| upcoming| next)? (movie|film)s?\b",
        "person",
        "a film with {name}",
    ),
    _lack(
        r"\bplanned\b|\bplan\b|\bhow many seasons will\b|\bhow many more seasons\b",
        "show",
        "plans for more seasons of {name}",
    ),
    _lack(r"\btheme song\b|\bsoundtrack\b|\bsongs?\b", "show", "the music of {name}"),
    # "which show is its lead-in", "what is it up against in its time slot": the schedule around a show.
    _lack(r"\blead[- ]?ins?\b|\btime ?slots?\b|\bup against\b", "show", "the schedule around {name}"),
    _lack(
        r"\bage rating\b|\brated (pg|r|tv)\b|\bparental\b|\b(kid|family) friendly\b|\bappropriate\b"
        r"|\bsuitable\b|\b(pg|tv) ?\d+\b|\bfor (a |an |my )?\d+ (year|yr) olds?\b",
        "show",
        "an age rating for {name}",
    ),
)
