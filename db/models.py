"""SQLAlchemy 2.0 typed models: shows, people, credits and every other fact, each tied to its article."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.fact_keys import FACT_KEYS


def _fact_key(table: str) -> Index:
    # The unique key migration 0004 creates (expressions, so the model and the database agree).
    name, keys = FACT_KEYS[table]
    return Index(name, *(text(k) for k in keys), unique=True)


def _enum(cls: type[enum.StrEnum], length: int) -> Enum:
    # Store the readable values ("actor"), not the member names, as portable VARCHARs.
    return Enum(cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    """Declarative base for all Marquee tables."""


class ShowKind(enum.StrEnum):
    SERIES = "series"
    FILM = "film"


class Role(enum.StrEnum):
    ACTOR = "actor"
    DIRECTOR = "director"
    CREATOR = "creator"
    WRITER = "writer"
    NOVELIST = "novelist"
    STORY_CONSULTANT = "story_consultant"
    SHOWRUNNER = "showrunner"
    EXECUTIVE_PRODUCER = "executive_producer"
    PRODUCER = "producer"
    COMPOSER = "composer"


class AwardOutcome(enum.StrEnum):
    NOMINATED = "nominated"
    WON = "won"
    NONE = "none"  # reported as never nominated by this body


class EntityKind(enum.StrEnum):
    SHOW = "show"
    PERSON = "person"
    CHARACTER = "character"
    NETWORK = "network"


class Article(Base):
    """A news article (or catalog) that facts were taken from."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    # "news" for articles (and the hand-written seed), "catalog" for bulk knowledge bases, "admin" for a
    # fact an admin added by hand (`marquee facts add`, `!fact add`), its outlet naming the admin.
    kind: Mapped[str] = mapped_column(String(20), default="news", server_default="news")
    # A hash of the source text (or a catalog name) makes re-imports idempotent.
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Network(Base):
    """A broadcaster or streaming service."""

    __tablename__ = "networks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Show(Base):
    """A TV series or a film."""

    __tablename__ = "shows"
    __table_args__ = (UniqueConstraint("title", "year_key", name="uq_show_title_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), index=True)
    # 0 when the year is unknown; lets two films with one title stay distinct when years differ.
    year_key: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[ShowKind] = mapped_column(_enum(ShowKind, 20))
    synopsis: Mapped[str | None] = mapped_column(Text)
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))

    network: Mapped[Network | None] = relationship(lazy="raise")


class Release(Base):
    """A premiere or release date of a show (season NULL) or of one season."""

    __tablename__ = "releases"
    __table_args__ = (Index("ix_release_show_season", "show_id", "season"), _fact_key("releases"))

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    season: Mapped[int | None] = mapped_column(Integer)
    released_on: Mapped[dt.date | None] = mapped_column(Date)
    # Catalog films often know only the year.
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Season(Base):
    """A season of a series and its episode count."""

    __tablename__ = "seasons"
    __table_args__ = (UniqueConstraint("show_id", "number", "article_id", name="uq_season_article"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    # A fact may cover a span of seasons ("16 episodes across seasons 1-2").
    through: Mapped[int | None] = mapped_column(Integer)
    episode_count: Mapped[int | None] = mapped_column(Integer)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Person(Base):
    """An actor, director, writer or other credited person."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    summary: Mapped[str | None] = mapped_column(Text)


class Credit(Base):
    """A person's role on a show: actor (with character), director (with seasons/episodes), creator..."""

    __tablename__ = "credits"
    __table_args__ = (
        Index("ix_credit_show_role", "show_id", "role"),
        Index("ix_credit_person", "person_id"),
        _fact_key("credits"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    role: Mapped[Role] = mapped_column(_enum(Role, 40))
    character: Mapped[str | None] = mapped_column(String(300))
    # Directors: which seasons ("1-2", "3") and how many episodes.
    seasons: Mapped[str | None] = mapped_column(String(50))
    episode_count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(500))
    billing: Mapped[int] = mapped_column(Integer, default=100)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Rating(Base):
    """A score from a source: Rotten Tomatoes critics/audience, IMDb..."""

    __tablename__ = "ratings"
    __table_args__ = (_fact_key("ratings"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(100))
    audience: Mapped[str] = mapped_column(String(50))  # "critics", "audience", "users"
    value: Mapped[float] = mapped_column(Float)
    scale: Mapped[str] = mapped_column(String(10))  # "%" or "/10"
    votes: Mapped[str | None] = mapped_column(String(50))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Award(Base):
    """An award nomination or win, or a reported absence of nominations from a body."""

    __tablename__ = "awards"
    __table_args__ = (_fact_key("awards"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(String(100))
    category: Mapped[str | None] = mapped_column(String(200))
    outcome: Mapped[AwardOutcome] = mapped_column(_enum(AwardOutcome, 20))
    year: Mapped[int | None] = mapped_column(Integer)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class OtherWork(Base):
    """Something else a person worked on, optionally linked to a show Marquee knows."""

    __tablename__ = "other_work"
    __table_args__ = (_fact_key("other_work"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    show_id: Mapped[int | None] = mapped_column(ForeignKey("shows.id", ondelete="SET NULL"))
    role: Mapped[str | None] = mapped_column(String(200))
    network: Mapped[str | None] = mapped_column(String(200))
    released_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(500))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Descriptor(Base):
    """A genre, language or keyword tag of a show (catalog data)."""

    __tablename__ = "descriptors"
    __table_args__ = (
        UniqueConstraint("show_id", "kind", "value", name="uq_descriptor"),
        Index("ix_descriptor_kind_value", "kind", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    show_id: Mapped[int] = mapped_column(ForeignKey("shows.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # "genre", "language", "tag", "imdb_votes"
    value: Mapped[str] = mapped_column(String(300))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))


class Alias(Base):
    """Another name that should find an entity: a nickname, a spelling, a short title."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_kind", "entity_id", "alias", name="uq_alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_kind: Mapped[EntityKind] = mapped_column(_enum(EntityKind, 20))
    # For characters the id is the credit id.
    entity_id: Mapped[int] = mapped_column(Integer)
    alias: Mapped[str] = mapped_column(String(300))


class GuildSettings(Base):
    """Per-server settings kept by the Discord adapter."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    prefix: Mapped[str | None] = mapped_column(String(10))
    default_show: Mapped[str | None] = mapped_column(String(500))
    timezone: Mapped[str | None] = mapped_column(String(64))


class QuestionChannel(Base):
    """A channel where an admin enabled free-form questions."""

    __tablename__ = "question_channels"

    guild_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("guild_settings.guild_id", ondelete="CASCADE"), primary_key=True
    )
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
