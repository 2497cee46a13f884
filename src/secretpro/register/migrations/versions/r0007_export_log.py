"""The export log: every export of the supervisors' view (who, when, which filter, what digest).

A new table only; no existing row is rewritten, so the chain and its seal stay as they are.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ("entries_xlsx", "entries_csv", "report_pdf", "stats_json", "stats_csv")


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.CheckConstraint(f"kind IN ({', '.join(repr(k) for k in KINDS)})", name=op.f("ck_export_log_kind")),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_export_log_cpas_id_cpas")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_export_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index("ix_export_log_cpas_id_created_at", ["cpas_id", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_table("export_log")
