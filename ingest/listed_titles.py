"""Whether a title found in a title's place is several ("renewed A and B for second seasons") or no show."""

from __future__ import annotations

import re

# Which of title_patterns.SHOW_CONTEXTS a match came from: a status verb before the title, or a title
# before "have been renewed".
_VERB_BEFORE = 6
_VERB_AFTER = 20
_SLATE_OR_AFTER_ASIDE = 27
# "renewals to A and B, with both dramas returning": a plural pointer right after the list says it is two.
_BOTH_AFTER = re.compile(r"[”\"’']?,?\s+(?:with\s+|as\s+)?(?:both|the two|each)\b", re.IGNORECASE)


def names_several(context: int, matched: str, after: str, following: str) -> bool:
    """Does a title matched in SHOW_CONTEXTS[context] (`matched`, with `after` the rest of its sentence and
    `following` the next sentence) name several shows sharing one verb: "A and B have been renewed",
    "renewed A and B for second seasons", "bringing back A and B. Both comedies return ..."?"""
    if context == _SLATE_OR_AFTER_ASIDE:
        # "new shows of its own, including A and B": the slate's list.
        return bool(
            re.search(
                r"\b(?:including|such as|orders of|orders for|renewals of|renewals for|pickups of"
                r"|pickups for|[Rr]enew(?:ed|s)|[Cc]ancell?(?:ed|s)|[Aa]xe[ds]|[Oo]rder(?:ed|s)"
                r"|[Pp]icked up)\s",
                matched,
            )
        )
    if context == _VERB_AFTER:
        return bool(re.search(r"\b(?:have been|were)\s+\S+$", matched))
    if context != _VERB_BEFORE:
        return False
    if re.match(r"\s+for\s+(?:\w+\s+)?seasons\b", after):
        return True
    # When the title ends its sentence, the next one may say "Both ...".
    return bool(_BOTH_AFTER.match(after if after.strip(" .!?") else f", {following}"))


_SHOW_TALK = re.compile(
    r"\b(?:series|show|drama|comedy|sitcom|thriller|season|renewed|premieres?|episodes?)\b"
)
_EPISODE_AFTER_DASH = re.compile(r"^[A-Z][\w'’:&.!? -]{0,60}?\s[–—]\s+[“\"‘']$")


def not_a_show_here(quoted: bool, before: str, after: str, following: str) -> bool:
    """Is a name found in a title's place something else here: a recap line's quoted episode title
    ("Castle – “After the Storm”"), or a star's fans ("Good news for Ada Brisk fans: the actor ...") when no
    talk of a show follows?"""
    if quoted and _EPISODE_AFTER_DASH.match(before):
        return True
    return bool(re.match(r"[”\"’']?\s+fans\b", after)) and not _SHOW_TALK.search(f"{after} {following}"[:160])
