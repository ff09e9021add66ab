"""The fans' questions ingest_qa asks about an article's gold facts, and how a reply is judged."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from benchmarks.extraction import _norm

Record = dict[str, Any]

# The first phrasing of each kind is the plain one; --varied rotates through the others too.
TEMPLATES: dict[str, list[str]] = {
    "premiere": ["when does {show} season {n} premiere?", "when is {show} season {n} coming out?",
                 "what's the release date for season {n} of {show}?"],
    "premiere past": ["when did {show} season {n} premiere?", "when did season {n} of {show} come out?"],
    "premiere series": ["when does {show} premiere?", "when is {show} coming out?"],
    "premiere series past": ["when did {show} premiere?", "when did {show} come out?"],
    "network": ["what network is {show} on?", "where can I watch {show}?", "what channel is {show} on?"],
    "who plays": ["who plays {character} in {show}?", "who plays {character} on {show}?"],
    "plays whom": ["who does {person} play in {show}?", "what role does {person} play in {show}?"],
    "creator": ["who created {show}?", "who is the creator of {show}?"],
    "directors": ["who directed {show} season {n}?", "who directed season {n} of {show}?"],
    "directors series": ["who directed {show}?", "who are the directors of {show}?"],
    "showrunner": ["who is the showrunner of {show}?", "who is {show}'s showrunner?"],
}  # fmt: skip


@dataclass(frozen=True)
class Question:
    """A question, the answers that count as right, and whether it probes for something the article lacks."""

    kind: str
    text: str
    accept: frozenset[str]
    match: str  # "date" | "name" | "character"
    probe: bool = False


def _tokens(value: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", str(_norm(value)).replace('"', " ")))


def agrees(answer: str, accepted: str, match: str) -> bool:
    """Does one answered value agree with one accepted value?"""
    if match == "date":
        # A year alone is vaguer than the gold date, not wrong; a year that differs is wrong.
        return answer == accepted or accepted.startswith(answer + "-") or answer.startswith(accepted + "-")
    a, g = _tokens(answer), _tokens(accepted)
    # "Carmen" for "Carmen Berzatto", "Michael Robinavitch" for 'Michael "Robby" Robinavitch'.
    return bool(a) and bool(g) and (a <= g or g <= a)


def _phrase(kind: str, varied: bool, key: str, **slots: object) -> str:
    options = TEMPLATES[kind] if varied else TEMPLATES[kind][:1]
    return options[zlib.crc32(key.encode()) % len(options)].format(**slots)


def _season_list(text: str) -> list[str]:
    if "-" in text:
        low, high = text.split("-", 1)
        return [str(n) for n in range(int(low), int(high) + 1)]
    return [s.strip() for s in text.split(",")]


def _has_role(roles: tuple[str, ...], credit: Record) -> bool:
    return credit["role"] in roles


def _directed(season: str, credit: Record) -> bool:
    """A director credit for `season` (any season when it is empty or the credit names none)."""
    scope = str(credit.get("seasons") or "")
    return credit["role"] == "director" and (not season or not scope or season in _season_list(scope))


def _subject(record: Record) -> str:
    return str(record.get("show") or record.get("title"))


class _Gold:
    """One article's gold and also-ok facts, and the values that answer a question about them."""

    def __init__(self, gold: list[Record], also_ok: list[Record], published: str | None, varied: bool):
        self.gold, self.both, self.published, self.varied = gold, gold + also_ok, published, varied

    def values(self, kind: str, show: str, key: str, keep: Callable[[Record], bool] = bool) -> frozenset[str]:
        """`key` of every acceptable `kind` record about `show` that `keep` keeps."""
        found = (r for r in self.both if r["type"] == kind and _subject(r) == show and r.get(key) is not None)
        return frozenset(str(r[key]) for r in found if keep(r))

    def ask(self, kind: str, key: str, **slots: object) -> str:
        return _phrase(kind, self.varied, key, **slots)

    def premiere(self, show: str, release: Record) -> Question:
        when, season = str(release.get("date") or release.get("year")), release.get("season")
        past = " past" if self.published and when < self.published else ""
        if season is None:
            dates = self.values("release", show, "date") | self.values("release", show, "year")
            return Question("premiere", self.ask(f"premiere series{past}", when, show=show), dates, "date")
        # A series premiere is its first season's premiere, not a later one's.
        same = (season, None) if season == 1 else (season,)
        dates = self.values("release", show, "date", lambda x: x.get("season") in same) | self.values(
            "release", show, "year", lambda x: x.get("season") in same
        )
        return Question("premiere", self.ask(f"premiere{past}", when, show=show, n=season), dates, "date")

    def casting(self, show: str, credit: Record) -> list[Question]:
        character, person = str(credit["character"]), str(credit["person"])
        people = self.values(
            "credit",
            show,
            "person",
            lambda x: x["role"] == "actor" and agrees(x.get("character") or "", character, "character"),
        )
        characters = self.values("credit", show, "character", lambda x: x["person"] == person)
        return [
            Question(
                "who plays", self.ask("who plays", character, show=show, character=character), people, "name"
            ),
            Question(
                "plays whom",
                self.ask("plays whom", person, show=show, person=person),
                characters,
                "character",
            ),
        ]

    def crew(self, show: str, main: bool) -> list[Question]:
        out = []
        credited = {r.get("role") for r in self.gold if r["type"] == "credit" and _subject(r) == show}
        # "who created X?" also lists the novel's author and the writers, each labelled: true, not wrong.
        for kind, roles in (("creator", ("creator", "novelist", "writer")), ("showrunner", ("showrunner",))):
            people = self.values("credit", show, "person", partial(_has_role, roles))
            if roles[0] in credited or main:
                out.append(
                    Question(kind, self.ask(kind, show, show=show), people, "name", roles[0] not in credited)
                )
        told = self.values("show", show, "network", lambda x: x in self.gold)
        if told or main:
            networks = self.values("show", show, "network") | self.values("release", show, "network")
            out.append(Question("network", self.ask("network", show, show=show), networks, "name", not told))
        seasons = {
            str(r.get("seasons") or "")
            for r in self.gold
            if r["type"] == "credit" and r["role"] == "director" and _subject(r) == show
        }
        for season in sorted(seasons or ({""} if main else set())):
            n = season.split("-")[-1]
            people = self.values("credit", show, "person", partial(_directed, n))
            kind = "directors" if n else "directors series"
            out.append(
                Question("directors", self.ask(kind, show, show=show, n=n), people, "name", not seasons)
            )
        return out

    def outsiders(self, main: str) -> list[Question]:
        """People the article names but not in the main show: any role given them there is made up."""
        cast = {str(r["person"]) for r in self.both if _subject(r) == main and r["type"] == "credit"}
        people = dict.fromkeys(str(r["person"]) for r in self.both if r.get("person"))
        return [
            Question(
                "plays whom",
                self.ask("plays whom", p, show=main, person=p),
                frozenset(),
                "character",
                probe=True,
            )
            for p in people
            if p not in cast
        ]


def questions(
    gold: list[Record], also_ok: list[Record], published: str | None, varied: bool
) -> list[Question]:
    """The questions a fan could ask about the gold facts, plus probes for what the article never says."""
    facts = _Gold(gold, also_ok, published, varied)
    shows = list(dict.fromkeys(_subject(r) for r in gold if r["type"] != "work"))
    out: list[Question] = []
    for show in shows:
        for r in gold:
            if _subject(r) != show:
                continue
            if r["type"] == "release" and (r.get("date") or r.get("year")):
                out.append(facts.premiere(show, r))
            elif r["type"] == "credit" and r["role"] == "actor" and r.get("character"):
                out.extend(facts.casting(show, r))
        out.extend(facts.crew(show, show == shows[0]))
    return out + facts.outsiders(shows[0])


def verdict(question: Question, reply: Record) -> str:
    """correct, wrong or missing."""
    answers = [str(a) for a in reply.get("answers") or []]
    if reply.get("kind") != "answer" or not answers or "an unnamed role" in str(reply.get("text")):
        # "X plays an unnamed role in Y" lists the show as its answer: nothing is claimed about the role.
        return "missing"
    if all(any(agrees(a, ok, question.match) for ok in question.accept) for a in answers):
        return "correct"
    return "wrong"
