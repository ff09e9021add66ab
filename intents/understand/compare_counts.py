"""Comparisons of counts: episodes, award nominations, directors, cast members."""

from __future__ import annotations

import datetime as dt

from db.fact_records import AwardFact
from db.knowledge import ShowFacts
from intents.answer import Answer
from intents.awards import AWARD_BODIES
from intents.query import latest_season_number, sources_for
from intents.text import count_in_words
from intents.timefmt import long_date
from intents.understand.context import Composing
from intents.understand.sides import Measure, Side


def episode_count(side: Side) -> int | None:
    if side.season is None:
        total = sum(s.episodes or 0 for s in side.show.seasons)
        return total or None
    if side.through is not None:
        run = [s.episodes for s in side.show.seasons if (s.number, s.through) == (side.season, side.through)]
        return run[0] if run else None
    for s in side.show.seasons:
        if s.number <= side.season <= (s.through or s.number) and s.episodes and not s.through:
            return s.episodes
    return None


def _has(side: Side) -> str:
    """'Heartstopper seasons 1–2 have': a run of seasons is plural."""
    return "have" if side.through else "has"


# Words that ask for the smaller count ("is X shorter than Y" asks whether X has fewer episodes).
_FEWER_EPISODES = ("fewer", "less", "shorter", "shortest", "smaller")


def episodes(c: Composing, a: Side, b: Side) -> Answer:
    ea, eb = episode_count(a), episode_count(b)
    if ea is None or eb is None:
        lacking = " or ".join(s.label for s, n in ((a, ea), (b, eb)) if n is None)
        # What is missing first, then the count that is known.
        known = " ".join(f"{s.label} has {n} episodes." for s, n in ((a, ea), (b, eb)) if n is not None)
        return Answer(
            text=f"I don't have an episode count for {lacking}. {known}".strip(),
            kind="answer",
            intent="seasons",
            confidence=0.6,
        )
    both = f"{a.label} {_has(a)} {ea} episodes and {b.label} {_has(b)} {eb}"
    if c.has("total", "altogether", "in all") or (c.has("combined") and not (a.through or b.through)):
        lead = f"{ea + eb} episodes in all: {both}."
    elif ea == eb:
        lead = f"They have the same number: {both}."
    elif c.is_yes_no:
        yes = ea > eb if not c.has(*_FEWER_EPISODES) else ea < eb
        lead = f"{'Yes' if yes else 'No'}. {both}."
    elif c.has(
        "how many more", "how many fewer", "how many less", "difference", "by how many", "by how much"
    ):
        more = a if ea > eb else b
        lead = f"{more.label} {_has(more)} {abs(ea - eb)} more: {both}."
    elif c.has(*_FEWER_EPISODES):  # "which is shorter": the one with fewer episodes is named
        fewer = a if ea < eb else b
        lead = f"{fewer.label} {_has(fewer)} fewer: {both}."
    else:
        more = a if ea > eb else b
        lead = f"{more.label} {_has(more)} more: {both}."
    return Answer(text=lead, kind="answer", intent="seasons", confidence=1.0, answers=(str(ea), str(eb)))


def _seasons_said(show: ShowFacts, count: int, today: dt.date) -> str:
    """'Heartstopper has 3 seasons (season 3 premieres on October 3, 2024)': a season still to come said."""
    said = f"{show.title} has {count} season{'s' if count != 1 else ''}"
    coming = [r.on for r in show.releases if r.season == count and r.on is not None and r.on > today]
    return f"{said} (season {count} premieres on {long_date(coming[0])})" if coming else said


def season_counts(c: Composing, a: ShowFacts, b: ShowFacts) -> Answer:
    """'does heartstopper have more seasons than X?': the season counts on record, or which one is missing."""
    na, nb = latest_season_number(a), latest_season_number(b)
    articles = [r.article_id for s in (a, b) for r in s.releases if r.season] + [
        s.article_id for show in (a, b) for s in show.seasons
    ]
    sources = sources_for(c.kb, articles)
    if na is None or nb is None:
        lacking = " or ".join(s.title for s, n in ((a, na), (b, nb)) if n is None)
        known = " ".join(f"{_seasons_said(s, n, c.today)}." for s, n in ((a, na), (b, nb)) if n is not None)
        text = f"I don't have a season count for {lacking}, so I can't compare them. {known}".strip()
        return Answer(text=text, kind="answer", intent="seasons", confidence=0.6, sources=sources)
    both = f"{_seasons_said(a, na, c.today)}; {_seasons_said(b, nb, c.today)}"
    fewer = c.has("fewer", "less", "fewest")
    if na == nb:
        lead = f"They have the same number: {both}."
    elif c.is_yes_no:
        yes = na < nb if fewer else na > nb
        lead = f"{'Yes' if yes else 'No'}. {both}."
    else:
        pick = a if (na < nb) == fewer else b
        lead = f"{pick.title} has {'fewer' if fewer else 'more'}: {both}."
    return Answer(
        text=lead,
        kind="answer",
        intent="seasons",
        confidence=1.0,
        answers=(str(na), str(nb)),
        sources=sources,
    )


