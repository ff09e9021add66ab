"""Drafts: save an article's extracted facts for review, then approve (import them) or reject them.

Approval reuses `import_fact_lines`, so approved facts are ordinary facts tied to their article; when two
articles disagree, readers prefer the one published most recently.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from db.drafts import DraftFact, DraftStatus, IngestDraft
from db.import_options import DEFAULT_MIN_CONFIDENCE as DEFAULT_MIN_CONFIDENCE
from db.importers.jsonl import ImportSummary, import_fact_lines
from db.models import Article
from ingest.model import Extraction
from ingest.records import article_record, fact_record, ordered_facts


class DraftError(ValueError):
    """A review action that cannot be done (unknown draft, already decided...), with the reason."""


@dataclass(frozen=True, slots=True)
class FactView:
    """One draft fact as shown to the admin."""

    id: int
    record: dict[str, Any]
    sentence: str
    confidence: float
    accepted: bool


@dataclass(frozen=True, slots=True)
class DraftView:
    """A draft and its facts."""

    id: int
    status: str
    outlet: str
    title: str
    url: str | None
    published_on: dt.date | None
    main_show: str | None
    created_at: dt.datetime | None
    outcome: str | None
    facts: tuple[FactView, ...]


def _view(draft: IngestDraft) -> DraftView:
    facts = tuple(
        FactView(f.id, json.loads(f.record), f.sentence, f.confidence, f.accepted) for f in draft.facts
    )
    return DraftView(
        draft.id, draft.status.value, draft.outlet, draft.title, draft.url, draft.published_on,
        draft.main_show, draft.created_at, draft.outcome, facts,
    )  # fmt: skip


async def _load(session: AsyncSession, draft_id: int) -> IngestDraft:
    draft = await session.scalar(
        select(IngestDraft).where(IngestDraft.id == draft_id).options(selectinload(IngestDraft.facts))
    )
    if draft is None:
        raise DraftError(f"there is no draft #{draft_id}")
    return draft


async def already_imported(session: AsyncSession, extraction: Extraction) -> bool:
    """Has an article with this exact text already been imported?"""
    found = await session.scalar(select(Article.id).where(Article.fingerprint == extraction.fingerprint))
    return found is not None


async def find_draft(session: AsyncSession, fingerprint: str) -> DraftView | None:
    """The newest draft of the article with this fingerprint, if any."""
    draft = await session.scalar(
        select(IngestDraft)
        .where(IngestDraft.fingerprint == fingerprint)
        .order_by(IngestDraft.id.desc())
        .options(selectinload(IngestDraft.facts))
        .limit(1)
    )
    return _view(draft) if draft else None


async def save_draft(
    session: AsyncSession,
    extraction: Extraction,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> DraftView:
    """Store the extraction as a pending draft (the caller commits): the article's one draft.

    A rejected draft of the same article is drafted afresh; a pending or approved one is returned as it is,
    also when another process is saving it at this moment (the unique fingerprint decides who drafts).
    """
    article = article_record(extraction, outlet, url, title)
    values: dict[str, Any] = {
        "status": DraftStatus.PENDING,
        "outlet": article["outlet"],
        "title": article["title"],
        "url": url,
        "published_on": extraction.published,
        "main_show": extraction.main_show,
        "article_record": json.dumps(article, ensure_ascii=False),
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    # INSERT .. ON CONFLICT DO NOTHING: of two concurrent ingests one inserts, the other waits and finds it.
    created = await session.scalar(
        insert(IngestDraft)
        .values(fingerprint=extraction.fingerprint, **values)
        .on_conflict_do_nothing(index_elements=["fingerprint"])
        .returning(IngestDraft.id)
    )
    draft = await session.scalar(
        select(IngestDraft)
        .where(IngestDraft.fingerprint == extraction.fingerprint)
        .options(selectinload(IngestDraft.facts))
        .execution_options(populate_existing=True)
    )
    if draft is None:  # pragma: no cover - the row was inserted or already there
        raise DraftError("the draft could not be saved")
    if created is None and draft.status != DraftStatus.REJECTED:
        return _view(draft)
    if created is None:  # a rejected draft of this article: draft it afresh
        for key, value in values.items():
            setattr(draft, key, value)
        draft.decided_at, draft.outcome = None, None
    draft.facts = [
        DraftFact(
            position=i,
            record=json.dumps(fact_record(f), ensure_ascii=False),
            sentence=f.sentence,
            confidence=f.confidence,
        )
        for i, f in enumerate(ordered_facts(extraction))
    ]
    await session.flush()
    return _view(await _load(session, draft.id))


async def list_drafts(
    session: AsyncSession, status: DraftStatus | None = DraftStatus.PENDING
) -> list[DraftView]:
    """Drafts (pending ones by default), oldest first."""
    query = select(IngestDraft).options(selectinload(IngestDraft.facts)).order_by(IngestDraft.id)
    if status is not None:
        query = query.where(IngestDraft.status == status)
    return [_view(d) for d in (await session.scalars(query)).all()]


async def get_draft(session: AsyncSession, draft_id: int) -> DraftView:
    """One draft with its facts."""
    return _view(await _load(session, draft_id))


async def approve_draft(
    session: AsyncSession, draft_id: int, drop: Iterable[int] = (), min_confidence: float = 0.0
) -> ImportSummary:
    """Import the draft's facts (except dropped ones and those below `min_confidence`); the caller commits."""
    draft = await _load(session, draft_id)
    if draft.status != DraftStatus.PENDING:
        raise DraftError(f"draft #{draft_id} is already {draft.status.value}")
    dropped = set(drop)
    unknown = dropped - {f.id for f in draft.facts}
    if unknown:
        raise DraftError(f"draft #{draft_id} has no fact(s) {', '.join(map(str, sorted(unknown)))}")
    # Claim the draft (pending -> approved) in one UPDATE: of two concurrent approvals only one imports.
    claimed = await session.execute(
        update(IngestDraft)
        .where(IngestDraft.id == draft_id, IngestDraft.status == DraftStatus.PENDING)
        .values(status=DraftStatus.APPROVED)
        .execution_options(synchronize_session=False)
    )
    if getattr(claimed, "rowcount", 1) == 0:
        raise DraftError(f"draft #{draft_id} was decided a moment ago")
    lines = [draft.article_record]
    for item in draft.facts:
        # A fact the admin already dropped while reviewing (Discord's fact menu) stays dropped.
        item.accepted = item.accepted and item.id not in dropped and item.confidence >= min_confidence
        if item.accepted:
            lines.append(item.record)
    summary = await import_fact_lines(session, lines)
    draft.status = DraftStatus.APPROVED
    draft.decided_at = dt.datetime.now(dt.UTC)
    draft.outcome = _describe(summary)
    await session.flush()
    return summary


