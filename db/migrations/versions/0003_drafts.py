"""ingest drafts: articles and their extracted facts awaiting review

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
# 0002 does not exist yet; whoever adds it must chain it (0001 -> 0002 -> 0003) and update this line.
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ingest_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("pending", "approved", "rejected", name="draftstatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("main_show", sa.String(length=500), nullable=True),
        sa.Column("article_record", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ingest_drafts", schema=None) as batch_op:
        batch_op.create_index("ix_ingest_drafts_status", ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_ingest_drafts_fingerprint"), ["fingerprint"], unique=False)

    op.create_table(
        "ingest_draft_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["draft_id"], ["ingest_drafts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ingest_draft_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ingest_draft_facts_draft_id"), ["draft_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ingest_draft_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingest_draft_facts_draft_id"))
    op.drop_table("ingest_draft_facts")
    with op.batch_alter_table("ingest_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ingest_drafts_fingerprint"))
        batch_op.drop_index("ix_ingest_drafts_status")
    op.drop_table("ingest_drafts")