# Words asking by how much one count beats the other, not which is bigger.
_DIFFERENCE_WORDS = ("how many more", "how many fewer", "how many less", "difference", "by how many")
_COUNTED = {Measure.AWARDS: "award nominations", Measure.DIRECTORS: "directors", Measure.CAST: "cast members"}


# The award bodies a count may be asked of, as fans type them and as the reply names them.
_BODIES = {"emmy": "Emmy", "bafta": "BAFTA", "golden globe": "Golden Globe", "oscar": "Oscar", "sag": "SAG"}


def _asked_body(c: Composing) -> str | None:
    """The award body the question counts ("which has more bafta nominations"), typed as fans type it."""
    return next((w for w in _BODIES if c.has(w, w + "s")), None)


def _count(c: Composing, measure: Measure, side: Side) -> tuple[int, list[int], list[str]]:
    """How many of the measured things a side has, the articles that say so, and the people counted."""
    show = side.show
    if measure is Measure.AWARDS:
        body = _asked_body(c)
        held = ("won",) if _asks_wins(c) else ("won", "nominated")
        awards = [a for a in show.awards if a.outcome in held and (body is None or body in a.body.lower())]
        return len(awards), [a.article_id for a in awards], []
    role = "director" if measure is Measure.DIRECTORS else "actor"
    credits = [
        cr
        for cr in show.credits
        if cr.role == role and (side.season is None or not cr.seasons or str(side.season) in cr.seasons)
    ]
    people = dict.fromkeys(cr.person_id for cr in credits)
    names = [c.kb.people[p].name for p in people if p in c.kb.people]
    return len(people), [cr.article_id for cr in credits], names


def _asks_wins(c: Composing) -> bool:
    """Whether the awards compared are the ones won ("which won more emmys"), not all nominations."""
    return c.has("won", "win", "wins", "winning")


def _counted(n: int, what: str, names: list[str]) -> str:
    """'1 director on record (Euros Lyn)': a count with its people when there are few to name."""
    noun = what[:-1] if n == 1 else what
    return f"{n} {noun} on record ({', '.join(names)})" if 0 < len(names) <= 3 else f"{n} {noun} on record"


# Words asking which count is the bigger ("which has a bigger cast") or the smaller.
_MORE_WORDS = ("more", "most", "bigger", "biggest", "larger", "largest")
_FEWER_WORDS = ("fewer", "less", "fewest", "least", "smaller", "smallest")


def counts(c: Composing, measure: Measure, a: Side, b: Side) -> Answer:
    (na, ids_a, names_a), (nb, ids_b, names_b) = _count(c, measure, a), _count(c, measure, b)
    what = _COUNTED[measure] if not (measure is Measure.AWARDS and _asks_wins(c)) else "award wins"
    if measure is Measure.AWARDS and (body := _asked_body(c)) is not None:
        what = what.replace("award", _BODIES[body])  # "3 BAFTA nominations": the body asked, not all awards
    both = f"{a.label} has {_counted(na, what, names_a)} and {b.label} has {_counted(nb, what, names_b)}"
    fewer = c.has(*_FEWER_WORDS)
    if not (fewer or c.has(*_MORE_WORDS, "how many", "number", "same")):
        lead = f"{both}."  # "season 1 directors vs season 3": who, not which has more
    elif na == nb:
        lead = f"They have the same number: {both}."
    elif c.is_yes_no:
        yes = na > nb if not fewer else na < nb
        lead = f"{'Yes' if yes else 'No'}. {both}."
    elif c.has("how many more", "how many fewer", "how many less", "difference"):
        lead = f"{(a if na > nb else b).label} has {abs(na - nb)} more: {both}."
    elif fewer:  # "which has a smaller cast": the one with fewer is named
        lead = f"{(a if na < nb else b).label} has fewer: {both}."
    else:
        lead = f"{(a if na > nb else b).label} has more: {both}."
    return Answer(
        text=lead,
        kind="answer",
        intent=measure.value,
        confidence=0.9,
        answers=(str(na), str(nb)),
        sources=sources_for(c.kb, [*ids_a, *ids_b]),
    )


