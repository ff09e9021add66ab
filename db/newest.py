"""Collapse facts reported by several articles into one, the newest published article winning.

The database keeps every report (the history); the snapshot answers from one fact per subject. A field the
newest report leaves empty is filled from older ones, so a later, terser article doesn't erase a detail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from db.knowledge import Knowledge

Fact = TypeVar("Fact")


def prefer_newest(knowledge: Knowledge) -> None:
    """Deduplicate every show's and person's facts in place."""

    def age(article_id: int) -> tuple[dt.date, int]:
        info = knowledge.articles.get(article_id)
        return (info.published_on or dt.date.min) if info else dt.date.min, article_id

    credits_merged = False
    for show in knowledge.shows.values():
        if _single_source(show.releases, show.seasons, show.ratings, show.awards, show.credits):
            continue  # one source (most catalog films): nothing to reconcile
        credits_merged = True
        show.releases = _merge(show.releases, lambda r: (r.season,), age)
        show.seasons = _merge(show.seasons, lambda s: (s.number, s.through), age)
        show.ratings = _merge(show.ratings, lambda r: (r.source.lower(), r.audience), age)
        show.awards = _merge(show.awards, lambda a: (a.body.lower(), (a.category or "").lower(), a.year), age)
        show.credits = _merge(show.credits, lambda c: (c.person_id, c.role, c.seasons), age)
        reported = [r for r in show.releases if r.network]
        if reported:
            # The show row keeps whichever network was imported last; the newest report is the current one.
            show.network = max(reported, key=lambda r: age(r.article_id)).network
    for person in knowledge.people.values():
        if _single_source(person.credits, person.work):
            continue
        person.credits = _merge(person.credits, lambda c: (c.show_id, c.role, c.seasons), age)
        person.work = _merge(person.work, lambda w: (w.title.lower(),), age)
    if credits_merged:  # else every credit is still some show's (a catalog's 70,000: not rebuilt for nothing)
        kept = {c.id for show in knowledge.shows.values() for c in show.credits}
        knowledge.credits = {cid: c for cid, c in knowledge.credits.items() if cid in kept}


def _single_source(*fact_lists: list[Any]) -> bool:
    first: int | None = None
    for facts in fact_lists:
        for fact in facts:
            if first is None:
                first = fact.article_id
            elif fact.article_id != first:
                return False
    return True


def _merge(
    facts: list[Fact], key: Callable[[Fact], Hashable], age: Callable[[int], tuple[dt.date, int]]
) -> list[Fact]:
    """One fact per key, in first-seen order: the newest report, its empty fields filled from older ones."""
    if len(facts) < 2:
        return facts
    groups: dict[Hashable, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(key(fact), []).append(fact)
    if len(groups) == len(facts):
        return facts
    merged: list[Fact] = []
    for reports in groups.values():
        reports.sort(key=lambda f: age(_article(f)), reverse=True)
        newest = [r for r in reports if _article(r) == _article(reports[0])]
        # Several values from one source (two catalog films called "The Bat") are all facts, not history.
        merged.extend(newest if len(newest) > 1 else [_fill(reports)])
    return merged


def _article(fact: Any) -> int:
    return int(fact.article_id)


def _fill(reports: list[Fact]) -> Fact:
    newest = reports[0]
    missing = {
        f.name: value
        for f in fields(newest)  # type: ignore[arg-type]
        if getattr(newest, f.name) is None
        for value in [next((getattr(r, f.name) for r in reports[1:] if getattr(r, f.name) is not None), None)]
        if value is not None
    }
    return replace(newest, **missing) if missing else newest  # type: ignore[type-var]
