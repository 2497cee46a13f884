"""Interview drafts, authors' display names, answers linked to what they answer.

* ``interview_drafts``: interviews in progress a worker saved by name (encrypted name and state),
  outside the chain;
* ``users.display_name``: how documents and the case timeline name an author (none: the username);
* ``entry_summaries.answers_entry``: the request or document sent that an answer received answers.
  No answer recorded before this revision names one, so the new column is empty and every summary
  stays right as it is.

New tables and nullable columns only; no entry is rewritten, so the chain and its seal stay as
they are.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "interview_drafts",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("rule", sa.String(length=64), nullable=False),
        sa.Column("name_enc", sa.LargeBinary(), nullable=False),
        sa.Column("state_enc", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_interview_drafts_cpas_id_cpas")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_interview_drafts_user_id_users")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_files.id"], name=op.f("fk_interview_drafts_case_id_case_files")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_drafts")),
    )
    with op.batch_alter_table("interview_drafts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interview_drafts_user_id_updated_at", ["user_id", "updated_at"], unique=False
        )
        batch_op.create_index("ix_interview_drafts_case_id", ["case_id"], unique=False)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display_name", sa.String(length=200), nullable=True))
    with op.batch_alter_table("entry_summaries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answers_entry", sa.String(length=32), nullable=True))


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN on both databases (SQLite ≥ 3.35): no copy of ``users``, which the
    # entries reference (SQLite refuses to drop a referenced table with foreign keys enforced).
    op.drop_column("entry_summaries", "answers_entry")
    op.drop_column("users", "display_name")
    op.drop_table("interview_drafts")