async def set_dropped(
    session: AsyncSession, draft_id: int, dropped: Iterable[int], among: Iterable[int] | None = None
) -> DraftView:
    """Mark which of a pending draft's facts (those in `among`, default all) will not be imported; the
    others will. The caller commits; approval then imports only the kept facts."""
    draft = await _load(session, draft_id)
    if draft.status != DraftStatus.PENDING:
        raise DraftError(f"draft #{draft_id} is already {draft.status.value}")
    chosen, scope = set(dropped), set(among) if among is not None else {f.id for f in draft.facts}
    unknown = chosen - {f.id for f in draft.facts}
    if unknown:
        raise DraftError(f"draft #{draft_id} has no fact(s) {', '.join(map(str, sorted(unknown)))}")
    for item in draft.facts:
        if item.id in scope:
            item.accepted = item.id not in chosen
    await session.flush()
    return _view(draft)


async def reject_draft(session: AsyncSession, draft_id: int) -> None:
    """Mark a pending draft rejected; nothing is imported (the caller commits)."""
    draft = await _load(session, draft_id)
    if draft.status != DraftStatus.PENDING:
        raise DraftError(f"draft #{draft_id} is already {draft.status.value}")
    draft.status = DraftStatus.REJECTED
    draft.decided_at = dt.datetime.now(dt.UTC)
    draft.outcome = "rejected"
    await session.flush()


def _describe(summary: ImportSummary) -> str:
    if summary.articles_already_present:
        return "the article was already imported; nothing new was added"
    text = f"{summary.facts} facts imported"
    if summary.facts_present:
        text += f", {summary.facts_present} already known"
    if summary.skipped:
        text += f", {len(summary.skipped)} skipped (" + "; ".join(r for _n, r in summary.skipped[:3]) + ")"
    return text