def ranked_episodes(sides: list[Side]) -> Answer:
    """Three or more seasons or shows ranked by episode count, most first."""
    counted = [(side, n) for side in sides if (n := episode_count(side)) is not None]
    counted.sort(key=lambda pair: pair[1], reverse=True)
    order = ", then ".join(f"{side.label} ({n} episodes)" for side, n in counted)
    lacking = [side.label for side in sides if episode_count(side) is None]
    text = f"Most episodes first: {order}." if counted else "I don't have episode counts for them."
    if lacking and counted:
        text += f" I don't have an episode count for {' or '.join(lacking)}."
    return Answer(text=text, kind="answer", intent="seasons", confidence=1.0,
                  answers=tuple(side.label for side, _ in counted))  # fmt: skip


_MOST_NAMED = 5  # categories named beside a count: a few, never a long list


def _categories(awards: list[AwardFact], wins: bool) -> str:
    """' (Music, Writing, Memorable Moment)': the categories counted, when the facts name a few."""
    names = [a.category for a in awards if a.category and (a.outcome == "won" or not wins)]
    return f" ({', '.join(names)})" if 0 < len(names) <= _MOST_NAMED else ""


def bodies_compared(c: Composing) -> Answer | None:
    """'more bafta noms than emmy noms?', 'more baftas or emmys for heartstopper?': one show's nominations
    (or wins, when asked) from the two award bodies the question names, in the order it names them."""
    show = c.res.shows[0] if len(c.res.shows) == 1 else c.show
    named = [(c.tokens.index(w), body) for w, body in AWARD_BODIES.items() if " " not in w and w in c.tokens]
    bodies = list(dict.fromkeys(body for _, body in sorted(named)))
    if show is None or len(bodies) != 2:
        return None
    wins = c.has("won", "win", "wins")
    noun = "wins" if wins else "nominations"
    records = {body: [a for a in show.awards if body.lower() in a.body.lower()] for body in bodies}
    lacking = [body for body in bodies if not records[body]]
    if lacking:
        return None  # no record either way: the plain award answer says what is known
    tally = {
        body: sum(1 for a in records[body] if a.outcome == "won" or (not wins and a.outcome == "nominated"))
        for body in bodies
    }
    first, second = bodies
    said = {body: count_in_words(n) if n else "no" for body, n in tally.items()}  # "three", as news prints it
    listed = {body: _categories(records[body], wins) for body in bodies}  # "what were they?" comes next
    both = f"{show.title} has {said[first]} {first} {noun}{listed[first]} and {said[second]} {second} {noun}"
    both += listed[second]
    top, low = sorted(bodies, key=lambda b: tally[b], reverse=True)
    fewer = c.has("fewer", "less", "fewest", "least")
    if tally[first] != tally[second] and c.has(*_DIFFERENCE_WORDS):
        lead = f"{tally[top] - tally[low]} more {top} {noun} than {low} {noun}: {both}."
        if c.is_yes_no:  # "did it get more X than Y, and by how many": the verdict, then the difference
            yes = tally[first] > tally[second] if not fewer else tally[first] < tally[second]
            lead = f"Yes, {lead}" if yes else f"No: {lead}"
    elif c.has("how many"):
        lead = f"{both}."  # "how many of each": the two counts, no verdict
    elif tally[first] == tally[second]:
        lead = f"The same number: {both}."
    elif c.is_yes_no or (c.tokens[:1] in (["more"], ["fewer"], ["less"]) and "than" in c.tokens):
        # "so more baftas than emmys then?": a claim put without its verb, checked as one
        yes = tally[first] > tally[second] if not fewer else tally[first] < tally[second]
        lead = f"{'Yes' if yes else 'No'}. {both}."
    else:
        lead = f"{'Fewer' if fewer else 'More'} {low if fewer else top} {noun}: {both}."
    ids = [a.article_id for body in bodies for a in records[body]]
    return Answer(
        text=lead,
        kind="answer",
        intent="awards",
        confidence=0.9,
        answers=(str(tally[first]), str(tally[second])),
        sources=sources_for(c.kb, ids),
        show_id=show.id,
    )
