"""Messages held by the mail relay (``secretpro mail-relay``), and their four entry kinds.

A new table (message, envelope and report encrypted with the register key) and a longer list of
entry kinds; no existing row is rewritten, so the chain and its seal stay as they are.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = (
    "request_incoming",
    "request_outgoing",
    "decision",
    "document_sent",
    "answer_received",
    "correction",
    "tombstone",
    "case_opened",
    "replay",
)
MAIL_KINDS = ("mail_held", "mail_released", "mail_returned", "mail_replaced")
NEW_KINDS = (*OLD_KINDS, *MAIL_KINDS)


def _set_kinds(values: Sequence[str]) -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_entries_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_entries_kind"), f"kind IN ({', '.join(repr(v) for v in values)})"
        )


def upgrade() -> None:
    _set_kinds(NEW_KINDS)
    op.create_table(
        "held_messages",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("profile", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("categories", sa.String(length=300), nullable=False),
        sa.Column("envelope_enc", sa.LargeBinary(), nullable=False),
        sa.Column("message_enc", sa.LargeBinary(), nullable=False),
        sa.Column("report_enc", sa.LargeBinary(), nullable=False),
        sa.Column("held_entry_id", sa.String(length=32), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decision_entry_id", sa.String(length=32), nullable=True),
        sa.Column("notice_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('held', 'released', 'returned', 'replaced')", name=op.f("ck_held_messages_status")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_files.id"], name=op.f("fk_held_messages_case_id_case_files")
        ),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_held_messages_cpas_id_cpas")),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"], name=op.f("fk_held_messages_decided_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_held_messages")),
    )
    with op.batch_alter_table("held_messages", schema=None) as batch_op:
        batch_op.create_index("ix_held_messages_cpas_id_status", ["cpas_id", "status"], unique=False)


def downgrade() -> None:
    op.drop_table("held_messages")
    op.execute(f"DELETE FROM entries WHERE kind IN ({', '.join(repr(k) for k in MAIL_KINDS)})")
    _set_kinds(OLD_KINDS)
