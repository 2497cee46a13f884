"""Migrations: an empty database reaches head, and the models have no pending change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from secretpro.register import (
    KeyRing,
    Register,
    RegisterError,
    create_register_engine,
    generate_key,
    upgrade_to_head,
)
from secretpro.register import entries as E
from secretpro.register.canonical import GENESIS_HASH, canonical_json, entry_hash, sha256_hex
from secretpro.register.db import alembic_config, writer
from secretpro.register.errors import KeyConfigurationError
from secretpro.register.models import Base, utcnow


def test_upgrade_on_empty_database_then_no_pending_diff(db_url: str) -> None:
    engine = create_register_engine(db_url)
    try:
        upgrade_to_head(engine)
        upgrade_to_head(engine)  # idempotent
        tables = set(inspect(engine).get_table_names())
        assert {"cpas", "users", "api_tokens", "case_files", "entries", "chain_heads"} <= tables
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert context.get_current_heads() == tuple(
                ScriptDirectory.from_config(alembic_config()).get_heads()
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_migrations_ship_inside_the_package() -> None:
    location = alembic_config().get_main_option("script_location")
    assert location is not None and location.endswith("secretpro/register/migrations")


# --- 0004: an existing register with plain hash links is upgraded to keyed links and sealed ----


def _old_register(db_url: str, key: str, *, break_it: bool = False) -> tuple[int, str, list[str]]:
    """A register as revision 0003 wrote it: plain SHA-256 links, no case entries, no seal."""

    keyring = KeyRing.from_base64(key)
    engine = create_register_engine(db_url)
    try:
        with writer(engine).connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "0003")
        now = utcnow()
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO register_meta (key, value) VALUES ('key_check', :v)"),
                {"v": keyring.key_check()},
            )
            conn.execute(
                text("INSERT INTO cpas (id, name, created_at) VALUES (1, 'CPAS ancien', :t)"), {"t": now}
            )
            case_id = "oldcase1"
            conn.execute(
                text(
                    "INSERT INTO case_files (id, cpas_id, created_at, subject_nn_enc, subject_nn_lookup) "
                    "VALUES (:i, 1, :t, :enc, :lookup)"
                ),
                {
                    "i": case_id,
                    "t": now,
                    "enc": keyring.encrypt("85073003328", f"case_files.subject_nn_enc|{case_id}"),
                    "lookup": keyring.lookup_hash("85073003328"),
                },
            )
            prev, ids = GENESIS_HASH, []
            for seq in range(1, 4):
                payload = canonical_json({"request": {"n": seq}})
                row = {
                    "id": f"old{seq}",
                    "cpas_id": 1,
                    "seq": seq,
                    "case_id": case_id,
                    "kind": "request_incoming",
                    "created_at": now + timedelta(seconds=seq),
                    "author_id": None,
                    "payload": payload,
                    "payload_hash": sha256_hex(payload),
                    "corrects": None,
                    "prev_hash": prev,
                }
                row["entry_hash"] = entry_hash(
                    entry_id=row["id"],
                    cpas_id=1,
                    seq=seq,
                    case_id=case_id,
                    kind=row["kind"],
                    created_at=row["created_at"],
                    author_id=None,
                    payload_hash=row["payload_hash"],
                    corrects=None,
                    prev_hash=prev,
                )
                if break_it and seq == 2:
                    row["payload"] = canonical_json({"request": {"n": 99}})
                conn.execute(
                    text(
                        "INSERT INTO entries (id, cpas_id, seq, case_id, kind, created_at, author_id, payload, "
                        "payload_hash, corrects, prev_hash, entry_hash) VALUES (:id, :cpas_id, :seq, :case_id, "
                        ":kind, :created_at, :author_id, :payload, :payload_hash, :corrects, :prev_hash, :entry_hash)"
                    ),
                    row,
                )
                prev = row["entry_hash"]
                ids.append(row["id"])
            conn.execute(
                text("INSERT INTO chain_heads (cpas_id, seq, head_hash) VALUES (1, 3, :h)"), {"h": prev}
            )
        return 1, case_id, ids
    finally:
        engine.dispose()


def test_0004_rekeys_a_verified_register_and_seals_it(db_url: str, key: str) -> None:

    cpas_id, case_id, ids = _old_register(db_url, key)
    with Register.open(db_url, key=key) as register:
        result = register.verify()
        assert result.ok, result
        assert (result.entries_checked, result.cases_checked, result.sealed) == (4, 1, True)
        sealed = register.seal().read()
        assert sealed is not None and sealed[cpas_id].seq == 4
        # The old links were replaced by MACs; the entries themselves are unchanged.
        assert [e.id for e in E.entries_for_case(register, case_id)] == ids
        assert E.find_case_by_national_number(register, cpas_id, "85073003328") == case_id
        E.record_request(register, case_id, "outgoing", {"after": True})
        assert register.verify().ok


def test_0004_refuses_a_register_that_does_not_verify(db_url: str, key: str) -> None:

    _old_register(db_url, key, break_it=True)
    with pytest.raises(RegisterError) as caught:
        Register.open(db_url, key=key)
    assert "position 2" in str(caught.value)
    engine = create_register_engine(db_url)
    try:
        with engine.connect() as conn:  # nothing changed: still at 0003
            assert MigrationContext.configure(conn).get_current_heads() == ("0003",)
    finally:
        engine.dispose()


def test_0004_needs_the_right_key(db_url: str, key: str) -> None:

    _old_register(db_url, key)
    with pytest.raises(KeyConfigurationError):
        Register.open(db_url, key=generate_key())
