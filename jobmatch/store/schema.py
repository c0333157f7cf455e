"""The tables of the follow-up log, as SQLAlchemy Core metadata (the latest revision).

The migrations in ``migrations/versions`` build exactly these tables; a test
compares the two. Dates are calendar dates (``Date``); times of audit
events are ISO 8601 text in UTC, so that the hash chain reads the same
bytes on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

placement = Table(
    "placement",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seeker", String(200), nullable=False),
    Column("workplace", String(200), nullable=False),
    Column("purpose", String(20)),
    Column("start", Date, nullable=False),
    Column("planned_end", Date),
    Column("hours", Float),
    Column("days_times", Text),
    Column("employer_contact", Text),
    Column("adviser", String(200), nullable=False, server_default=""),
    Column("status", String(10), nullable=False),
    Column("end_date", Date),
    Column("end_reason", String(20)),
    Column("score", Float),
    Column("confidence", Float),
    Column("components", Text),
    Column("engine_version", Integer),
    Column("engine_id", String(64)),
    Column("config_hash", String(64)),
    Column("vocabulary_hash", String(64)),
    Column("seeker_file_hash", String(64)),
    Column("workplace_file_hash", String(64)),
    Column("exclusions", Text),
    Column("override_reason", Text),
    Index("ix_placement_seeker", "seeker"),
    Index("ix_placement_workplace", "workplace"),
)

contact = Table(
    "contact",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("date", Date, nullable=False),
    Column("kind", String(30), nullable=False),
    Column("face_to_face", Boolean, nullable=False, server_default="0"),
    Column("adviser", String(200), nullable=False, server_default=""),
    Column("seeker", String(200)),
    Column("workplace", String(200)),
    Column("placement_id", Integer, ForeignKey("placement.id")),
    Column("note", Text),
    Column("next_date", Date),
    Index("ix_contact_seeker_date", "seeker", "date"),
    Index("ix_contact_workplace_date", "workplace", "date"),
    Index("ix_contact_placement", "placement_id"),
    Index("ix_contact_date", "date"),
    Index("ix_contact_kind_seeker", "kind", "seeker", "date"),
    Index("ix_contact_kind_workplace", "kind", "workplace", "date"),
)

outcome = Table(
    "outcome",
    metadata,
    Column("placement_id", Integer, ForeignKey("placement.id"), primary_key=True),
    Column("checkpoint", String(4), primary_key=True),
    Column("status", String(12), nullable=False),
    Column("hours", Float),
    Column("paid", Boolean),
    Column("ordinary", Boolean),
    Column("recorded", Date, nullable=False),
)

audit_event = Table(
    "audit_event",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("adviser", String(200), nullable=False),
    Column("command", String(40), nullable=False),
    Column("subjects", Text, nullable=False),
    Column("inputs_hash", String(64), nullable=False),
    Column("result_hash", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

audit_key = Table(
    "audit_key",
    metadata,
    Column("kind", String(10), primary_key=True),
    Column("ref", String(200), primary_key=True),
    Column("key", String(64), nullable=False),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

RECORD_TABLES = (placement, contact, outcome)
AUDIT_TABLES = (audit_event, audit_key, audit_head)
