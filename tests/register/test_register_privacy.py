"""Privacy: identifiers encrypted at rest, keyed lookups, the key and its file, clear errors
that carry no personal data."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from register_testdata import OTHER_NN, PERSON_NAME, PERSON_NN, populate
from sqlalchemy import Engine, select, text

from secretpro.register import KeyRing, Register, generate_key
from secretpro.register import entries as E
from secretpro.register.crypto import load_master_key
from secretpro.register.errors import DecryptionError, InvalidInputError, KeyConfigurationError
from secretpro.register.models import Entry
from secretpro.register.privacy import HIDDEN, protect, reveal

NN_SPELLINGS = (PERSON_NN, "85.07.30-033.28", "850730 033 28", "85073003")
NAME_PARTS = ("Aurélie", "Fictivenom", "Aur\\u00e9lie")


def test_sqlite_file_holds_no_identifier_in_clear(tmp_path: Path, key: str) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'at-rest.sqlite3'}"
    with Register.open(url, key=key) as register:
        _, (case_id, _), _ = populate(register)
        # A national number typed into a field not known to be sensitive is caught too.
        E.record_request(
            register, case_id, "incoming", {"requested": ["identity"], "ref": "NN 85.07.30-033.28"}
        )
        E.record_answer(register, case_id, date(2026, 3, 1), "Dossier de Aurélie Fictivenom, 85073003328")
        assert E.case_identity(register, case_id).national_number == PERSON_NN
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("at-rest.sqlite3*"))
    assert b"CPAS de Fictiville" in stored  # the file was really read
    for secret in (*NN_SPELLINGS, *NAME_PARTS, OTHER_NN):
        assert secret.encode("utf-8") not in stored, secret


def test_payload_json_has_no_identifier_in_clear(register: Register, raw_engine: Engine) -> None:
    populate(register)
    with raw_engine.connect() as conn:
        payloads = [row[0] for row in conn.execute(text("SELECT payload FROM entries"))]
    joined = "\n".join(payloads)
    assert "national_number" in joined  # the key is there, its value encrypted
    for secret in (*NN_SPELLINGS, *NAME_PARTS):
        assert secret not in joined


def test_encrypted_values_are_shown_only_with_decrypt(register: Register) -> None:
    _, (case_id, _), _ = populate(register)
    decision = E.entries_for_case(register, case_id)[1]
    assert decision.payload is not None
    assert decision.payload["facts"]["national_number"] == HIDDEN
    clear = E.entries_for_case(register, case_id, decrypt=True)[1]
    assert clear.payload is not None
    assert clear.payload["facts"]["national_number"] == PERSON_NN
    assert clear.payload["reasons"] == ["CVTS"]


def test_lookup_by_national_number_uses_the_keyed_hash(
    register: Register, raw_engine: Engine, key: str
) -> None:
    cpas_id, (case_id, _), _ = populate(register)
    assert E.find_case_by_national_number(register, cpas_id, "85.07.30-033.28") == case_id
    assert E.open_case(register, cpas_id, PERSON_NN) == case_id
    # The stored lookup value is a keyed hash, not a plain hash that could be brute-forced.
    import hashlib

    with raw_engine.connect() as conn:
        lookups = {row[0] for row in conn.execute(text("SELECT subject_nn_lookup FROM case_files"))}
    assert hashlib.sha256(PERSON_NN.encode()).hexdigest() not in lookups
    assert KeyRing.from_base64(key).lookup_hash(PERSON_NN) in lookups
    # Another CPAS does not see this person's case.
    other_cpas = E.ensure_cpas(register, "CPAS voisin")
    assert E.find_case_by_national_number(register, other_cpas, PERSON_NN) is None


def test_lookup_hash_copied_to_another_row_does_not_redirect(register: Register, raw_engine: Engine) -> None:
    cpas_id, (case_id, other_id), _ = populate(register)
    with raw_engine.begin() as conn:
        moved = conn.execute(
            text("SELECT subject_nn_lookup FROM case_files WHERE id = :i"), {"i": case_id}
        ).scalar()
        conn.execute(text("UPDATE case_files SET subject_nn_lookup = NULL WHERE id = :i"), {"i": case_id})
        conn.execute(
            text("UPDATE case_files SET subject_nn_lookup = :l WHERE id = :i"), {"l": moved, "i": other_id}
        )
    assert E.find_case_by_national_number(register, cpas_id, PERSON_NN) is None


def test_identity_swapped_between_cases_fails_to_decrypt(register: Register, raw_engine: Engine) -> None:
    _, (case_id, other_id), _ = populate(register)
    with raw_engine.begin() as conn:
        blob = conn.execute(
            text("SELECT subject_name_enc FROM case_files WHERE id = :i"), {"i": case_id}
        ).scalar()
        conn.execute(
            text("UPDATE case_files SET subject_name_enc = :b WHERE id = :i"), {"b": blob, "i": other_id}
        )
    with pytest.raises(DecryptionError):
        E.case_identity(register, other_id)


def test_wrong_key_fails_with_a_clear_error(register: Register, db_url: str) -> None:
    populate(register)
    other = KeyRing.from_base64(generate_key())
    blob = register.keyring.encrypt(PERSON_NN, "case_files.subject_nn_enc|x")
    with pytest.raises(DecryptionError) as caught:
        other.decrypt(blob, "case_files.subject_nn_enc|x")
    assert "clé" in str(caught.value)
    assert PERSON_NN not in str(caught.value)
    # Opening the register with another key is refused at once, before any data is misread.
    with pytest.raises(KeyConfigurationError) as refused:
        Register.open(db_url, key=generate_key())
    assert "ne correspond pas" in str(refused.value)


def test_invalid_national_number_is_refused_without_echo(register: Register) -> None:
    cpas_id = E.ensure_cpas(register, "CPAS")
    with pytest.raises(InvalidInputError) as caught:
        E.create_case(register, cpas_id, national_number="85073003329")
    assert "85073003329" not in str(caught.value)


def test_key_file_is_created_0600_and_reused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key_file = tmp_path / "keys" / "register.key"
    monkeypatch.setenv("SECRETPRO_KEY_FILE", str(key_file))
    url = f"sqlite+pysqlite:///{tmp_path / 'k.sqlite3'}"
    with Register.open(url) as register:
        cpas_id = E.ensure_cpas(register, "CPAS")
        case_id = E.create_case(register, cpas_id, subject_name=PERSON_NAME)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = key_file.read_bytes()
    with Register.open(url) as register:
        assert E.case_identity(register, case_id).subject_name == PERSON_NAME
    assert key_file.read_bytes() == first


def test_default_key_file_sits_next_to_the_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'reg' / 'secretpro.sqlite3'}"
    Register.open(url).close()
    key_file = tmp_path / "reg" / "secretpro.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_default_database_lives_in_the_user_data_dir(tmp_path: Path) -> None:
    with Register.open() as register:
        assert register.engine.url.database is not None
        assert register.engine.url.database.startswith(str(tmp_path / "xdg-data"))
    assert (tmp_path / "xdg-data" / "secretpro" / "secretpro.key").exists()


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = generate_key()
    monkeypatch.setenv("SECRETPRO_KEY", key)
    assert load_master_key(tmp_path / "unused.key") == __import__("base64").b64decode(key)
    assert not (tmp_path / "unused.key").exists()
    monkeypatch.setenv("SECRETPRO_KEY", "not base64!")
    with pytest.raises(KeyConfigurationError):
        load_master_key(tmp_path / "unused.key")


def test_readable_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "loose.key"
    path.write_text(generate_key())
    os.chmod(path, 0o644)
    with pytest.raises(KeyConfigurationError):
        load_master_key(path)


def test_verify_needs_the_key(register: Register, db_url: str) -> None:
    """The links are keyed MACs: without the key there is nothing to check them with."""
    populate(register)
    with Register.open(db_url, need_key=False) as keyless:
        with pytest.raises(KeyConfigurationError):
            keyless.verify()
        with pytest.raises(KeyConfigurationError):
            _ = keyless.keyring


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=15,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=st.dictionaries(st.sampled_from(["name", "note", "other", "facts", "national_number"]), _json))
def test_protect_then_reveal_gives_the_payload_back(payload: dict[str, object]) -> None:
    keyring = KeyRing.from_base64(generate_key())
    protected = protect(payload, keyring, "entry-1")
    assert json.loads(json.dumps(protected)) == protected
    assert reveal(protected, keyring, "entry-1") == payload
    for key in ("name", "national_number"):
        if payload.get(key) is not None:
            assert reveal(protected, None, "entry-1")[key] == HIDDEN


def test_ciphertexts_differ_for_equal_values() -> None:
    keyring = KeyRing.from_base64(generate_key())
    assert keyring.encrypt(PERSON_NN, "c") != keyring.encrypt(PERSON_NN, "c")  # random nonce


def test_stored_payload_hash_matches(register: Register) -> None:
    populate(register)
    import hashlib

    with register.reader() as session:
        for entry in session.scalars(select(Entry)):
            assert entry.payload is not None
            assert hashlib.sha256(entry.payload.encode()).hexdigest() == entry.payload_hash
