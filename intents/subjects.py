"""Which show, person or character a question is about: named, implied by a person or a character, or the
conversation's; the default show only for a conversation that has named nothing."""

from __future__ import annotations

import datetime as dt
import functools

from db.knowledge import Knowledge, PersonFacts, ShowFacts
from intents.dialogue import Conversation
from intents.fitting_shows import fitting_show
from intents.known_words import DOMAIN_WORDS
from intents.linking import EntityIndex
from intents.query import Query, parse_seasons
from intents.registry import Intent, Subject
from intents.resolve import Resolution
from intents.seasons import SeasonRef, find_season
from intents.text import STOPWORDS, fold
from intents.title_words import FRANCHISES


def show_the_words_name(
    shows: list[ShowFacts], tokens: list[str], ignore: frozenset[str] = frozenset()
) -> ShowFacts | None:
    """Of a person's shows, the one whose title or synopsis the question's words name ("the marvel one")."""
    words = set(tokens) - STOPWORDS - DOMAIN_WORDS - ignore
    words |= {w for token in words for w in FRANCHISES.get(token, ())}
    for show in shows:
        if words & set(fold(f"{show.title} {show.synopsis or ''}").split()):
            return show
    return None


def newest_show(shows: list[ShowFacts]) -> ShowFacts:
    """The show with the latest dated release."""
    return max(shows, key=lambda s: max((r.on or dt.date.min for r in s.releases), default=dt.date.min))


_MOST_SEASONS_NAMED = 4
_TALKED_ABOUT_DAYS = 90  # how far from today a season's premiere makes it the one a bare "season 3" means


