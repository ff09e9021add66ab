"""A fan asking for a show's news in their own words ("any heartstopper news today?", "anything new with
heartstopper?", "what's the heartstopper news") asks what "any news about heartstopper" asks (its newest
season's overview, intents.handlers.season_overview): when they ask (today, this week) is no part of it."""

from __future__ import annotations

from intents.understand.clause_evidence import CUES

_NEWS = frozenset({"news", "updates", "update"})
# Words around the news asked for: "what's the ... news", "got any ... updates", "anything new with ...".
_AROUND = frozenset(
    "what whats is s the any anything got there some latest new with on about for from".split()
)
# When the fan asks: never part of what is asked.
_WHEN = frozenset("today tonight lately recently yesterday this week morning so far at all".split())
# What news may be of, besides the relation cues: "any renewal news", "trailer news today?".
_OF_A_KIND = frozenset(
    "renewal renewals cancellation trailer teaser casting release finale spinoff reboot".split()
)
_NEW_LEADS = (("anything", "new"), ("whats", "new"), ("what", "is", "new"), ("what", "s", "new"))
_NEW_FIRSTS = frozenset(lead[0] for lead in _NEW_LEADS)


def news_asked(tokens: list[str]) -> list[str]:
    """The tokens as "any news about X" when all they ask is a show's news, else unchanged."""
    said = set(tokens)
    asks_news = bool(_NEWS & said) or (
        tokens[:1] != []
        and tokens[0] in _NEW_FIRSTS
        and any(tuple(tokens[: len(lead)]) == lead for lead in _NEW_LEADS)
    )
    if not asks_news or tokens[:1] == ["no"]:
        return tokens
    named = [i for i, t in enumerate(tokens) if t not in _AROUND | _NEWS | _WHEN]
    if not named:
        return tokens  # "any news today?": no show named, the question as it is
    subject = tokens[named[0] : named[-1] + 1]
    if named[-1] - named[0] + 1 != len(named) or any(
        w in CUES or w in _OF_A_KIND or w == "season" or w.isdigit() for w in subject
    ):
        return tokens  # "any renewal news", "news of season 4": what the news is about is asked
    if not any(t in _WHEN for t in tokens) and _NEWS & said and tokens[:1] in (["any"], ["anything"]):
        return tokens  # "any news about X" already asks it so
    return ["any", "news", "about", *subject]
