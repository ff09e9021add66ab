"""How often an article names a title as someone's other work ("'Happy Valley' creator", "known for X")."""

from __future__ import annotations

import re

from ingest.memo import per_article
from ingest.title_patterns import NET
from ingest.work_asides import work_aside

# Context of a title mentioned as someone's other work, matched around each mention (compiled once: an
# article names dozens of titles, and a pattern per title would be compiled again for every one).
# (An unquoted comma ends the title's clause: "the second season of Iron Lantern, star Theo Marsh said" is
# its own star speaking; "'Happy Valley,' creator Sally Wainwright" keeps the comma inside the quotes.)
_WORK_AFTER = re.compile(
    r"(?:[.,]?[”\"’']|(?!,))\s+(?:[Cc]reator|[Cc]o-creator|[Ww]riter|[Ss]tar|[Dd]irector|[Ss]howrunner|[Aa]lum"
    r"|[Aa]ctress|[Aa]ctor"
    # "the “Harbor High” spinoff": the show another one came from.
    r"|[Ss]pin-?off|[Pp]requel|[Ss]equel|[Oo]ffshoot)\b"
)
_WORK_BEFORE = re.compile(
    # ("has landed the lead role in X" is the show at hand: a lead is won, not looked back on.)
    r"\b(?:(?<!lead )(?<!leading )(?<!title )role (?:in|from)|known for"
    # ("Both actors were last seen together in X", "last shared the screen in X", "co-starred in X": where
    # people worked before.)
    r"|(?:starred|co-starred|seen|appeared|shared the screen|shared scenes|teamed up|paired up|worked)"
    r"(?: together| alongside each other| opposite (?:each other|\w+))? in"
    r"|produced|creator of|writer of|star of"
    r"|[Ff]resh off|worked (?:together )?on|wrote for|writers? on|writing for"
    # "spent three seasons in the writers' room of NBC's 'Cinder County'": a room someone wrote in before.
    r"|writers['’]? rooms? (?:of|on|for|at)"
    r"|(?:first |originally )?played in"
    r"|turns? (?:in|on)|performances? in|work on"
    # "Lucia Ferrante, who previously directed episodes of X": a relative clause names the person's own
    # earlier work, never the sentence's subject.
    r"|who (?:(?:also|previously|has|had|once|recently|first|earlier) )*"
    r"(?:directed|wrote|created|co-created|starred in|produced|executive produced|helmed|penned|ran)"
    r"(?: (?:several |two |three |four |\w+ )?"
    r"(?:episodes?|installments?|the pilot|seasons?|the \w+ season) of)?"
    # "Wren Adair, who directed the Bright Hours pilot": the pilot of the person's earlier show.
    r"|who (?:(?:also|previously|once|recently|first|earlier) )*(?:directed|wrote|helmed|penned) the"
    # "The pair previously made the BBC drama Copper Bells": what someone made before is other work.
    r"|(?:previously|formerly) (?:made|ran|wrote|directed|created|produced|starred in|worked on|led)"
    # "whose credits include Dust Road and X": every title of the list is that person's work.
    r"|credits (?:include|including)(?: [“\"‘']?[A-Z][^.;]{0,60}?(?:,| and))?"
    r"|first time since"
    # "a riff on time travel with elements of 'Quantum Leap' and 'Early Edition'": works a show is likened to.
    r"|(?:(?:elements|shades|echoes|traces) of|reminiscent of|in the (?:vein|mold|mould|spirit) of)"
    r"(?: [“\"‘']?[A-Z][^.;]{0,60}?(?:,| and| or))?"
    # "Joel Stein (creator “Harbor”)": a bracket naming what the person made before.
    r"|(?<=\()(?:co-)?(?:creator|writer|star|director|producer|showrunner)(?: of)?"
    # "her first role since winning Best Supporting Actress for 'Minari'": the work an award was won for.
    r"|\b(?:winning|won|wins) (?:an? |the |her |his |their )?(?:[A-Z][\w.]* ){1,4}for"
    # "the first series from Tom Vale since his hit comedy Salt Road": the maker's earlier show.
    r"|(?:since|like|than) (?:his|her|their) (?:[\w-]+ ){0,2}"
    r"(?:comedy|drama|series|show|film|movie|sitcom|thriller)"
    # "the production company behind 'Killing Eve'": a maker's earlier work.
    r"|(?:company|studio|team|producers?|writers?|creators?|minds?|people|duo) behind"
    # ("the book series, 'The Crown Letters,'": the book named in quotes in apposition after its kind; an
    # unquoted title after "a novel," opens the clause instead: "based on a novel, Korinmaru tells ...".)
    r"|(?:(?:book|novel) series|novels?|books?|memoir),(?=\s+[“\"‘'])"
    r"|(?:comic book|comics?|novels?|books?|memoir|graphic novel|podcast|play|musical))\s+"
    rf"(?:(?:{NET}|[A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s?\s+)?"
    # ("Tencent's hit X", "NBC's short-lived X": a word praising or placing the earlier work.)
    r"(?:(?:hit|smash|breakout|acclaimed|beloved|cult|short-lived|popular|former|earlier|previous)\s+)?"
    # ("who previously ran the procedural Night Ledger": a genre word may stand before the title.)
    r"(?:the (?:[\w-]+ ){0,2}?(?:series|film|show|comedy|drama|procedural|sitcom|thriller|miniseries|mystery"
    r"|western|limited series) )?[“\"‘']?(?:The )?$"
)
# "who fights crime as Daredevil": a character bearing the title's name.
_WORK_ROLE = re.compile(r"\bas\s+[“\"‘']?(?:The )?$")
# "starring ER's Noah Wyle", "alongside Oz's Dean Mercer": a cast member named through other work.
_CAST_BEFORE = re.compile(r"\b(?:starring|stars|co-starring|alongside|opposite|featuring|with)\s+$")
_PERSON_AFTER = re.compile(r"['’]s?\s+[A-Z][\w'’.-]+\s+(?:[a-z]{1,3}\s+)?[A-Z]")
_SAME_NAME_AFTER = re.compile(r"\s+in\s+the\s+(?:[\w+&'’.-]+\s+){0,4}?of\s+the\s+same\s+name\b")
_SEASON_AFTER = re.compile(r"[.,]?[”\"’']?\s*(?:[Ss]eason|[Ss]eries|Part)\b")


@per_article  # pure, and asked again for the same title and text by several steps
def work_mentions(title: str, text: str) -> int:
    """Mentions of `title` as someone's other work: "'Happy Valley' creator", "her role in 'Happy Valley'"."""
    count = 0
    start = text.find(title)
    while start != -1:
        end = start + len(title)
        before, after = text[max(0, start - 120) : start], text[end : end + 40]
        if _SAME_NAME_AFTER.match(text, end, end + 80):
            start = text.find(title, end)
            continue  # "cast as Arlo Finch in the HBO series of the same name": the role is the show itself
        count += bool(_WORK_AFTER.match(after)) + bool(_WORK_BEFORE.search(before))
        count += bool(_WORK_ROLE.search(before) and not _SEASON_AFTER.match(after))
        count += bool(_CAST_BEFORE.search(before) and _PERSON_AFTER.match(after))
        count += work_aside(before, after)
        start = text.find(title, end)
    return count
