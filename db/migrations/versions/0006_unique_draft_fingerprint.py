"""one draft per article: ingest_drafts.fingerprint becomes unique

Two concurrent ingests of one article could each insert a draft; a unique index makes the second one find the
first. Older duplicates are folded into the newest draft of each article first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Keep the newest draft of each article (the one `find_draft` already showed); its facts go with it.
    op.execute(
        "DELETE FROM ingest_draft_facts WHERE draft_id NOT IN "
        "(SELECT MAX(id) FROM ingest_drafts GROUP BY fingerprint)"
    )
    op.execute(
        "DELETE FROM ingest_drafts WHERE id NOT IN (SELECT MAX(id) FROM ingest_drafts GROUP BY fingerprint)"
    )
    with op.batch_alter_table("ingest_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingest_drafts_fingerprint"))
        batch_op.create_index(batch_op.f("ix_ingest_drafts_fingerprint"), ["fingerprint"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("ingest_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingest_drafts_fingerprint"))
        batch_op.create_index(batch_op.f("ix_ingest_drafts_fingerprint"), ["fingerprint"], unique=False)
