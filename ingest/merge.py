"""Combine the facts of one article: drop duplicates and weaker restatements, pick each show's network."""

from __future__ import annotations

from collections import Counter, defaultdict

from ingest.model import ExtractedFact, FactKind, fact
from ingest.title_aliases import title_aliases


def _better(a: ExtractedFact, b: ExtractedFact) -> ExtractedFact:
    return b if b.confidence > a.confidence else a


def _dedupe(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    kept: dict[tuple[object, ...], ExtractedFact] = {}
    for item in facts:
        key = item.identity()
        kept[key] = _better(kept[key], item) if key in kept else item
    return list(kept.values())


def _credits(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """One credit per show, person and role; a stated character or director's scope beats none."""
    groups: dict[tuple[object, ...], list[ExtractedFact]] = defaultdict(list)
    for item in facts:
        groups[(item.get("show"), item.get("person"), item.get("role"))].append(item)
    out: list[ExtractedFact] = []
    for items in groups.values():
        detailed = [i for i in items if i.get("character") or i.get("seasons") or i.get("episodes")]
        if not detailed:
            out.append(max(items, key=lambda i: i.confidence))
            continue
        if items[0].get("role") == "actor":
            # Two characters for one actor in one show is more often a misreading than a double role.
            characters = Counter(str(i.get("character")) for i in detailed if i.get("character"))
            # ("as Tara" twice in captions, "plays Tara Gregson" once: the short name is the full one's.)
            for short in [c for c in characters if " " not in c]:
                fuller = [c for c in characters if c != short and short in c.split()]
                if len(fuller) == 1:
                    characters[fuller[0]] += characters.pop(short)
            best = characters.most_common(1)[0][0] if characters else None
            chosen = max((i for i in detailed if i.get("character") == best), key=lambda i: i.confidence)
            # "Harrow Lane season 3 will star A" and "A plays Mae": the one season stated goes with the role.
            stated = {i.get("seasons") for i in items if i.get("seasons") is not None}
            if chosen.get("seasons") is None and len(stated) == 1:
                fields = (*chosen.fields, ("seasons", stated.pop()))
                chosen = ExtractedFact(chosen.kind, fields, chosen.sentence, chosen.confidence)
            out.append(chosen)
        else:
            by_scope: dict[tuple[object, ...], ExtractedFact] = {}
            for item in detailed:
                scope = (item.get("seasons"), item.get("episodes"))
                by_scope[scope] = _better(by_scope[scope], item) if scope in by_scope else item
            scopes = list(by_scope.values())
            # "seasons 1, 6 episodes" and "season 1" say the same; keep the fuller one.
            out.extend(
                s for s in scopes
                if not any(o is not s and o.get("seasons") == s.get("seasons") and s.get("episodes") is None
                           for o in scopes)
            )  # fmt: skip
    return out


def _releases(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """A dated release beats a year-only one for the same show and season; one date per show and season."""
    by_show: dict[object, list[ExtractedFact]] = defaultdict(list)
    for item in facts:
        by_show[item.get("show")].append(item)
    out: list[ExtractedFact] = []
    for items in by_show.values():
        dated_days = {i.get("date"): i.get("season") for i in items if i.get("date") and i.get("season")}
        by_season: dict[object, list[ExtractedFact]] = defaultdict(list)
        for item in items:
            season = item.get("season")
            # "The series premieres October 3" restates "Season 3 premieres October 3".
            if season is None and item.get("date") in dated_days:
                continue
            by_season[season].append(item)
        for season_items in by_season.values():
            dated = [i for i in season_items if i.get("date")]
            if dated:
                exact = [i for i in dated if i.confidence >= 0.8] or dated
                support = Counter(str(i.get("date")) for i in exact)
                first = min(exact, key=lambda i: (-support[str(i.get("date"))], str(i.get("date"))))
                networks = [i.get("network") for i in season_items if i.get("network")]
                if first.get("network") is None and networks:
                    first = fact(FactKind.RELEASE, first.sentence, first.confidence,
                                 **{**first.as_dict(), "network": networks[0]})  # fmt: skip
                out.append(first)
            else:
                years = Counter(i.get("year") for i in season_items)
                year = years.most_common(1)[0][0]
                out.append(
                    max((i for i in season_items if i.get("year") == year), key=lambda i: i.confidence)
                )
    return out


def _seasons(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """A season with its episode count makes a bare mention of that season redundant."""
    counted = {(f.get("show"), f.get("number")) for f in facts if f.get("episodes") or f.get("through")}
    return [
        f
        for f in facts
        if f.get("episodes") or f.get("through") or (f.get("show"), f.get("number")) not in counted
    ]


def merge_facts(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Deduplicated facts in a stable order: releases, seasons, credits, ratings, awards, works, the rest."""
    facts = _dedupe(facts)
    by_kind: dict[FactKind, list[ExtractedFact]] = defaultdict(list)
    for item in facts:
        by_kind[item.kind].append(item)
    order = [
        FactKind.RELEASE, FactKind.SEASON, FactKind.CREDIT, FactKind.RATING, FactKind.AWARD, FactKind.WORK,
        FactKind.PERSON, FactKind.DESCRIPTOR,
    ]  # fmt: skip
    fixers = {FactKind.CREDIT: _credits, FactKind.RELEASE: _releases, FactKind.SEASON: _seasons}
    out: list[ExtractedFact] = []
    for kind in order:
        items = by_kind.get(kind, [])
        out.extend(fixers[kind](items) if kind in fixers else items)
    return out


def show_records(
    facts: list[ExtractedFact],
    votes: list[tuple[str, str, str]],
    main: str | None,
    film: bool,
    placed: frozenset[str] = frozenset(),
) -> list[ExtractedFact]:
    """A show fact for the main show, each other show with facts and each of `placed` a network is voted for,
    with its network when stated."""
    titles: list[str] = [main] if main else []
    for item in facts:
        title = item.get("show")
        if isinstance(title, str) and title not in titles:
            titles.append(title)
    # "NBC's Whitney" says where Whitney airs even when the article says nothing else about it.
    titles += list(dict.fromkeys(show for show, _n, _s in votes if show not in titles and show in placed))
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    sentence_of: dict[tuple[str, str], str] = {}
    for show, voted, sentence in votes:
        tally[show][voted] += 1
        sentence_of.setdefault((show, voted), sentence)
    for item in facts:
        if item.kind == FactKind.RELEASE and item.get("network"):
            tally[str(item.get("show"))][str(item.get("network"))] += 2
            sentence_of.setdefault((str(item.get("show")), str(item.get("network"))), item.sentence)
    out: list[ExtractedFact] = []
    for title in titles:
        network: str | None = None
        ranked = tally[title].most_common(2)
        # A tie between two networks is a guess; say nothing rather than something wrong.
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            network = ranked[0][0]
        sentence = sentence_of.get((title, network), "") if network else ""
        kind = "film" if film and title == main else "series"
        # ("Dune: Part Two" is also "Dune 2"; "Mad Max: Fury Road" also "Fury Road".)
        aliases = title_aliases(title) or None
        out.append(
            fact(
                FactKind.SHOW,
                sentence,
                0.9 if network else 0.7,
                title=title,
                kind=kind,
                network=network,
                aliases=aliases,
            )
        )
    return out


def drop_network_conflicts(facts: list[ExtractedFact], shows: list[ExtractedFact]) -> list[ExtractedFact]:
    """Drop releases whose network contradicts the show's: the date most likely belongs to another show."""
    network = {f.get("title"): f.get("network") for f in shows if f.get("network")}

    def conflicts(item: ExtractedFact) -> bool:
        if item.kind != FactKind.RELEASE or not item.get("network"):
            return False
        usual = network.get(item.get("show"), item.get("network"))
        # "on HBO and Max" is one home, not two.
        return usual != item.get("network") and not {usual, item.get("network")} <= {"HBO", "Max", "HBO Max"}

    return [f for f in facts if not conflicts(f)]
