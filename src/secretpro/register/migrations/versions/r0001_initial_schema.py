"""Initial schema of the register: CPAS, users, API tokens, case files, hash-chained entries.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "cpas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cpas")),
        sa.UniqueConstraint("name", name=op.f("uq_cpas_name")),
    )
    op.create_table(
        "register_meta",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_register_meta")),
    )
    op.create_table(
        "chain_heads",
        sa.Column("cpas_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_chain_heads_cpas_id_cpas")),
        sa.PrimaryKeyConstraint("cpas_id", name=op.f("pk_chain_heads")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "role IN ('social_worker', 'supervisor', 'administrator')", name=op.f("ck_users_role")
        ),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_users_cpas_id_cpas")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_cpas_id"), ["cpas_id"], unique=False)

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_api_tokens_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_files",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("subject_name_enc", sa.LargeBinary(), nullable=True),
        sa.Column("subject_nn_enc", sa.LargeBinary(), nullable=True),
        sa.Column("subject_nn_lookup", sa.String(length=64), nullable=True),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_case_files_cpas_id_cpas")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_case_files_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_files")),
        sa.UniqueConstraint(
            "cpas_id", "subject_nn_lookup", name=op.f("uq_case_files_cpas_id_subject_nn_lookup")
        ),
    )
    with op.batch_alter_table("case_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_files_cpas_id"), ["cpas_id"], unique=False)

    op.create_table(
        "entries",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("cpas_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("corrects", sa.String(length=32), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('request_incoming', 'request_outgoing', 'decision', 'document_sent', "
            "'answer_received', 'correction', 'tombstone')",
            name=op.f("ck_entries_kind"),
        ),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_entries_author_id_users")),
        sa.ForeignKeyConstraint(["case_id"], ["case_files.id"], name=op.f("fk_entries_case_id_case_files")),
        sa.ForeignKeyConstraint(["corrects"], ["entries.id"], name=op.f("fk_entries_corrects_entries")),
        sa.ForeignKeyConstraint(["cpas_id"], ["cpas.id"], name=op.f("fk_entries_cpas_id_cpas")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
        sa.UniqueConstraint("cpas_id", "seq", name=op.f("uq_entries_cpas_id_seq")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index("ix_entries_case_id_seq", ["case_id", "seq"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_index("ix_entries_case_id_seq")

    op.drop_table("entries")
    with op.batch_alter_table("case_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_files_cpas_id"))

    op.drop_table("case_files")
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_user_id"))

    op.drop_table("api_tokens")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_cpas_id"))

    op.drop_table("users")
    op.drop_table("chain_heads")
    op.drop_table("register_meta")
    op.drop_table("cpas")
