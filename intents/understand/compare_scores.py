"""Comparisons of scores: two shows, a ranking of several, or one show's critics against its audience."""

from __future__ import annotations

from db.knowledge import RatingFact, ShowFacts
from intents.answer import Answer
from intents.query import sources_for
from intents.rating_sites import rotten_tomatoes_pair
from intents.understand.choice_first import offered_pair
from intents.understand.context import Composing
from intents.understand.gap_checks import holds_gap, points_bound
from intents.understand.sides import Side


def _rating(side: Side, c: Composing) -> RatingFact | None:
    site = "imdb" if c.has("imdb") else "rotten tomatoes"
    audience = bool(side.words & {"audience", "audiences", "fans", "viewers"}) or (
        c.has("audience") and not c.has("critics")
    )
    wanted = [r for r in side.show.ratings if site in r.source.lower()]
    if site == "rotten tomatoes":
        wanted = [r for r in wanted if (r.audience != "critics") == audience] or wanted
    return wanted[0] if wanted else None


def ranked(c: Composing, sides: list[Side]) -> Answer:
    """Three or more shows ranked by the asked score, highest first; those without it said so."""
    scored = [(side, r) for side in sides if (r := _rating(side, c)) is not None]
    lacking = [side.label for side in sides if _rating(side, c) is None]
    scored.sort(key=lambda pair: pair[1].value, reverse=True)
    order = ", then ".join(f"{side.label} ({_score(r)})" for side, r in scored)
    text = f"Highest first: {order}." if scored else "I don't have that score for any of them."
    if lacking and scored:
        text += f" I don't have that score for {' or '.join(lacking)}."
    return Answer(text=text, kind="answer", intent="ratings", confidence=1.0,
                  answers=tuple(side.show.title for side, _ in scored),
                  sources=sources_for(c.kb, [r.article_id for _, r in scored]))  # fmt: skip


def _score(r: RatingFact) -> str:
    if r.scale in ("%", "percent"):
        return f"{r.value:g}%"
    return f"{r.value:g}{r.scale}" if r.scale.startswith("/") else f"{r.value:g}/{r.scale}"


def ratings(c: Composing, a: Side, b: Side) -> Answer:
    """Two sides' scores compared; two seasons of one show are not, as a score is held for the whole show."""
    ra, rb = _rating(a, c), _rating(b, c)
    if a.show.id == b.show.id and a.label != b.label:  # "is season 3 rated higher than season 2"
        held = f" What I have: {a.show.title} has {_score(ra)} ({ra.source}, {ra.audience})." if ra else ""
        return Answer(
            text=f"I can't compare {a.label} with {b.label}: my facts hold scores for the whole show, not "
            f"season by season.{held}",
            kind="answer",
            intent="ratings",
            confidence=0.6,
            sources=sources_for(c.kb, [ra.article_id] if ra else []),
        )
    if ra is None or rb is None:
        lacking = " or ".join(s.show.title for s, r in ((a, ra), (b, rb)) if r is None)
        known = " ".join(
            f"{s.label} has {_score(r)} ({r.source}, {r.audience})."
            for s, r in ((a, ra), (b, rb))
            if r is not None
        )
        return Answer(
            text=f"I don't have that score for {lacking}, so I can't compare them. {known}".strip(),
            kind="answer",
            intent="ratings",
            confidence=0.6,
        )
    ids = [ra.article_id, rb.article_id]
    both = f"{a.label} has {_score(ra)} ({ra.source}, {ra.audience}) and {b.label} {_score(rb)}"
    # "does heartstopper or shogun have a better score": a choice between the two, not a yes or no
    yes_no = c.is_yes_no and offered_pair(c.res) is None
    if yes_no and c.has("same", "equal"):  # "do they have the same critics score?"
        lead = f"{'Yes' if ra.value == rb.value else 'No'}. {both}."
    elif ra.value == rb.value:
        lead = f"They're the same: {both}."
    elif yes_no:
        higher = ra.value > rb.value
        yes = higher if not c.has("lower", "worse") else not higher
        lead = f"{'Yes' if yes else 'No'}. {both}."
    elif c.has("difference", "by how much", "how much higher", "how many points", "how much more", "gap"):
        best = a if ra.value > rb.value else b
        points = f"{abs(ra.value - rb.value):g} point{'s' if abs(ra.value - rb.value) != 1 else ''}"
        lead = f"{best.label} is rated {points} higher: {both}."
    elif c.has("lower", "worse", "lowest", "worst"):  # "which is lower on imdb" names the lower one
        worst = a if ra.value < rb.value else b
        lead = f"{worst.label} is rated lower: {both}."
    else:
        best = a if ra.value > rb.value else b
        lead = f"{best.label} is rated higher: {both}."
    return Answer(
        text=lead,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(_score(ra), _score(rb)),
        sources=sources_for(c.kb, ids),
    )


def _first_index(tokens: list[str], words: tuple[str, ...]) -> int:
    return next((i for i, t in enumerate(tokens) if t in words), len(tokens))


def _only_show_scored(c: Composing) -> ShowFacts | None:
    """The one show with both a critics and an audience score, when no show is named or talked about."""
    scored = [
        show
        for show in c.kb.shows.values()
        if {r.audience == "critics" for r in show.ratings if "rotten" in r.source.lower()} == {True, False}
    ]
    return scored[0] if len(scored) == 1 else None


