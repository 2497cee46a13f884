"""Attacks by someone who can write the database but does not hold the key nor the seal file:
every one is caught by ``verify``, which names what it found, on SQLite and PostgreSQL.

``populate`` opens two cases first (positions 1 and 2); ``ids[k]`` sits at position ``k + 3``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from register_testdata import populate
from sqlalchemy import Engine, text

from secretpro.register import BadEntry, Register
from secretpro.register import entries as E
from secretpro.register.canonical import GENESIS_HASH, entry_hash
from secretpro.register.commands import seal_command, verify_command
from secretpro.register.seal import SealProblem, export_checkpoint, read_checkpoint
from secretpro.register.settings import sqlite_path


def _sql(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as conn:
        conn.execute(text(statement), params)


def _rows(engine: Engine, table: str, order: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))]


def _moment(value: datetime | str) -> datetime:
    """A timestamp as read by a plain engine (SQLite gives text back)."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def test_rewrite_with_recomputed_plain_hashes_is_caught(register: Register, raw_engine: Engine) -> None:
    """The old attack: change a decision, recompute every later link and the head with SHA-256."""
    cpas_id, _, ids = populate(register)
    rows = _rows(raw_engine, "entries", "seq")
    prev = GENESIS_HASH
    for row in rows:
        if row["id"] == ids[1]:
            row["kind"] = "correction"
        row["prev_hash"] = prev
        row["entry_hash"] = entry_hash(
            entry_id=row["id"],
            cpas_id=row["cpas_id"],
            seq=row["seq"],
            case_id=row["case_id"],
            kind=row["kind"],
            created_at=_moment(row["created_at"]),
            author_id=row["author_id"],
            payload_hash=row["payload_hash"],
            corrects=row["corrects"],
            prev_hash=prev,
        )
        prev = row["entry_hash"]
        _sql(
            raw_engine,
            "UPDATE entries SET kind = :k, prev_hash = :p, entry_hash = :h WHERE id = :i",
            k=row["kind"],
            p=row["prev_hash"],
            h=row["entry_hash"],
            i=row["id"],
        )
    _sql(raw_engine, "UPDATE chain_heads SET head_hash = :h WHERE cpas_id = :c", h=prev, c=cpas_id)
    result = register.verify()
    # The first entry rewritten is the first whose MAC no longer matches (position 1).
    assert (result.ok, result.first_bad, result.reason) == (
        False,
        BadEntry(cpas_id, 1, rows[0]["id"]),
        "altered",
    )


def test_truncation_with_head_moved_back_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    kept = E.get_entry(register, ids[5])
    _sql(raw_engine, "DELETE FROM entries WHERE id IN (:a, :b)", a=ids[6], b=ids[7])
    _sql(
        raw_engine,
        "UPDATE chain_heads SET seq = :s, head_hash = :h WHERE cpas_id = :c",
        s=kept.seq,
        h=kept.entry_hash,
        c=cpas_id,
    )
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 10, None), "behind_seal")


def _snapshot(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    return {
        "case_files": _rows(engine, "case_files", "id"),
        "entries": _rows(engine, "entries", "cpas_id, seq"),
        "chain_heads": _rows(engine, "chain_heads", "cpas_id"),
    }


def _restore(engine: Engine, snapshot: dict[str, list[dict[str, Any]]]) -> None:
    """Put an older state back, the way restoring a dump would (works on both databases)."""
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM entries WHERE corrects IS NOT NULL"))
        conn.execute(text("DELETE FROM entries"))
        conn.execute(text("DELETE FROM case_files"))
        conn.execute(text("DELETE FROM chain_heads"))
        for table in ("case_files", "entries", "chain_heads"):
            for row in snapshot[table]:
                columns = ", ".join(row)
                values = ", ".join(f":{c}" for c in row)
                conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({values})"), row)


def test_rollback_to_an_older_state_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, (case_id, _), _ = populate(register)
    older = _snapshot(raw_engine)
    later = E.record_decision(register, case_id, {"rule": "guarantor-inquiry", "outcome": "forbidden"})
    assert register.verify().ok
    _restore(raw_engine, older)
    # The database alone looks perfectly consistent:
    result = register.verify(use_seal=False)
    assert result.ok, result
    result = register.verify()
    assert (result.ok, result.first_bad, result.reason) == (False, BadEntry(cpas_id, 11, None), "behind_seal")
    assert later not in {r["id"] for r in older["entries"]}


def test_rollback_of_the_sqlite_file_is_caught(tmp_path: Path, key: str) -> None:
    """Copy the database file aside, append, put the old file back."""
    url = f"sqlite+pysqlite:///{tmp_path / 'register.sqlite3'}"
    with Register.open(url, key=key) as register:
        cpas_id, (case_id, _), _ = populate(register)
    database = sqlite_path(url)
    assert database is not None
    conn = sqlite3.connect(database)
    try:  # fold the WAL into the file before copying it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    shutil.copy(database, tmp_path / "backup.sqlite3")
    with Register.open(url, key=key) as register:
        E.record_answer(register, case_id, date(2026, 3, 1), "plus tard")
        assert register.verify().ok
    for companion in tmp_path.glob("register.sqlite3-*"):
        companion.unlink()
    shutil.copy(tmp_path / "backup.sqlite3", database)
    with Register.open(url, key=key) as register:
        result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 11, None), "behind_seal")


