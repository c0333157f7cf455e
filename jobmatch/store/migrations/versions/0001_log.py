"""The first log: placements, contacts and outcomes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "placement",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("seeker", sa.String(200), nullable=False),
        sa.Column("workplace", sa.String(200), nullable=False),
        sa.Column("purpose", sa.String(20)),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("planned_end", sa.Date),
        sa.Column("hours", sa.Float),
        sa.Column("days_times", sa.Text),
        sa.Column("employer_contact", sa.Text),
        sa.Column("adviser", sa.String(200), nullable=False, server_default=""),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("end_date", sa.Date),
        sa.Column("end_reason", sa.String(20)),
        sa.Column("score", sa.Float),
        sa.Column("confidence", sa.Float),
        sa.Column("components", sa.Text),
        sa.Column("engine_version", sa.Integer),
        sa.Column("engine_id", sa.String(64)),
        sa.Column("config_hash", sa.String(64)),
        sa.Column("vocabulary_hash", sa.String(64)),
        sa.Column("seeker_file_hash", sa.String(64)),
        sa.Column("workplace_file_hash", sa.String(64)),
        sa.Column("exclusions", sa.Text),
        sa.Column("override_reason", sa.Text),
    )
    op.create_index("ix_placement_seeker", "placement", ["seeker"])
    op.create_index("ix_placement_workplace", "placement", ["workplace"])
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("face_to_face", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("adviser", sa.String(200), nullable=False, server_default=""),
        sa.Column("seeker", sa.String(200)),
        sa.Column("workplace", sa.String(200)),
        sa.Column("placement_id", sa.Integer, sa.ForeignKey("placement.id")),
        sa.Column("note", sa.Text),
        sa.Column("next_date", sa.Date),
    )
    op.create_index("ix_contact_seeker_date", "contact", ["seeker", "date"])
    op.create_index("ix_contact_workplace_date", "contact", ["workplace", "date"])
    op.create_index("ix_contact_placement", "contact", ["placement_id"])
    op.create_table(
        "outcome",
        sa.Column("placement_id", sa.Integer, sa.ForeignKey("placement.id"), primary_key=True),
        sa.Column("checkpoint", sa.String(4), primary_key=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("hours", sa.Float),
        sa.Column("paid", sa.Boolean),
        sa.Column("ordinary", sa.Boolean),
        sa.Column("recorded", sa.Date, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("outcome")
    op.drop_table("contact")
    op.drop_table("placement")