def _points_within(tokens: list[str]) -> int | None:
    """ "within 5 points": the points said after "within", or None."""
    if "within" not in tokens:
        return None
    after = tokens[tokens.index("within") + 1 :]
    return (
        int(after[0]) if after[:1] and after[0].isdigit() and after[1:2] in (["points"], ["point"]) else None
    )


# A choice of the two ways one score may stand against the other: the first named is placed.
_EITHER_WAY = ("higher or lower", "lower or higher", "better or worse", "worse or better", "above or below",
               "below or above")  # fmt: skip


def same_show_scores(c: Composing) -> Answer | None:
    show = c.res.shows[0] if c.res.shows else c.show or _only_show_scored(c)
    if show is None or (c.res.shows and len({s.id for s in c.res.shows}) > 1):
        return None
    if (pair := rotten_tomatoes_pair(show)) is None:
        return None
    critics, audience = pair
    higher = critics.value > audience.value
    asks_lower = c.has("lower", "worse", "below", "under")
    # The claim is about whichever score the question names first ("is its audience score lower than ..."),
    # unless that one is what the other is set against: "so that's lower than the critics one?" after the
    # audience score claims the audience score is the lower.
    named_audience = _first_index(c.tokens, ("audience", "audiences", "fans"))
    named_critics = _first_index(c.tokens, ("critics", "critic"))
    about_audience = named_audience < named_critics
    if min(named_audience, named_critics) > _first_index(c.tokens, ("than",)):
        about_audience = not about_audience
    claimed_higher = (not higher) if about_audience else higher
    yes = (not claimed_higher) if asks_lower else claimed_higher
    # "do critics or audiences like it more" offers a choice: no yes or no answers it.
    choice = "or" in c.tokens[:-1]  # ("... or nah" folds to a last "or": still a yes/no)
    verdict = ("Yes. " if yes else "No. ") if c.is_yes_no and not choice else ""
    which = "critics score" if higher else "audience score"
    side = "higher"
    if c.has(*_EITHER_WAY):
        # "is the critics score higher or lower than the audience score": the score named first, placed
        which = "audience score" if about_audience else "critics score"
        side = "higher" if claimed_higher else "lower"
        verdict = f"{side.capitalize()}: "
    elif not verdict and c.has("lower", "lowest", "worse", "worst"):
        # "which of the two is lower": the lower one named
        which, side = ("audience score" if higher else "critics score"), "lower"
    text = (
        f"{verdict}{show.title}'s {which} is {side} on Rotten Tomatoes: {_score(critics)} from critics and "
        f"{_score(audience)} from audiences."
    )
    if c.has(
        "difference",
        "gap",
        "how much higher",
        "how many points",
        "how much lower",
        "how much more",
        "by how much",
        "apart",
        "how far",
    ):
        points = abs(critics.value - audience.value)
        text = (
            f"{verdict}{show.title}'s critics score is {points:g} points {'higher' if higher else 'lower'} "
            "than its "
            f"audience score on Rotten Tomatoes: {_score(critics)} from critics and {_score(audience)} from "
            "audiences."
        )
    if (within := _points_within(c.tokens)) is not None:
        # "are the two scores within 5 points of each other?"
        near = abs(critics.value - audience.value) <= within
        text = f"{'Yes' if near else 'No'}. {show.title} scores {_score(critics)} from critics and "
        text += f"{_score(audience)} from audiences on Rotten Tomatoes{_apart(critics, audience)}."
    if c.is_yes_no and within is None and (bound := points_bound(c.tokens)) is not None:
        # "is the critics score more than 5 points above the audience one?": the order claimed and the gap
        below = c.has("lower", "worse", "below")
        ordered = below or c.has("higher", "better", "above")  # "is the gap over 5 points" claims no order
        order_holds = not ordered or claimed_higher != below
        fits = order_holds and holds_gap(abs(critics.value - audience.value), *bound)
        text = f"{'Yes' if fits else 'No'}. {show.title} scores {_score(critics)} from critics and "
        text += f"{_score(audience)} from audiences on Rotten Tomatoes{_apart(critics, audience)}."
    if c.is_yes_no and c.has("same", "equal", "identical"):
        # "are its critic and audience scores the same?"
        same = critics.value == audience.value
        text = f"{'Yes' if same else 'No'}. {show.title} scores {_score(critics)} from critics and "
        text += f"{_score(audience)} from audiences on Rotten Tomatoes."
    elif critics.value == audience.value:
        text = f"They're the same: {_score(critics)} from critics and from audiences."
    ids = [critics.article_id, audience.article_id]
    return Answer(
        text=text,
        kind="answer",
        intent="ratings",
        confidence=1.0,
        answers=(_score(critics), _score(audience)),
        sources=sources_for(c.kb, ids),
        show_id=show.id,
    )


def _apart(critics: RatingFact, audience: RatingFact) -> str:
    """ ", 2 points apart": the gap a check of it turned on ("is the gap bigger than 5 points?")."""
    points = abs(critics.value - audience.value)
    return f", {points:g} point{'s' if points != 1 else ''} apart" if points else ""
