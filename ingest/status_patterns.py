"""The wordings of renewals and cancellations status.py reads: "renewed for a third season", "has ordered
a second season of X", "canceled", "decided not to renew X for a fourth season"."""

from __future__ import annotations

import re

from ingest.title_patterns import GENRE, NET

ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|sophomore)"
)
COUNT = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten", re.IGNORECASE)
CANCEL = re.compile(
    r"\b(?:cancel+ed|cancels|axed|scrapped|ended after|has died after|pull(?:ed|s|ing) the plug on)\b"
    # "NBC announced on Friday the cancellation of X".
    r"|\b(?:announced|confirmed)\b[^.;]{0,30}?\bthe cancellation of\b"
    # "NBC has decided not to renew X": a network's choice not to order more is a cancellation.
    r"|\b(?:decided|decides|opted|opts|chose|chosen|elected) not to (?:renew|bring back|pick up)\b"
)
RENEWAL = re.compile(
    # ("renewed for season 2": the number may follow the word.)
    # ("is bringing back A and B for second seasons", "handed renewals to A and B ... for a third season".)
    r"\b(?:renew(?:ed|s|als?)|(?:bring(?:s|ing)?|brought) back)\b[^.]*?\bfor (?:a |an |one )?(.{0,60}?)"
    r"\b(?:[Ss]easons?|[Ss]eries)\b(?: \d+\b)?"
    # "has ordered a second season of X", "picked up for a third season": a renewal in other words.
    rf"|\b(?:ordered|picked up|greenlit|green-lit|commissioned)\b (?:[^.]{{0,40}}? )?(?:for )?"
    rf"(?:a |an |its |the (?!first\b))?(?:[\w-]+-episode )?"
    rf"({ORDINAL}(?: and (?:final|last))?) (?:season|series)\b"
    # "has ordered 10 new episodes for a Season 4 debut of X": episodes ordered for a numbered season.
    rf"|\b(?:ordered|commissioned) (?:\w+ )?(?:new |more )?episodes for (?:a |its )?[Ss]eason (\d+)\b"
    # "will be returning for a third season", "landed a second season pickup".
    rf"|\b(?:return(?:ing|s)?|back) for (?:a |an )({ORDINAL}) (?:season|series)\b"
    # "X will be returning to Starz for Season 3": back on its network for a numbered season.
    rf"|\b(?:will be returning|will return|is returning|returns|will be back|is coming back) to (?:{NET})"
    rf" for (?:[Ss]eason (\d+)\b|(?:a|an) ({ORDINAL}) (?:season|series)\b)"
    # "X will return for season 4".
    rf"|\b(?:will return|is returning|will be back|returns|is coming back|will come back)"
    rf" for [Ss]eason (\d+)\b"
    rf"|\b(?:a|an) ({ORDINAL})[- ](?:season|series) (?:pickup|renewal|order)\b"
    # "has given X a season 3 renewal".
    # ("a speedy season four renewal": a describing word may come first, the number in words.)
    rf"|\b(?:a|an) (?:[a-z]+ )?(?:[Ss]eason|[Ss]eries) (\d+|two|three|four|five|six|seven|eight|nine|ten)"
    rf" (?:pickup|renewal|order)\b"
    # "second season orders of A and B": one order for each show listed.
    rf"|\b({ORDINAL})[- ](?:season|series) (?:pickups|renewals|orders) (?=of |for )"
    # "has officially confirmed a fourth season of X" (never "confirmed the third season's premiere").
    rf"|\b(?:confirmed|announced) (?:a|an) ({ORDINAL}) (?:season|series) (?:of|for)\b"
    # "a second season has already been ordered", "season 3 is officially in the works": the season as
    # the subject of its order.
    rf"|\b(?:(?:[Aa]|[Aa]n|[Tt]he) ({ORDINAL}) (?:season|series)|[Ss]eason (\d+))(?: of [^.;,]{{1,60}}?)?"
    rf" (?:(?:has|have) (?:already |now |officially |also )*been (?:ordered|greenlit|green-lit|commissioned"
    rf"|picked up)|(?:is|are) (?:already |now |officially |also )*in the works)\b"
    # "was deemed worthy of a ten-episode second season": judged worth another season, so given one.
    rf"|\b(?:deemed|judged) worthy of (?:a|an) (?:[\w-]+-episode )?({ORDINAL}) (?:season|series)\b"
    # "the fourth season, which Hulu ordered in February": the order told after the season.
    rf"|\b(?:the|a|its) ({ORDINAL}) (?:season|series),? (?:which|that) (?:{NET}) (?:has |had )?"
    rf"(?:ordered|renewed|commissioned|greenlit|picked up)\b"
    # "Hulu has handed a third season to X", "X has been given a second season".
    # ("Hulu has given the family drama a third season": the show pointed at sits between.)
    # ("handed its freshman hit Static Bloom a second-season order": the show named after describing words.)
    rf"|\b(?:handed|given|gave|give|gives|giving|granted|earned|landed|gets|got|getting)"
    rf" (?:\w+ |(?:the|its) (?:[\w'’-]+ ){{0,2}}?{GENRE} "
    rf"|(?:the |its |their )?(?:[a-z][\w'’-]* ){{0,3}}?(?:[“\"‘']?[A-Z][\w'’&-]*[”\"’']? ){{1,5}})?"
    rf"(?:a |an )({ORDINAL})[- ](?:season|series)\b"
)
NOT_RETURNING = re.compile(
    rf"\s(?:will not|won['’]t) (?:be )?(?:return(?:ing)?|back|coming back) for (?:(?:a|an) ({ORDINAL})"
    # ("won't be back for season three": the season's number may follow the word.)
    rf" (?:season|series)\b|[Ss]eason (\d+|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
# "The network will not bring back the series for a second season", "decided not to renew X for a third
# season": no next season ordered, so the season before it was the last made.
NOT_BROUGHT_BACK = re.compile(
    r"\b(?:will not|won['’]t|(?:decided|decides|opted|chose|elected) not to) (?:bring back|renew|pick up)\s+"
    rf"(?P<object>[^.;]{{1,80}}?)\s+for (?:a|an) (?P<next>{ORDINAL}) (?:season|series)\b"
)
BARE_RENEWAL = re.compile(
    r"\b(?:(?:has|have|was|were|got|been|also) renewed|renewed(?= [“\"‘']?[A-Z0-9]))\b"
    # "NBC is bringing back A and B": a network bringing its shows back has renewed them.
    rf"|\b(?:{NET})\s+(?:(?:is|has|will be)\s+)?(?:bringing|brought|brings) back\b"
)
# "renewed for two additional seasons, bringing it to season six": the last season the count reaches.
UP_TO_SEASON = re.compile(
    r"\b(?:bringing|taking) (?:it|the (?:show|series)) (?:up )?(?:to|through) [Ss]eason (\w+)"
)
