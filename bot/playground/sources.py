"""The article and facts behind an answer, for the page's sources panel (read from the bot's knowledge)."""

from __future__ import annotations

import datetime as dt
import re

from bot.localdiscord.models import JSON
from db.knowledge import ArticleInfo, Knowledge

_FOOTER = re.compile(r"^Source: (?P<outlet>.+?): “(?P<title>.+?)”")


def _day(day: dt.date | None) -> str:
    return f"{day:%B} {day.day}, {day.year}" if day else "date not reported"


def find_article(knowledge: Knowledge, embed: JSON) -> ArticleInfo | None:
    """The article an answer embed cites: by its link, else by the outlet and title in its footer."""
    url = embed.get("url")
    footer = _FOOTER.match(str((embed.get("footer") or {}).get("text") or ""))
    for article in knowledge.articles.values():
        if url and article.url == url:
            return article
        if footer and (article.outlet, article.title) == (footer["outlet"], footer["title"]):
            return article
    return None


def article_facts(knowledge: Knowledge, article_id: int) -> list[tuple[str, str, str]]:
    """(kind, statement, key value) for every fact the article reported, in a stable order."""
    facts: list[tuple[str, str, str]] = []
    for show in knowledge.shows.values():
        if show.article_id == article_id:
            facts.append(
                ("show", f"{show.title} ({show.kind}, {show.network or 'network not reported'})", "")
            )
        for release in (r for r in show.releases if r.article_id == article_id):
            season = f" season {release.season}" if release.season else ""
            where = f" on {release.network}" if release.network else ""
            facts.append(("release", f"{show.title}{season}: {_day(release.on)}{where}", _day(release.on)))
        for season_fact in (s for s in show.seasons if s.article_id == article_id):
            episodes = f", {season_fact.episodes} episodes" if season_fact.episodes else ""
            facts.append(("season", f"{show.title} season {season_fact.number}{episodes}", ""))
        for credit in (c for c in show.credits if c.article_id == article_id):
            person = knowledge.people.get(credit.person_id)
            name = person.name if person else "someone"
            part = f" as {credit.character}" if credit.character else ""
            seasons = f" (seasons {credit.seasons})" if credit.seasons else ""
            facts.append(("credit", f"{name}: {credit.role}{part} in {show.title}{seasons}", name))
        for rating in (r for r in show.ratings if r.article_id == article_id):
            facts.append(
                ("rating", f"{show.title}: {rating.source} {rating.value:g} ({rating.audience})", "")
            )
        for award in (a for a in show.awards if a.article_id == article_id):
            category = f" for {award.category}" if award.category else ""
            facts.append(("award", f"{show.title}: {award.outcome} at {award.body}{category}", award.body))
    return facts


def _shown_text(message: JSON) -> str:
    parts = [str(message.get("content") or "")]
    for embed in message.get("embeds") or []:
        parts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
        parts += [f"{f.get('name')} {f.get('value')}" for f in embed.get("fields") or []]
    return "\n".join(parts)


def answer_sources(knowledge: Knowledge, message: JSON) -> JSON:
    """The cited article (outlet, title, link, date) and its facts, marking those the answer states."""
    embeds = message.get("embeds") or []
    article = find_article(knowledge, embeds[0]) if embeds else None
    if article is None:
        return {"article": None, "facts": []}
    text = _shown_text(message)
    facts = [
        {"kind": kind, "text": statement, "in_answer": bool(key) and key in text}
        for kind, statement, key in article_facts(knowledge, article.id)
    ]
    return {
        "article": {
            "outlet": article.outlet,
            "title": article.title,
            "url": article.url,
            "published": article.published_on.isoformat() if article.published_on else None,
        },
        "facts": facts,
    }