def test_case_moved_to_another_cpas_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, (first, _), _ = populate(register)
    other = E.ensure_cpas(register, "CPAS voisin")
    assert register.verify().ok
    _sql(raw_engine, "UPDATE case_files SET cpas_id = :o WHERE id = :c", o=other, c=first)
    result = register.verify()
    assert result.reason == "case_altered"
    assert result.first_bad is not None and result.first_bad.case_id == first
    assert (result.first_bad.cpas_id, result.first_bad.seq) == (cpas_id, 1)


def test_identities_swapped_between_cases_are_caught(register: Register, raw_engine: Engine) -> None:
    _, (first, second), _ = populate(register)
    rows = {r["id"]: r for r in _rows(raw_engine, "case_files", "id")}
    for target, source in ((first, second), (second, first)):
        _sql(
            raw_engine,
            "UPDATE case_files SET subject_name_enc = :n WHERE id = :t",
            n=rows[source]["subject_name_enc"],
            t=target,
        )
    result = register.verify()
    assert result.reason == "case_altered"
    assert result.first_bad is not None and result.first_bad.case_id in (first, second)


def test_case_inserted_directly_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, _ = populate(register)
    _sql(
        raw_engine,
        "INSERT INTO case_files (id, cpas_id, created_at) VALUES ('inserted', :c, :t)",
        c=cpas_id,
        t=datetime(2026, 1, 1),
    )
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 0, None, "inserted"), "case_unrecorded")


def test_deleted_seal_is_reported(register: Register) -> None:
    populate(register)
    register.seal_path.unlink()
    result = register.verify()
    assert (result.ok, result.first_bad, result.reason) == (False, None, "seal_missing")


def test_edited_seal_is_reported(register: Register) -> None:
    cpas_id, _, _ = populate(register)
    document = json.loads(register.seal_path.read_text())
    section = document["registers"][register.register_id]
    section["chains"][str(cpas_id)][0] = 3  # pretend fewer entries were sealed
    register.seal_path.write_text(json.dumps(document))
    assert register.verify().reason == "seal_invalid"


def test_seal_file_is_private_and_only_moves_forward(register: Register) -> None:
    cpas_id, (case_id, _), _ = populate(register)
    assert stat.S_IMODE(register.seal_path.stat().st_mode) == 0o600
    seal = register.seal()
    sealed = seal.read()
    assert sealed is not None and sealed[cpas_id].seq == 10
    older = {cpas_id: type(sealed[cpas_id])(5, "0" * 64)}
    assert seal.advance(older)[cpas_id].seq == 10  # a late writer cannot move it back
    E.record_request(register, case_id, "incoming", {})
    sealed = seal.read()
    assert sealed is not None and sealed[cpas_id].seq == 11


def test_empty_register_needs_no_seal(register: Register) -> None:
    E.ensure_cpas(register, "CPAS vide")
    assert not register.seal_path.exists()
    assert register.verify().ok


def test_checkpoint_is_extended_and_catches_a_rollback_the_seal_missed(
    register: Register, raw_engine: Engine
) -> None:
    """The seal file was lost and re-sealed over a rolled-back database: the supervisor's
    checkpoint, filed elsewhere, still shows entries were removed."""
    cpas_id, (case_id, _), _ = populate(register)
    older = _snapshot(raw_engine)
    E.record_request(register, case_id, "incoming", {"n": 1})
    result = register.verify()
    checkpoint_text = export_checkpoint(register.keyring, register.register_id, result.heads)
    checkpoint = read_checkpoint(checkpoint_text, register.keyring)
    assert checkpoint.count == 11
    E.record_request(register, case_id, "incoming", {"n": 2})
    assert register.verify(checkpoint=checkpoint).ok

    _restore(raw_engine, older)
    register.seal_path.unlink()
    register.seal().advance(register.verify(use_seal=False).heads, force=True)
    assert register.verify().ok  # the seal was fooled
    result = register.verify(checkpoint=checkpoint)
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 11, None), "behind_checkpoint")


