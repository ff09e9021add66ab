"""Which network a show is on: votes from "Netflix's Wednesday", "on HBO", "Peacemaker (HBO Max)"."""

from __future__ import annotations

import re

from ingest.context import COREFERENCE, Context
from ingest.names import find_networks
from ingest.sentences import Sentence
from ingest.status import listed_after
from ingest.title_patterns import GENRE


def _title_after(after: str, ctx: Context) -> str | None:
    """The known show right after a network's possessive: "’s new drama “Paradise”" -> Paradise."""
    # Greedy: the describing words ("new drama") run up to the capital or quote that opens the title.
    # ("’s first original drama, Rook Hollow,": the title may stand between commas after its words.)
    match = re.match(
        r"(?:['’‘]s?)?\s+(?:[a-z][\w-]*\s+){0,4}(?:[a-z][\w-]*,\s+(?=\S+[^,.;]*,))?[“\"‘']?", after
    )
    spans = ctx.titles_in(after[match.end() :]) if match else []
    if spans and spans[0][0] == 0 and spans[0][2] in ctx.shows:
        return spans[0][2]
    return None


def _title_before(before: str, ctx: Context) -> str | None:
    """The known show a bracketed network follows: "Peacemaker (" -> Peacemaker."""
    spans = [s for s in ctx.titles_in(before) if s[2] in ctx.shows]
    if spans and not before[spans[-1][1] :].strip(" (”\"’'-—–"):  # "Downton Abbey -- (PBS, 9 p.m.)"
        return spans[-1][2]
    return None


def _nearest_show(before: str, ctx: Context) -> str | None:
    """In a sentence naming several shows, the last one before "on NET" is the one placed there: "Downton
    Abbey on PBS and the clever Episodes, starring Matt LeBlanc, on Showtime"."""
    spans = [s for s in ctx.titles_in(before) if s[2] in ctx.shows]
    return spans[-1][2] if len({t for _s, _e, t in spans}) > 1 else None


# A network bringing viewers its own new show: "AppleTV+ is bringing us more hilarity with their brand new
# series, 'Tin Gods'".
_BRINGS_ITS_SHOW = re.compile(
    r"\s+(?:is |are )?(?:bringing|brings) [^.;]{0,60}?\b(?:its|their) (?:brand[- ])?new (?:[\w-]+ ){0,2}?"
    r"(?:series|show|drama|comedy)\b"
)


def _pointed_subject(sentence: Sentence, start: int, ctx: Context) -> str | None:
    """The show a sentence opening on a pointer means when no title comes before its network: "The fledgling
    comedy airs Mondays on ABC, inheriting the audience of 'Dancing Pairs'" is about the show at hand."""
    before = sentence.text[:start]
    if any(t in ctx.shows for _s, _e, t in ctx.titles_in(before)):
        return None
    if not (COREFERENCE.match(before) or re.match(r"It\s", before)):
        return None
    return ctx.referents.get(sentence.text) or ctx.main


_STREAMING = re.compile(
    r"\b(?:(?:is|are|now) (?:now )?streaming|streams?) (?:now )?on\s+$|\bavailable (?:to stream )?on\s+$"
)


def streaming_votes(sentence: Sentence, ctx: Context) -> list[tuple[str, str]]:
    """(show, network) from "is streaming on Prime Video": where it streams, for shows with no better clue."""
    show = ctx.show_for(sentence)
    if show is None or sentence.heading or not ctx.mentions_show(sentence.text):
        return []
    networks = find_networks(sentence.text)
    if len(networks) != 1:
        return []
    before = sentence.text[: networks[0][0]]
    found = _STREAMING.search(before) or re.search(
        # "... in Ward Nine, streaming on Max": the show named right before the participle streams there.
        rf"{re.escape(show)}[”\"’']?,\s+(?:now\s+)?streaming\s+(?:exclusively\s+)?on\s+$",
        before,
    )
    return [(show, networks[0][2])] if found else []


