"""Entry summaries: what the supervisors' figures count of each entry, in plain indexed columns.

A new table, filled from the existing entries (``summaries.rebuild``, in pages, corrections and
purges applied as the figures apply them). No entry is rewritten: the chain and its seal stay as
they are.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from secretpro.register.summaries import rebuild

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The table as this revision creates it: the backfill writes these columns only, whatever later
# revisions add.
entry_summaries = sa.table(
    "entry_summaries",
    sa.column("entry_id", sa.String),
    sa.column("cpas_id", sa.Integer),
    sa.column("case_id", sa.String),
    sa.column("seq", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("day", sa.Date),
    sa.column("month", sa.String),
    sa.column("author_id", sa.Integer),
    sa.column("requester", sa.String),
    sa.column("rule", sa.String),
    sa.column("outcome", sa.String),
    sa.column("step", sa.String),
    sa.column("rules_version", sa.String),
    sa.column("oe_step", sa.String),
    sa.column("oe_last", sa.Boolean),
    sa.column("worker_first", sa.Boolean),
    sa.column("pair_plain", sa.Boolean),
    sa.column("pair_request", sa.Boolean),
)


INDEXES = {
    "ix_entry_summaries_counts": (
        "cpas_id",
        "kind",
        "rule",
        "requester",
        "outcome",
        "step",
        "rules_version",
        "month",
        "day",
        "author_id",
        "case_id",
        "pair_plain",
        "pair_request",
    ),
    "ix_entry_summaries_workers": ("cpas_id", "author_id", "case_id", "kind", "day", "requester", "rule"),
    "ix_entry_summaries_period": (
        "cpas_id",
        "day",
        "kind",
        "author_id",
        "case_id",
        "rule",
        "requester",
        "outcome",
        "step",
        "rules_version",
        "month",
    ),
    "ix_entry_summaries_first": ("cpas_id", "worker_first", "author_id", "pair_plain", "pair_request"),
    "ix_entry_summaries_decision_pairs": (
        "cpas_id",
        "pair_plain",
        "pair_request",
        "kind",
        "rule",
        "author_id",
        "case_id",
    ),
    "ix_entry_summaries_awaiting": ("cpas_id", "oe_last", "oe_step", "day", "case_id", "author_id"),
}


def upgrade() -> None:
    op.create_table(
        "entry_summaries",
        sa.Column("entry_id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("requester", sa.String(), nullable=True),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("step", sa.String(), nullable=True),
        sa.Column("rules_version", sa.String(), nullable=True),
        sa.Column("oe_step", sa.String(length=8), nullable=True),
        sa.Column("oe_last", sa.Boolean(), nullable=False),
        sa.Column("worker_first", sa.Boolean(), nullable=False),
        sa.Column("pair_plain", sa.Boolean(), nullable=False),
        sa.Column("pair_request", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_summaries_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_entry_summaries")),
    )
    # Filled with the case index only (marking each case's last exchange with the OE and each
    # worker's first row looks the case up); the other indexes are built once, after.
    op.create_index("ix_entry_summaries_case_id_seq", "entry_summaries", ["case_id", "seq"], unique=False)
    rebuild(op.get_bind(), entry_summaries)
    # One index per figure, each covering what it reads (see ``models.EntrySummary``).
    for name, columns in INDEXES.items():
        op.create_index(name, "entry_summaries", list(columns), unique=False)


def downgrade() -> None:
    op.drop_table("entry_summaries")