class Subjects:
    """Chooses the subject of a question from what it names and what the conversation holds."""

    def __init__(self, kb: Knowledge, index: EntityIndex, best_show: ShowFacts | None) -> None:
        self.kb = kb
        self.index = index
        self.best_show = best_show

    def only_show(self) -> ShowFacts | None:
        """The show the facts are mostly about (more facts than all other shows together), which a question
        naming none may mean; None when the database holds several shows of its own."""
        return self._only_show

    @functools.cached_property
    def _only_show(self) -> ShowFacts | None:
        # Summed once per snapshot (as best_show is chosen once): a 40k-title catalog takes milliseconds.
        best = self.best_show
        others = sum(s.fact_count for s in self.kb.shows.values()) - (best.fact_count if best else 0)
        return best if best is not None and best.fact_count > others else None

    def settled(self, conv: Conversation, default_show: str | None) -> bool:
        """Whether a question naming no show has one to mean: the conversation's, the default or the only
        one."""
        return bool(conv.last_show_id or conv.people or conv.unknown or default_show or self.only_show())

    def implied_show(
        self, res: Resolution, conv: Conversation, default_show: str | None, today: dt.date | None = None
    ) -> ShowFacts | None:
        """The show a question that names none is about; none when it names something unknown instead."""
        if res.named_runs or res.unknown_title or conv.unknown:  # "the same" names nothing
            return None
        if res.characters:
            return self.kb.shows.get(res.characters[0].show_id)
        if res.people:
            return self.show_of(res.people[0], res)
        titled = None if conv.named_anything else self.news_title_in(res.tokens)
        return titled or self.context_show(conv, default_show, res, today)

    def fill(
        self, q: Query, res: Resolution, intent: Intent, conv: Conversation, default_show: str | None
    ) -> None:
        """Put the question's show, season, person and character on the query."""
        q.season = res.season.number if res.season else None
        q.latest_season = bool(res.season and res.season.latest)
        if res.shows:
            q.show, q.show_named = res.shows[0], True
        preferred = q.show.id if q.show else conv.last_show_id
        if res.characters:
            in_show = [c for c in res.characters if c.show_id == preferred]
            q.character = (in_show or res.characters)[0]
        if res.people:
            q.person = res.people[0]
            q.extra_people = res.people[1:]
        if q.show is None and q.character is not None and intent.subject is Subject.SHOW:
            q.show = self.kb.shows.get(q.character.show_id)
        if q.show is None and q.person is not None and intent.subject is Subject.SHOW and not conv.unknown:
            # Not while the subject is a show nobody knows: "whos the director, euros lyn?" asks about it.
            # The show the conversation is about, when they are in it ("is joe locke in agatha?" ... "who's
            # he starring opposite"), before their newest.
            q.show = self.show_of(q.person, res, conv.last_show_id)
        if q.show is None and not conv.named_anything:
            # A news show whose title is an ordinary word ("Star", "Episodes") is not linked as a name; with
            # nothing else named, its title in the question beats the default show.
            q.show = self.news_title_in(res.tokens)
        if q.show is None:
            q.show = self.context_show(conv, default_show, res, q.today)
            q.show_in_conversation = q.show is not None and q.show.id == conv.last_show_id

    def news_title_in(self, tokens: list[str]) -> ShowFacts | None:
        """A news show whose whole title is a run of the question's words, longest first."""
        for size in range(min(len(tokens), 6), 0, -1):
            for start in range(len(tokens) - size + 1):
                words = tokens[start : start + size]
                if all(w in STOPWORDS for w in words):
                    continue
                for ref in self.index.names.get(" ".join(words), []):
                    show = self.kb.shows.get(ref.id) if ref.kind == "show" else None
                    if (
                        show is not None
                        and show.article_id is not None
                        and self.kb.from_news(show.article_id)
                    ):
                        return show
        return None

    def show_of(self, person: PersonFacts, res: Resolution, talked: int | None = None) -> ShowFacts | None:
        """The show a question about a person's show means: one whose words it uses, else the one talked about
        (`talked`) when they are in it, else the newest."""
        ids = [c.show_id for c in person.credits] + [w.show_id for w in person.work if w.show_id]
        shows = [self.kb.shows[i] for i in dict.fromkeys(ids) if i in self.kb.shows]
        if not shows:
            return None
        in_talk = next((s for s in shows if s.id == talked), None)
        return show_the_words_name(shows, res.tokens) or in_talk or newest_show(shows)

    def context_show(
        self,
        conv: Conversation,
        default_show: str | None,
        res: Resolution | None = None,
        today: dt.date | None = None,
    ) -> ShowFacts | None:
        """The conversation's show; the default show only for a conversation that has named nothing yet (or,
        with none set, what the question `res` asks picks: the best-covered show whose facts hold it, else the
        show whose season it names premieres nearest today)."""
        if conv.unknown or (conv.unclear and not conv.named_anything):
            return None  # "it" is the show nobody knows (or one not understood): never another show's facts
        if conv.last_show_id is not None and conv.last_show_id in self.kb.shows:
            return self.kb.shows[conv.last_show_id]
        if conv.people and conv.people[0] in self.kb.people:
            person = self.kb.people[conv.people[0]]
            return self.show_of(person, Resolution([], None, []))
        if default_show:
            for ref in self.index.names.get(fold(default_show), []):
                if ref.kind == "show":
                    return self.kb.shows[ref.id]
        picked = (self._fitting(res) or self._season_show(res, today)) if res is not None else None
        return picked or self.best_show

    def _fitting(self, res: Resolution) -> ShowFacts | None:
        # The show whose facts answer what is asked ("the critics and audience scores"), of several.
        return fitting_show(self.kb, res.tokens) if self.only_show() is None else None

    def _season_show(self, res: Resolution, today: dt.date | None) -> ShowFacts | None:
        """ "s3 dir?", "is season 3 out?" naming no show: the news show whose season of that number premieres
        nearest today, within a few months (the one fans are talking about); None when none is that near."""
        number = res.season.number if res.season is not None else None
        # "is the new season out in november?": a new season of no number is a returning show's (a first
        # season is a new show) still to come, the one premiering soonest.
        newest = res.season is not None and res.season.latest and number is None
        if (number is None and not newest) or today is None:
            return None
        # "compare s2 and s3": a show holding every season named, when one does (not one holding only s2).
        named = _seasons_named(res.tokens, res.season) if res.season is not None else []
        holding_all = [
            show for show in self.kb.shows.values() if all(_holds(show, n, credited=True) for n in named)
        ]
        several = len(named) > 1 and bool(holding_all)
        shows = holding_all if several else list(self.kb.shows.values())
        wanted = set(named) if several else {number}  # whose named season premieres nearest today
        dated = [
            (abs((r.on - today).days), show.id)
            for show in shows
            if show.article_id is not None and self.kb.from_news(show.article_id)
            for r in show.releases
            if r.on is not None and ((r.season or 1) > 1 and r.on >= today if newest else r.season in wanted)
        ]
        near = min((d for d in dated if d[0] <= _TALKED_ABOUT_DAYS), default=None)
        if near is not None or number is None:
            return self.kb.shows[near[1]] if near is not None else None
        # "did s1 and s3 come out on the same weekday": the one show whose facts hold a season so numbered.
        holders = holding_all if several else [show for show in shows if _holds(show, number)]
        return holders[0] if len(holders) == 1 else None


def _holds(show: ShowFacts, number: int, credited: bool = False) -> bool:
    """Whether the show's facts hold a season of that number: a release, a season's facts, or (when
    `credited`) someone credited on it."""
    return (
        any(r.season == number for r in show.releases)
        or any(s.number <= number <= (s.through or s.number) for s in show.seasons)
        or (credited and any(number in parse_seasons(c.seasons) for c in show.credits))
    )


def _seasons_named(tokens: list[str], first: SeasonRef) -> list[int]:
    """The numbers of the seasons a question names, the first one found and any after it ("s2 and s3")."""
    numbers: list[int] = []
    words = list(tokens)
    season: SeasonRef | None = first
    while season is not None and len(numbers) < _MOST_SEASONS_NAMED:
        if season.number is not None:
            numbers.append(season.number)
        words[season.start : season.end] = ["-"] * (season.end - season.start)  # found: set aside
        season = find_season(words)
    return numbers