# "the Andy Griffith series that ran on NBC": a network in a clause about some other, older show.
_HISTORY = re.compile(
    r"\b(?:series|show|sitcom|drama|version|original|film|movie)\s+(?:that|which)\s+(?:originally\s+|once\s+)?"
    r"(?:ran|aired)\s+(?:for\s+[\w\s]{1,20}?\s+)?on\s+$"
)


def network_votes(sentence: Sentence, ctx: Context) -> list[tuple[str, str]]:
    """(show, network) pairs a sentence supports: "Netflix's Wednesday", "the Netflix series", releases."""
    text = sentence.text
    out: list[tuple[str, str]] = []
    networks = [n for _s, _e, n in find_networks(text)]
    if not networks:
        return out
    # A round-up sentence naming several shows has no one show, but "Fox's New Girl, NBC's Whitney" still
    # names each show's network beside it.
    show = ctx.show_for(sentence) or ""
    # "The Morning Room, HBO's boardroom satire": an appositive names the network.
    for start, _end, name in find_networks(text):
        # ("Fox's Lucky Streak, NBC's Marigold" is a list: NBC's own show follows its possessive.)
        if (
            show
            # ("“Lantern Row,” Netflix’s sleeper hit": American quoting puts the comma inside the quotes.)
            and re.search(rf"{re.escape(show)}[”\"’']?,[”\"’']?\s+$", text[:start])
            and text[_end : _end + 2] in ("'s", "’s")
            and not _title_after(text[_end : _end + 60], ctx)
        ):
            out.append((show, name))
        elif (
            show
            and re.search(rf"{re.escape(show)}[”\"’']?,\s+the\s+$", text[:start])
            and re.match(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{GENRE}\b", text[_end:])
        ):
            out.append((show, name))  # "Salt Flats, the Paramount+ western from ...": the same appositive
    for start, end, name in find_networks(text):
        after = text[end : end + 60]
        if _HISTORY.search(text[max(0, start - 60) : start]):
            continue  # "a reimagining of the series that ran on NBC": another show's network
        if re.search(r"\(\s*[^()]{1,20}\s+on\s+$", text[:start]):
            continue  # "(FX on Hulu)": the channel it airs on comes first
        if re.search(
            r"\b(?:former|formerly|onetime|one-time|erstwhile)\s+$", text[max(0, start - 14) : start]
        ):
            continue  # "the Kings' former CBS drama Evil": where the show was, not where it is
        # "Prime Video's new drama X", and without the possessive "the Fox drama X".
        owned = (
            _title_after(after, ctx)
            # ("The Hulu original Sentinel stars ...": a network's original is its show.)
            if re.match(rf"['’‘]s?\s|\s+(?:[a-z][\w-]*\s+)?(?:{GENRE}|original)\s", after)
            else None
        )
        boxed = re.search(r"(?:^|\s)\($", text[:start]) and re.match(r"(?:\s+on\s+[^)]+)?[),;]", after)
        if owned or boxed:
            # "Prime Video’s “The Summer I Turned Pretty”", "Peacemaker (HBO Max)": the title beside it.
            named = owned or _title_before(text[:start], ctx)
            if named:
                out.append((named, name))
            continue
        ordered = (_HEADLINE_ORDERS if sentence.heading else _ORDERS_LIST).match(after)
        listed = listed_after(text, end + ordered.end(), _show_spans(text, ctx)) if ordered else []
        if len(listed) > 1 or (sentence.heading and listed):
            # "NBC is bringing back A and B", "HBO has renewed A and B": the network places each show it
            # orders.
            out += [(title, name) for title in listed]
            continue
        if not show:
            continue
        if re.match(r"['’‘]s?\s+(?:[a-z][\w-]*\s+){0,4}?(?:series|show|drama|comedy|adaptation|epic"
        r"|thriller)?\s*"
                    + re.escape(show), after) or re.match(r"\s+(?:[Oo]riginal |hit |new )?(?:series|shows?"
                    r"|drama)\b", after):  # fmt: skip
            out.append((show, name))
        elif re.search(rf"(?:\b(?:the (?:series|show|drama|comedy)|it)|{re.escape(show)}[”\"’']?) "
                       r"(?:is|was|has been|remains|became)\s+$",
                       text[max(0, start - 40) : start]) and re.match(
            r"['’‘]s?\s+(?:[\w-]+\s+){0,3}?(?:series|show|drama|comedy|original)\b", after
        ):  # fmt: skip
            out.append((show, name))  # "the series was CBS' most-watched new show", "X is Pop's first ..."
        elif (
            (
                re.search(r"\b(?:on|at|to|from|by)\s+$", text[max(0, start - 8) : start])
                # "a limited series for Max": made for that network.
                # ("a neo-Western for Paramount+", "the Blackglass pilot for CBS": a pilot is made for one.)
                or re.search(rf"\b(?:{GENRE}|pilot) for\s+$", text[max(0, start - 30) : start], re.IGNORECASE)
            )
            and ctx.mentions_show(text)
        ):
            if not re.search(
                # ("airs in Canada on CBC": another country's channel, not the show's own network.)
                r"\b(?:streams?|streaming|also|seen|moved|moves"
                r"|in (?:the )?(?:U\.?K\.?|Britain|England|Canada|Australia|Ireland|New Zealand|France"
                r"|Germany|Japan|Korea|India|Europe))(?!\w)[^.]{0,20}$",
                text[max(0, start - 25) : start],
            ):
                out.append(
                    (_nearest_show(text[:start], ctx) or _pointed_subject(sentence, start, ctx) or show, name)
                )
        elif re.search(r"\b(?:[Ii]ts|the (?:show|series)['’]s?) (?:home )?network,?\s+$", text[:start]):
            # "giving its network Fox the strongest debut": the network the show (last named) belongs to.
            spans = [sp for sp in ctx.titles_in(text[:start]) if sp[2] in ctx.shows]
            out.append((spans[-1][2] if spans else show, name))
        elif _points_with_network(text, start, after) and not ctx.titles_in(text):
            out.append(
                (show, name)
            )  # "The third season of the Max comedy arrives": the show at hand's network
        elif _announces(text[end:], show) or (
            # "Iron Bay will end with its fifth season, FX announced Monday": the news its network gave.
            re.search(r",\s+$", text[:start])
            and re.match(r"\s+(?:has\s+)?(?:announced|confirmed|revealed|said)\b[^,;]{0,25}$", text[end:])
            and ctx.mentions_show(text[:start])
        ):
            out.append((show, name))  # "Netflix announced yesterday that Daredevil will return"
        elif _BRINGS_ITS_SHOW.match(text, end):
            out.append((show, name))  # "Apple TV+ is bringing us more laughs with its brand new series, X"
        elif re.match(
            # ("CBC abruptly cancelled it": an adverb may come between.)
            # ("Fox broadcast network is reviving X": the network may be named as one.)
            r"(?:\s+(?:broadcast |cable |streaming )?(?:network|channel|service|streamer))?"
            r"\s+(?:(?:has|have|is)\s+)?(?:officially\s+|[a-z]+ly\s+)?(?:renewed|set|confirmed|reviv(?:ing|es|ed)|ordered|released|dropped"
            r"|cancel+ed|axed|scrapped|picked up|pull(?:ed|ing) the plug|commissioned|adapting|developing"
            r"|(?:bringing|brought|brings) back"
            # "Max is heading back to The Pitt for another round": a network returns to its own show.
            r"|(?:is|are) (?:heading|going|headed|coming) back to\b"
            # "Fox has decided to give fans a second season of X": only its network gives a show a season.
            # ("The CW handed its freshman hit X a second-season order", "NBC has handed X a fifth season".)
            r"|(?:decided to )?(?:give|gives|gave|given|handed|hands) (?:(?:its|the) )?(?:[\w'’-]+ ){0,4}?"
            r"(?:a|an) \w+[- ]season\b"
            r"|(?:announced|confirmed)\b[^.;]{0,30}?\bthe (?:cancellation|renewal) of\b"
            # "NBC has decided not to renew X", "Peacock has not yet decided whether to renew X", "HBO has
            # dated X": only its network decides a show's future or its date.
            r"|(?:not (?:yet )?)?(?:decided|opted|chose|elected) (?:not |whether )?to (?:renew|bring back)\b"
            r"|dated\b|decided (?:on )?the fate of\b"
            # "Netflix has tapped Carla Moss to direct X": a network hires its own show's makers.
            r"|(?:tapped|hired|enlisted) [A-Z][\w'’.-]+ [A-Z][\w'’.-]+ to (?:direct|write|showrun|star)\b"
            r"|(?:will |is set to )?(?:premiere|debut)s?\b"
            # "Peacock has handed out a speedy third season renewal for X": only its network renews a show.
            r"|(?:handed|hands|given|gave) (?:out )?(?:a |an )?(?:[\w-]+ ){0,3}?renewal (?:to|for)\b)",
            after,
        ):
            out.append((show, name))
    return out


# "the Peacock thriller's third episode", "Netflix's motocross drama is back", "After four seasons, Showtime's
# frontier drama signed off": a sentence naming no title points at the show at hand with its network.
_THE_NET_GENRE = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{GENRE}\b")
_NETS_GENRE = re.compile(rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}{GENRE}\b")
_OPENS_CLAUSE = re.compile(r"(?:^|,\s+|\b(?:[Ii]n|[Oo]f|[Ff]or|[Oo]n)\s+)$")
# ("who starred in the HBO drama", "a former Netflix series": someone's other work, another show.)
_OTHER_WORK = re.compile(
    r"\b(?:starred|appeared|known|previously|alum|veteran|former|another|other)\b[^.;]*$"
)


def _points_with_network(text: str, start: int, after: str) -> bool:
    """Does the network at `start` open a pointer to the show at hand ("the Max comedy", "FX's drama")?"""
    if _OTHER_WORK.search(text[max(0, start - 50) : start]):
        return False
    if re.search(r"\b[Tt]he\s+$", text[max(0, start - 8) : start]) and _THE_NET_GENRE.match(after):
        return True
    return bool(_OPENS_CLAUSE.search(text[:start]) and _NETS_GENRE.match(after))


# A network ordering more seasons of what follows: "has renewed", "is bringing back", "handed renewals to".
_ORDERS_LIST = re.compile(
    r"\s+(?:(?:has|have|is|also)\s+)*(?:officially\s+)?(?:renewed|ordered|picked up|cancel+ed|axed"
    r"|(?:bringing|brought|brings) back|(?:handed|given|gave) (?:out )?renewals? to)\s+"
)


# A headline's network doing what only a network does to a show: "Prime Video Renews Hollow Pines".
_HEADLINE_ORDERS = re.compile(
    # ("Fox renews Iron Bay": a headline in sentence case writes the verb in lower case.)
    r"\s+(?:Officially\s+)?(?:Renews|Cancels|Orders|Commissions|Picks Up|Brings Back|Axes|Greenlights"
    r"|Sets Premiere for|renews|cancels|orders|commissions|picks up|brings back|axes|greenlights"
    r"|Premieres|Orders Season \d+ of)\s+[“\"‘']?"
)


def _show_spans(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    return [span for span in ctx.titles_in(text) if span[2] in ctx.shows]


_ANNOUNCED = re.compile(
    # ("Netflix on Thursday announced that ...": the day may come before the verb.)
    r"\s+(?:on\s+\w+day\s+)?(?:has\s+|have\s+)?(?:officially\s+)?announced\s+"
    r"(?:(?:today|yesterday|on\s+\w+|\w+day|this\s+week)\s+)?(?:that\s+)?[“\"‘']?"
)


def _announces(after: str, show: str) -> bool:
    """Does a network announce news of `show` as the subject of what it said ("Netflix announced today that
    Harbor Lights will return")? A network announces its own shows' news."""
    said = _ANNOUNCED.match(after)
    return bool(
        said
        and (
            re.match(
                rf"{re.escape(show)}[”\"’']?\s+(?:will|has|have|is|was|would|had)\b", after[said.end() :]
            )
            # "Hulu announced that it had canceled Copper Mill": the network's own decision on its show.
            or re.match(
                r"it\s+(?:has\s+|had\s+)?(?:officially\s+)?(?:cancel+ed|axed|renewed|picked up)\s+[“\"‘']?"
                + re.escape(show),
                after[said.end() :],
            )
        )
    )