def test_forged_or_foreign_checkpoint_is_refused(register: Register, key: str, tmp_path: Path) -> None:
    cpas_id, _, _ = populate(register)
    heads = register.verify().heads
    text_ = export_checkpoint(register.keyring, register.register_id, heads)
    forged = json.loads(text_)
    forged["chains"][str(cpas_id)]["seq"] = 4
    forged["count"] = 4
    with pytest.raises(SealProblem):
        read_checkpoint(json.dumps(forged), register.keyring)
    other = read_checkpoint(export_checkpoint(register.keyring, "another-register", heads), register.keyring)
    assert register.verify(checkpoint=other).reason == "checkpoint_foreign"


# --- the commands ---------------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, db_url: str, key: str) -> None:
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", db_url)
    monkeypatch.setenv("SECRETPRO_KEY", key)


def test_commands_name_what_they_found(
    env: None, register: Register, raw_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cpas_id, (first, _), ids = populate(register)
    assert seal_command(export=True) == 0
    checkpoint = tmp_path / "checkpoint.json"
    checkpoint.write_text(capsys.readouterr().out)
    assert json.loads(checkpoint.read_text())["count"] == 10
    assert verify_command(checkpoint=checkpoint) == 0
    assert "point de contrôle" in capsys.readouterr().out

    # Truncation with the head moved back: exit 1, the sealed position named.
    kept = E.get_entry(register, ids[6])
    _sql(raw_engine, "DELETE FROM entries WHERE id = :a", a=ids[7])
    _sql(
        raw_engine,
        "UPDATE chain_heads SET seq = :s, head_hash = :h WHERE cpas_id = :c",
        s=kept.seq,
        h=kept.entry_hash,
        c=cpas_id,
    )
    assert verify_command() == 1
    err = capsys.readouterr().err
    assert f"CPAS {cpas_id}, position 10" in err and "sceau" in err and "Traceback" not in err
    assert verify_command(lang="en") == 1
    assert "behind its seal" in capsys.readouterr().err
    assert seal_command() == 1  # the seal never moves backwards
    capsys.readouterr()

    # Lost seal: reported with its path; --force re-seals, the checkpoint still catches it.
    register.seal_path.unlink()
    assert verify_command() == 1
    err = capsys.readouterr().err
    assert "sceau du registre est introuvable" in err and str(register.seal_path) in err
    assert seal_command(force=True) == 0
    assert verify_command() == 0
    assert verify_command(checkpoint=checkpoint) == 1
    assert "point de contrôle" in capsys.readouterr().err

    # A case moved to another CPAS: the case is named.
    other = E.ensure_cpas(register, "CPAS voisin")
    _sql(raw_engine, "UPDATE case_files SET cpas_id = :o WHERE id = :c", o=other, c=first)
    assert verify_command() == 1
    assert f"dossier {first}" in capsys.readouterr().err


def test_verify_without_the_key_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SECRETPRO_DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'r.sqlite3'}")
    monkeypatch.setenv("SECRETPRO_KEY_FILE", str(tmp_path / "absent.key"))
    assert verify_command() == 2
    assert "absent.key" in capsys.readouterr().err
    assert not (tmp_path / "absent.key").exists()


def test_sqlite_file_and_folder_are_private(tmp_path: Path, key: str) -> None:
    folder = tmp_path / "data"
    url = f"sqlite+pysqlite:///{folder / 'register.sqlite3'}"
    with Register.open(url, key=key) as register:
        populate(register)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.glob("register.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_register_id_changed_in_the_database_is_reported(db_url: str, key: str, raw_engine: Engine) -> None:
    """Pointing the register at another (absent) seal section is no way around the seal."""
    with Register.open(db_url, key=key) as register:
        populate(register)
    _sql(raw_engine, "UPDATE register_meta SET value = 'another' WHERE key = 'register_id'")
    with Register.open(db_url, key=key) as register:
        assert register.verify().reason == "seal_missing"
    _sql(raw_engine, "DELETE FROM register_meta WHERE key = 'register_id'")
    with Register.open(db_url, key=key) as register:
        assert register.verify().reason == "seal_missing"
