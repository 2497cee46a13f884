"""Replay entries: a past decision that the current rules decide differently (``register replay``).

Only the list of entry kinds changes; no row is rewritten, so the chain and its seal stay as they are.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
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
)
NEW_KINDS = (*OLD_KINDS, "replay")


def _set_kinds(values: Sequence[str]) -> None:
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_entries_kind"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_entries_kind"), f"kind IN ({', '.join(repr(v) for v in values)})"
        )


def upgrade() -> None:
    _set_kinds(NEW_KINDS)


def downgrade() -> None:
    op.execute("DELETE FROM entries WHERE kind = 'replay'")
    _set_kinds(OLD_KINDS)
