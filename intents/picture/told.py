"""What Marquee says of a reported picture: the sentence for each thing asked of it, and the reply that cites
the article the show's facts come from. Both readers of the picture unit answer with these."""

from __future__ import annotations

from dataclasses import dataclass

from db.knowledge import Knowledge, ShowFacts
from intents.answer import Answer
from intents.picture.held import PICTURE_INTENT, Picture
from intents.query import join_names, latest_season_number, sources_for
from intents.timefmt import long_date

# A picture read out of a whole message of chatter is less surely what was asked than one asked outright.
FROM_CHATTER = 0.9
ASKED_OUTRIGHT = 1.0


def picture_reply(
    kb: Knowledge,
    show: ShowFacts,
    text: str,
    answers: tuple[str, ...],
    confidence: float,
    title: str | None = None,
) -> Answer:
    """The reply about a show's picture, citing the article the show's facts come from."""
    return Answer(
        text=text, kind="answer", intent=PICTURE_INTENT, confidence=confidence, answers=answers,
        sources=sources_for(kb, [show.article_id]), title=title, show_id=show.id,
    )  # fmt: skip


def describe(picture: Picture, show: ShowFacts) -> str:
    """The picture in one sentence: who posted what of which season, where and when, and whom it shows."""
    season = f" season {picture.season}" if picture.season is not None else ""
    where = f" on {picture.site}" if picture.site else ""
    when = f", reported on {long_date(picture.on)}" if picture.on else ""
    shows = f": it shows {' and '.join(picture.showing)}" if picture.showing else ""
    said = f"{picture.by} posted a {picture.what} of {show.title}{season}{where}{when}{shows}."
    return _capitalised(said)  # "The official Netflix X account posted ..."


def days_to_premiere(picture: Picture, show: ShowFacts) -> str | None:
    """The days from the picture's posting to its season's premiere, with both days; None without both."""
    premiere = next((r.on for r in show.releases if r.season == picture.season and r.on is not None), None)
    if picture.on is None or premiere is None:
        return None
    days = (premiere - picture.on).days
    posted = f"when the {picture.what} {picture.by} posted was reported"
    return (
        f"{days} days, from {long_date(picture.on)}, {posted}, to the premiere of {show.title} season"
        f" {picture.season} on {long_date(premiere)}."
    )


@dataclass(frozen=True, slots=True)
class PictureTold:
    """The picture's fact said for each thing a whole message asks of it."""

    kb: Knowledge
    picture: Picture
    show: ShowFacts

    @property
    def of(self) -> str:
        """ "Heartstopper season 3"."""
        season = self.picture.season
        return f"{self.show.title} season {season}" if season is not None else self.show.title

    @property
    def newest(self) -> bool:
        """Whether the picture is of the show's newest season."""
        return self.picture.season is not None and self.picture.season == latest_season_number(self.show)

    def _by(self) -> str:
        """ "the official Netflix X account" (with " on SITE" when the poster does not say it)."""
        by, site = self.picture.by, self.picture.site
        return f"{by} on {site}" if by and site and site not in by.split() else by

    def _shown(self) -> str:
        return join_names([f"{name}{_playing(self.kb, self.show, name)}" for name in self.picture.showing])

    def _reported(self) -> str:
        return f" (reported {long_date(self.picture.on)})" if self.picture.on else ""

    def people(self) -> str:
        """ "The behind-the-scenes photo of X season 3 shows A (Charlie) and B (Nick); Y posted it (...)."""
        posted = f"; {self._by()} posted it{self._reported()}" if self.picture.by else self._reported()
        return f"The {self.picture.what} of {self.of} shows {self._shown()}{posted}."

    def poster(self, other_site: str | None) -> str:
        """ "The official Netflix X account posted it (...): the behind-the-scenes photo of ..."."""
        if not self.picture.by:
            return self.people()
        lead = f"Not on {other_site}: {self._by()}" if other_site else _capitalised(self._by())
        what = f"the {self.picture.what} of {self.of}"
        return f"{lead} posted it{self._reported()}: {what}, showing {self._shown()}."

    def season(self) -> str:
        """ "It's from Heartstopper season 3, the newest season: ..."."""
        if self.picture.season is None:
            return self.people()
        newest = ", the newest season" if self.newest else ""
        return f"It's from {self.of}{newest}. {self.people()}"

    def when(self) -> str:
        """ "The behind-the-scenes photo of X was reported on DATE: ..."."""
        if self.picture.on is None:
            return self.people()
        by = f"{self._by()} posted it, showing" if self.picture.by else "it shows"
        day = long_date(self.picture.on)
        return f"The {self.picture.what} of {self.of} was reported on {day}: {by} {self._shown()}."

    def answer(self, text: str, answers: tuple[str, ...]) -> Answer:
        """The reply to a whole message about the picture."""
        return picture_reply(self.kb, self.show, text, answers, FROM_CHATTER)


def _playing(kb: Knowledge, show: ShowFacts, name: str) -> str:
    """ " (Charlie Spring)" for someone credited with a character in the show, else nothing."""
    for credit in show.credits:
        person = kb.people.get(credit.person_id)
        if credit.character and person is not None and person.name == name:
            return f" ({credit.character})"
    return ""


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
