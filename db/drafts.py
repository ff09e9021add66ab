"""Draft facts from ingested articles, waiting for an admin to approve or reject them."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, DateTime, Enum, Float, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models import Base


class DraftStatus(enum.StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class IngestDraft(Base):
    """One ingested article: its `article` fact record and its draft facts, until an admin decides."""

    __tablename__ = "ingest_drafts"
    __table_args__ = (Index("ix_ingest_drafts_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[DraftStatus] = mapped_column(
        Enum(DraftStatus, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]),
        default=DraftStatus.PENDING,
    )
    # The article text's hash: one draft per article, so the same text ingested twice (even at the same
    # moment, by two processes) finds its earlier draft.
    fingerprint: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    outlet: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    main_show: Mapped[str | None] = mapped_column(String(500))
    # The JSON `article` record that approval imports ahead of the facts.
    article_record: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # What approval did ("24 facts imported, 1 skipped: ..."), for the review listing.
    outcome: Mapped[str | None] = mapped_column(Text)

    facts: Mapped[list[DraftFact]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftFact.position", lazy="raise"
    )


class DraftFact(Base):
    """One extracted fact: its JSON fact record, the sentence it came from and the extractor's confidence."""

    __tablename__ = "ingest_draft_facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("ingest_drafts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(Text)
    # Provenance shown to the admin only; never stored as product text.
    sentence: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    # An admin may drop single facts before approving the rest.
    accepted: Mapped[bool] = mapped_column(default=True)

    draft: Mapped[IngestDraft] = relationship(back_populates="facts", lazy="raise")
