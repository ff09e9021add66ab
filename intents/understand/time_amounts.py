"""Amounts of time fans say around a premiere: "in two weeks", "within 10 days", "2 weeks ago", "2 weeks till
it", and bounds ("more than a month away", "less than 2 weeks since"), read as days."""

from __future__ import annotations

from intents.text import SPOKEN_AMOUNTS as _AMOUNTS

# Words that measure a span from today to a premiere ("a month away", "less than 2 weeks till it").
_AWAY_WORDS = frozenset({"away", "till", "til", "until", "left", "off", "to"})


def away_bound(tokens: list[str]) -> tuple[bool, int] | None:
    """ "more than a month away", "less than 2 weeks till hs3", "under 10 days to go": whether the bound is
    more (or less) and its days; None when the question names no such bound."""
    return None if _AWAY_WORDS.isdisjoint(tokens) else bound_said(tokens)


def bound_said(tokens: list[str]) -> tuple[bool, int] | None:
    """ "more than a month", "under 10 days": whether the bound is more (or less) and its days."""
    for at, word in enumerate(tokens):
        if word in _THAN_BOUNDS and tokens[at + 1 : at + 2] == ["than"]:
            said = tokens[at + 2 : at + 4]
        elif word in ("over", "under"):
            said = tokens[at + 1 : at + 3]
        else:
            continue
        count = _AMOUNTS.get(said[0]) if said else None
        if count is None and said and said[0].isdigit():
            count = int(said[0])
        if count is not None and said[1:2] and said[1] in _UNIT_DAYS:
            return word in _MORE_BOUNDS, count * _UNIT_DAYS[said[1]]
    return None


# "more than", "longer than a fortnight" (a span said to be longer is more time); "less than", "shorter than".
_THAN_BOUNDS = frozenset({"more", "less", "fewer", "longer", "shorter"})
_MORE_BOUNDS = frozenset({"more", "over", "longer"})
_UNIT_DAYS = {
    "day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14, "fortnights": 14,
    "month": 30, "months": 30,
}  # fmt: skip


_TILL = frozenset({"till", "til", "until"})


def counted_days(tokens: list[str], ago: bool = False) -> tuple[int, bool] | None:
    """ "in two weeks", "in like a week", "within 10 days", "2 weeks till it": the days said, and whether it
    is a bound; with `ago`, the days before today ("2 weeks ago", "like a week ago")."""
    for at, word in enumerate(tokens[:-1] if not ago else tokens):
        if ago or word in _TILL:
            if word != ("ago" if ago else word) or at < 2:
                continue
            said = tokens[at - 2 : at]  # "2 weeks ago", "a week ago", "2 weeks till"
        elif word not in ("in", "within") or at >= len(tokens) - 2:
            continue
        else:
            said = [w for w in tokens[at + 1 : at + 5] if w not in ("like", "about", "around", "just", "of")]
        if said[:1] == ["a"] and said[1:2] == ["couple"]:
            said = said[1:]  # "in a couple of weeks"
        count = _AMOUNTS.get(said[0]) if said else None
        if count is None and said and said[0].isdigit():
            count = int(said[0])
        if count is not None and said[1:2] and said[1] in _UNIT_DAYS and count < 60:
            return count * _UNIT_DAYS[said[1]], word == "within"
    return None
