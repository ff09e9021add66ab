"""PostgreSQL change notices: NOTIFY marquee_facts / marquee_settings after writes, for the shards' LISTEN

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 06:00:00

Triggers (statement-level for facts, row-level for guild settings) so every writer is covered: the bot,
`marquee catalog import`, `marquee facts review`, or psql. A NOTIFY is delivered when its transaction
commits and repeats within one transaction are folded into one. SQLite has no LISTEN; it keeps polling.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACT_TABLES = (
    "articles", "networks", "shows", "people", "releases", "seasons", "credits", "ratings", "awards",
    "other_work", "descriptors", "aliases",
)  # fmt: skip
SETTINGS_TABLES = ("guild_settings", "question_channels")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE OR REPLACE FUNCTION marquee_notify_facts() RETURNS trigger AS $$
        BEGIN PERFORM pg_notify('marquee_facts', ''); RETURN NULL; END $$ LANGUAGE plpgsql"""
    )
    op.execute(
        """CREATE OR REPLACE FUNCTION marquee_notify_settings() RETURNS trigger AS $$
        BEGIN
          PERFORM pg_notify('marquee_settings', COALESCE(NEW.guild_id, OLD.guild_id)::text);
          RETURN NULL;
        END $$ LANGUAGE plpgsql"""
    )
    for table in FACT_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION marquee_notify_facts()"
        )
    for table in SETTINGS_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION marquee_notify_settings()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in (*FACT_TABLES, *SETTINGS_TABLES):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS marquee_notify_facts()")
    op.execute("DROP FUNCTION IF EXISTS marquee_notify_settings()")
