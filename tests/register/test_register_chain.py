"""Tamper evidence: any row changed, removed, reordered or swapped directly in the database is
caught by ``verify``, which names the first bad entry (CPAS, position, entry id).

``populate`` opens two cases first: their ``case_opened`` entries take positions 1 and 2, so the
entry ``ids[k]`` sits at position ``k + 3``."""

from __future__ import annotations

import pytest
from register_testdata import populate
from sqlalchemy import Engine, text

from secretpro.register import BadEntry, Register
from secretpro.register import entries as E
from secretpro.register.canonical import canonical_json, entry_material, sha256_hex
from secretpro.register.models import utcnow


def _sql(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as conn:
        conn.execute(text(statement), params)


def test_intact_register_verifies(register: Register) -> None:
    populate(register)
    result = register.verify()
    assert result.ok, result
    assert result.entries_checked == 10
    assert result.cases_checked == 2
    assert result.first_bad is None


def test_empty_register_verifies(register: Register) -> None:
    assert register.verify().ok
    E.ensure_cpas(register, "CPAS vide")
    assert register.verify().ok


def test_case_entries_come_in_chain_order(register: Register) -> None:
    _, (case_id, _), ids = populate(register)
    views = E.entries_for_case(register, case_id)
    assert [v.seq for v in views] == [3, 4, 5, 7, 9]
    assert views[0].id == ids[0]


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("payload", '{"tampered":true}', "payload_altered"),
        ("kind", "request_outgoing", "altered"),
        ("author_id", None, "altered"),
        ("prev_hash", "1" * 64, "altered"),
        ("entry_hash", "2" * 64, "altered"),
        ("payload", None, "payload_removed"),
    ],
)
def test_changed_column_is_caught(
    register: Register, raw_engine: Engine, column: str, value: object, reason: str
) -> None:
    cpas_id, _, ids = populate(register)
    if column == "author_id":
        value = 1
        _sql(
            raw_engine,
            "INSERT INTO users (id, cpas_id, username, password_hash, role, active, created_at) "
            "VALUES (1, :c, 'intrus', 'x', 'administrator', true, :t)",
            c=cpas_id,
            t=utcnow(),
        )
    _sql(raw_engine, f"UPDATE entries SET {column} = :v WHERE id = :id", v=value, id=ids[2])
    result = register.verify()
    assert not result.ok
    assert result.first_bad == BadEntry(cpas_id, 5, ids[2])
    assert result.reason == reason


def test_payload_rewritten_with_matching_payload_hash_is_caught(
    register: Register, raw_engine: Engine
) -> None:
    cpas_id, _, ids = populate(register)
    forged = canonical_json({"rule": "guarantor-inquiry", "outcome": "forbidden"})
    _sql(
        raw_engine,
        "UPDATE entries SET payload = :p, payload_hash = :h WHERE id = :id",
        p=forged,
        h=sha256_hex(forged),
        id=ids[1],
    )
    result = register.verify()
    assert (result.ok, result.first_bad, result.reason) == (False, BadEntry(cpas_id, 4, ids[1]), "altered")


def test_changed_time_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(
        raw_engine,
        "UPDATE entries SET created_at = :t WHERE id = :id",
        t=utcnow().replace(year=2020),
        id=ids[4],
    )
    result = register.verify()
    assert result.first_bad == BadEntry(cpas_id, 7, ids[4])


def test_entry_moved_to_another_case_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, (_, second), ids = populate(register)
    _sql(raw_engine, "UPDATE entries SET case_id = :c WHERE id = :id", c=second, id=ids[0])
    assert register.verify().first_bad == BadEntry(cpas_id, 3, ids[0])


def test_deleted_row_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "DELETE FROM entries WHERE id = :id", id=ids[3])
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 6, None), "missing")


def test_deleted_first_row_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "DELETE FROM entries WHERE id = :id", id=ids[0])
    assert register.verify().first_bad == BadEntry(cpas_id, 3, None)


def test_deleted_row_with_later_rows_renumbered_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "DELETE FROM entries WHERE id = :id", id=ids[5])
    for position in (9, 10):
        _sql(raw_engine, "UPDATE entries SET seq = :new WHERE seq = :old", new=position - 1, old=position)
    result = register.verify()
    assert result.first_bad == BadEntry(cpas_id, 8, ids[6])


