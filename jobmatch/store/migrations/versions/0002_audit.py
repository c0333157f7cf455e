"""The audit trail (hash-chained events, per-person keys) and indexes for ``due`` and ``report``.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contact_date", "contact", ["date"])
    op.create_index("ix_contact_kind_seeker", "contact", ["kind", "seeker", "date"])
    op.create_index("ix_contact_kind_workplace", "contact", ["kind", "workplace", "date"])
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("adviser", sa.String(200), nullable=False),
        sa.Column("command", sa.String(40), nullable=False),
        sa.Column("subjects", sa.Text, nullable=False),
        sa.Column("inputs_hash", sa.String(64), nullable=False),
        sa.Column("result_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_key",
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("ref", sa.String(200), primary_key=True),
        sa.Column("key", sa.String(64), nullable=False),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(
        sa.table("audit_head", sa.column("id"), sa.column("seq"), sa.column("hash")),
        [{"id": 1, "seq": 0, "hash": "0" * 64}],
    )


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_table("audit_key")
    op.drop_table("audit_event")
    op.drop_index("ix_contact_kind_workplace", "contact")
    op.drop_index("ix_contact_kind_seeker", "contact")
    op.drop_index("ix_contact_date", "contact")
