"""The title slot after a news verb: "which network confirmed the true detective casting", "did hbo renew
the good place", "netflix revived lost?".

News about a show names it right after the verb that reports the news (confirmed, renewed, cancelled, ...),
often before the noun of that news (casting, renewal, finale, trailer). Those words are read as a title even
when they are everyday words ("true detective", "the good place"), so a show Marquee has no facts about gets
"I don't have facts about X", never the default show's facts. Everyday news talk ("the big news", "the new
trailer", "the first season") is no title: its head is a news or fact noun, or its words only point.
"""

from __future__ import annotations

from collections.abc import Iterator

from intents.title_forward import forward_end
from intents.title_question import Frame, Question
from intents.title_words import FACT_WORDS, NEWS_VERBS, POINTING_WORDS, TAIL_WORDS, UNNAMED_THINGS

# Verbs that report news about a show, past and base forms ("did hbo renew X", "hbo renewed X").
_REPORTING = """confirmed confirm confirms announced announce announces renewed renew renews cancelled
    canceled cancel cancels ordered order orders revived revive revives teased tease teases greenlit
    greenlight aired air airs"""
NEWS_ACTS = frozenset(_REPORTING.split()) | NEWS_VERBS
# Nouns of the news a title stands before ("the true detective casting", "the crown's final season").
NEWS_NOUNS = frozenset(
    """casting cast renewal reboot revival remake spinoff finale trailer teaser premiere season seasons
    series episode episodes cancellation return release date""".split()
)
# Heads of everyday news talk that are never a title: "the big news", "the new trailer", "the big reveal".
_TALK = "news reveal update updates story rumor rumour rumors rumours show shows one it them that this"
_TALK_HEADS = FACT_WORDS | NEWS_NOUNS | UNNAMED_THINGS | frozenset(_TALK.split())


def after_news_verb(q: Question) -> Iterator[tuple[Frame, int, int]]:
    """Spans standing after a news verb: up to the news noun that follows, or to the question's end."""
    tokens = q.tokens
    for at, token in enumerate(tokens[:-1]):
        if token not in NEWS_ACTS:
            continue
        start, end = at + 1, forward_end(q, at + 1)
        noun = next((k for k in range(start + 1, end) if _news_noun(tokens, k)), None)
        if noun is not None:
            end = noun  # "the true detective casting": the title stands before its news noun
        elif any(t not in TAIL_WORDS for t in tokens[end:]) and not _season_next(q, end):
            continue  # the object runs on into more of the sentence: no clear title's place
        words = [w.removesuffix("s") if w.endswith("'s") else w for w in tokens[start:end]]
        if words and words[-1] not in _TALK_HEADS and not all(w in POINTING_WORDS for w in words):
            yield Frame.NEWS, start, end


def _news_noun(tokens: list[str], k: int) -> bool:
    """A news noun at k, or a possessive before one ("the crown's final season")."""
    return tokens[k] in NEWS_NOUNS or tokens[k] in ("s", "'s")


def _season_next(q: Question, end: int) -> bool:
    """A season right after the object, or after "for" ("renewed X for season 5")."""
    return q.in_season(end) or (end < len(q.tokens) and q.tokens[end] == "for" and q.in_season(end + 1))