def test_swapped_rows_are_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    # Through a free position: (cpas_id, seq) is unique.
    _sql(raw_engine, "UPDATE entries SET seq = -1 WHERE id = :id", id=ids[1])
    _sql(raw_engine, "UPDATE entries SET seq = 4 WHERE id = :id", id=ids[4])
    _sql(raw_engine, "UPDATE entries SET seq = 7 WHERE id = :id", id=ids[1])
    result = register.verify()
    assert (result.ok, result.first_bad) == (False, BadEntry(cpas_id, 4, ids[4]))


def test_reordered_rows_are_caught(register: Register, raw_engine: Engine) -> None:
    """Rotating three rows (5→6→7→5), their MACs kept: the first moved one is named."""
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "UPDATE entries SET seq = -1 WHERE id = :id", id=ids[2])
    _sql(raw_engine, "UPDATE entries SET seq = 5 WHERE id = :id", id=ids[4])
    _sql(raw_engine, "UPDATE entries SET seq = 7 WHERE id = :id", id=ids[3])
    _sql(raw_engine, "UPDATE entries SET seq = 6 WHERE id = :id", id=ids[2])
    assert register.verify().first_bad == BadEntry(cpas_id, 5, ids[4])


def test_truncated_tail_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "DELETE FROM entries WHERE id IN (:a, :b)", a=ids[6], b=ids[7])
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 9, None), "truncated")


def test_whole_chain_deleted_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, _ = populate(register)
    _sql(raw_engine, "DELETE FROM entries WHERE corrects IS NOT NULL")
    _sql(raw_engine, "DELETE FROM entries")
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 1, None), "truncated")


def test_chain_head_tampered_is_caught(register: Register, raw_engine: Engine) -> None:
    cpas_id, _, ids = populate(register)
    _sql(raw_engine, "UPDATE chain_heads SET head_hash = :h WHERE cpas_id = :c", h="3" * 64, c=cpas_id)
    result = register.verify()
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 10, ids[7]), "head_mismatch")


@pytest.mark.parametrize("with_key", [False, True])
def test_forged_entry_appended_past_the_head_is_caught(
    register: Register, raw_engine: Engine, with_key: bool
) -> None:
    """Without the key the forged link is wrong; even with it, the chain head was not moved
    (writers do both in one transaction)."""
    cpas_id, (case_id, _), ids = populate(register)
    last = E.get_entry(register, ids[7])
    now = utcnow()
    payload = canonical_json({"rule": "x", "outcome": "allowed"})
    material = entry_material(
        entry_id="forged",
        cpas_id=cpas_id,
        seq=11,
        case_id=case_id,
        kind="decision",
        created_at=now,
        author_id=None,
        payload_hash=sha256_hex(payload),
        corrects=None,
        prev_hash=last.entry_hash,
    )
    forged = register.keyring.chain_mac(material) if with_key else sha256_hex(material)
    _sql(
        raw_engine,
        "INSERT INTO entries (id, cpas_id, seq, case_id, kind, created_at, payload, payload_hash, "
        "prev_hash, entry_hash) VALUES ('forged', :c, 11, :case, 'decision', :t, :p, :ph, :prev, :h)",
        c=cpas_id,
        case=case_id,
        t=now,
        p=payload,
        ph=sha256_hex(payload),
        prev=last.entry_hash,
        h=forged,
    )
    result = register.verify()
    expected = "beyond_head" if with_key else "altered"
    assert (result.first_bad, result.reason) == (BadEntry(cpas_id, 11, "forged"), expected)


def test_chains_are_per_cpas(register: Register, raw_engine: Engine) -> None:
    """Each CPAS has its own chain; tampering with the second is reported in the second."""
    populate(register)
    other = E.ensure_cpas(register, "CPAS de Nullepart")
    case_id = E.create_case(register, other)
    ids = [E.record_request(register, case_id, "incoming", {"n": n}) for n in range(3)]
    assert [E.get_entry(register, i).seq for i in ids] == [2, 3, 4]
    assert register.verify().ok
    _sql(raw_engine, "UPDATE entries SET payload = '{}' WHERE id = :id", id=ids[1])
    assert register.verify().first_bad == BadEntry(other, 3, ids[1])
